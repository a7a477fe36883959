#!/usr/bin/env python3
"""Batch 71g (session 65; gatherer lane 71g, outage texts): one Voice of America staff story (a US federal government
work, public domain) on the island-wide blackout that a fire at a power plant caused in Puerto Rico on Wednesday
21 September 2016, new to the corpus (no corpus file, gather script, GATHERING.md line, session-65 pool or
/work/notes/gather71/CLAIMS.txt line of another lane names the September 2016 blackout, Governor Garcia Padilla or
the story), in the outage lane of batches 35b, 35j, 63e-67p, 68s, 69d and 70g, and of the VOA lane of batches 18a and
38l (federal power pages gave nothing new this round; see the round notes):
  - voanews.com, 'Power Plant Fire Causes Massive Blackout in Puerto Rico' (story id 3520303; the caption's date
    September 21, 2016) -- schools and businesses forced to close after a fire at a power plant left 1.5 million
    people in the dark; two transmission lines at the southern power plant failed and caused a blackout that swept
    across the island; Gov. Alejandro Garcia Padilla quoted; power expected back to most areas by Thursday.
A US federal government work (17 U.S.C. 105: a VOA staff story; the page as held credits no wire agency -- batch 38's
VOA rule, GATHERING.md "Session 39's briefs for batch 38"). The text is the search tool's page-store excerpt (corpus
`pages`; never a whole page), saved verbatim to /tmp/gather71g/src (written out from the search answer as shown, and
checked by `verify()` against the kept paragraphs). Left out: the page chrome ('Accessibility links', 'Breaking
News'), the headline (-> `title`) and the photo caption ('A general view of a blackout during a power outage across
several areas in the country, in San Juan, Puerto Rico, September 21, 2016.'; its date -> `published`). The excerpt
ends after '... to most areas by Thursday.' (`truncated`: the page may go on). No word added or changed; `verify()`
checks that every kept paragraph and the title are in the saved excerpt, whitespace runs compared as one space. newskg
(or any extractor) was not run on the text. Round notes: /tmp/gather71g/NOTES.md; claims:
/work/notes/gather71/CLAIMS.txt.
usage: batch71g.py [POOL_DIR] [--dry]   (default /tmp/gather71g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, voa

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71g/pool"
SRC = "/tmp/gather71g/src"

CHECKED = ("Checked before annotation, by its names, places, figures and address, against the corpus files (grep -rilF "
           "over train, dev and test: names of matching files only; no test or dev file opened), GATHERING.md, every "
           "gather script, the session-65 pools (/tmp/gather71*/pool) and /work/notes/gather71/CLAIMS.txt (no line "
           "named it when checked), and claimed there (a line '71g: ...'): ")

KEPT = {}   # id -> (saved excerpt's file, title, paragraphs kept)
R = []

# ---- electricity, Puerto Rico: a power plant fire blacks out the island, Wednesday 21 September 2016 ----------------
U1 = "https://www.voanews.com/a/power-plant-fire-causes-massive-blackout-in-puerto-rico/3520303.html"
T1 = "Power Plant Fire Causes Massive Blackout in Puerto Rico"
P1 = [
 "Schools and businesses were forced to close in Puerto Rico Wednesday after a fire at a power plant left 1.5 million "
 "people in the dark.",
 "Officials say two powerful transmission lines at the southern power plant, which serves most of the U.S. "
 "territory\u2019s 3.5 million residents, failed and caused a blackout that swept across the island.",
 "\u201cThis is a very serious event,'' Gov. Alejandro Garcia Padilla told reporters. \u201cThe system is not designed "
 "to withstand a failure of this magnitude.''",
 "He said the fire destroyed a system that provides power to about 30 percent of the island and caused 15 additional "
 "fires across the island as generators began to malfunction. No one was hurt in those fires.",
 "Puerto Rican authorities said they expect power to be restored to most areas by Thursday."]
KEPT["voa-puerto-rico-power-plant-fire-island-blackout-2016"] = ("voa-puerto-rico-power-plant-fire-blackout-2016.txt",
                                                              T1, P1)
R.append(voa(
 "voa-puerto-rico-power-plant-fire-island-blackout-2016", U1, "2016-09-21", T1, "\n\n".join(P1),
 "energy/electricity", "outage,blackout,power plant fire",
 "The VOA story as the page store holds voanews.com's page (story id 3520303), found at rank 8 of 'From Wikipedia, "
 "the free encyclopedia blackout was a widespread power outage that affected the island caused by a fault at the "
 "power station' (query 7) and at rank 6 of its own first sentence (query 8: the same excerpt). Left out: the page "
 "chrome ('Accessibility links', 'Breaking News'), the heading (kept as `title`) and the photo caption ('A general "
 "view of a blackout during a power outage across several areas in the country, in San Juan, Puerto Rico, September "
 "21, 2016.'). `published` 2016-09-21 from the caption's date, the Wednesday the story tells (21 September 2016 was "
 "a Wednesday); the page as held prints no date line, and the story's 'by Thursday' is still ahead, so it was "
 "written that Wednesday. The excerpt ends after '... to most areas by Thursday.' (`truncated` set: the page may go "
 "on). Wire check: the page as held carries no byline and no agency credit (no AP, Reuters, AFP byline, no '(AP)' "
 "and no 'Some information for this report came from ...' line), so it is taken as a VOA staff story, as batch 18a "
 "took its FAA Leesburg story from a page of the same form; doubtful: the closing quotation marks written as two "
 "apostrophes ('' ) after curly opening marks are the form wire copy often takes, and news copies of the same "
 "blackout (usatoday, latina.com) quote the governor's same words. Kept as written: 'Gov.' abbreviated, 'Garcia "
 "Padilla' with no accent, 'U.S. territory\u2019s' with its curly apostrophe, the curly opening and doubled-"
 "apostrophe closing quotation marks, '1.5 million', '3.5 million', '30 percent'. No word added or changed. 132 "
 "words (whitespace-split), five paragraphs. Disruption told: 'a fire at a power plant left 1.5 million people in "
 "the dark', 'two powerful transmission lines at the southern power plant ... failed and caused a blackout that "
 "swept across the island', 'power to be restored to most areas by Thursday'; no utility or plant owner is named. "
 "One text per matter: the island-wide blackout of 21 September 2016. " + CHECKED + "'Garcia Padilla', 'García "
 "Padilla', 'Power Plant Fire', '3520303', 'Aguirre' (GATHERING.md only, a query line of another round), "
 "'Electric Power Authority' (GATHERING.md only, the same query line), and the Puerto Rico texts of the corpus "
 "(grep -l 'Puerto Rico' with '2016' and 'blackout|outage': one dev file on another subject, a cruise line's "
 "pollution plea): 0 hits on the matter.",
 True, region="US"))


def _flat(s):
    """Whitespace runs (line breaks included) as one space."""
    return " ".join(s.split())


def verify():
    """Each kept paragraph and the title occur in the saved excerpt (whitespace runs compared as one space), and the
    record's text is the kept paragraphs joined by a blank line; returns problems."""
    bad = []
    recs = {r["id"]: r for r in R}
    for rid, (fn, title, paras) in KEPT.items():
        path = os.path.join(SRC, fn)
        if not os.path.exists(path):
            bad.append(rid + ": no saved excerpt " + path)
            continue
        src = _flat(open(path, encoding="utf-8").read())
        for part in ([title] if title else []) + paras:
            if _flat(part) not in src:
                bad.append(rid + ": not in excerpt: " + part[:60])
        if recs[rid]["text"] != "\n\n".join(paras):
            bad.append(rid + ": text is not the kept paragraphs")
        if "\ufffd" in recs[rid]["text"] or "\u00a0" in recs[rid]["text"]:
            bad.append(rid + ": odd character in text")
    return bad


if __name__ == "__main__":
    problems = verify()
    if problems:
        sys.exit("\n".join(problems))
    write_all(R, POOL, dry="--dry" in sys.argv)
