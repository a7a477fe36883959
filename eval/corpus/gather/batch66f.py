#!/usr/bin/env python3
"""Batch 66f (session 60; gatherer lane 66f, outage texts): one US federal text on an Earth-orbiting satellite whose
service stopped, new to the corpus (no corpus file, gather script, GATHERING.md line or session-60 pool names SeaWiFS,
the Sea Viewing Wide Field Sensor, GeoEye or Gene Feldman), in the satellite part of the outage lane that batches
63e, 64e, 64j and 65d (NOAA, NASA and USGS satellite texts) worked:
  - NASA Goddard Space Flight Center's Scientific Visualization Studio (svs.gsfc.nasa.gov), 'End of SeaWiFS', the
    transcript of an interview with Gene Feldman (the excerpt's speaker tag) -- SeaWiFS, launched in August 1997,
    sending data from September 1997 until December 11th of 2010, when 'we lost communication with the spacecraft';
    in February 'the people that operated it, GeoEye, declared it lost'.
A US federal government work (17 U.S.C. 105): a NASA page (NASA's Scientific Visualization Studio) giving the words
of a NASA scientist, first-party. The text is the search tool's page-store excerpt (corpus `pages`; never a whole
page), saved verbatim to /tmp/gather67f/src by /tmp/gather67f/mk_src.py (2,000 characters). Left out: the page's
heading 'End of SeaWiFS' (-> `title`), the transcript's label line 'Narration: None' and the cue and speaker tag
'Silence [Gene Feldman]' before the first sentence (transcript labels, not the speaker's words). Cut inside the one
paragraph after '... the kind of information we needed.', before the sentence the excerpt breaks off ('But as a result
of SeaWiFS, ocean color as a parameter is now one of the key variables that need'; `truncated`). No word added or
changed; 'August of 1997. and began' kept as written (the transcript's full stop inside a sentence). `verify()`
checks that the kept paragraph and the title are in the saved excerpt, whitespace runs compared as one space. newskg
(or any extractor) was not run on the text.
usage: batch66f.py [POOL_DIR] [--dry]   (default /tmp/gather67f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather67f/pool"
SRC = "/tmp/gather67f/src"

CHECKED = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over "
           "train, dev and test: names of matching files only; no test file opened), GATHERING.md, every gather "
           "script, the session-60 pools (/tmp/gather67*/pool) and /work/notes/gather67/CLAIMS.txt (no line named "
           "it when checked), and claimed in /work/notes/gather67/CLAIMS.txt: ")

KEPT = {}   # id -> (saved excerpt's file, title or None, paragraphs kept)
R = []

# ---- ocean colour satellites, US: SeaWiFS's loss of communication, December 11, 2010 (NASA SVS transcript) ----------
U1 = "https://svs.gsfc.nasa.gov/vis/a010000/a010700/a010738/script_893_00.html"
T1 = "End of SeaWiFS"
P1 = [
 "SeaWiFS was launched back in August of 1997. and began operating and sending data down in September of 1997 and "
 "lasted until December 11th of 2010. So, that's more than a 13 year data set. The original idea behind SeaWiFS, "
 "which stands for Sea Viewing Wide Field Sensor, was to monitor the color of the ocean. The color of the ocean is "
 "related to the amount of microscopic plants that live in the ocean that have a pigment called chlorophyll, which "
 "is green. And the more chlorophyll, more phytoplankton, in the water the greener the water, the less the bluer the "
 "water. So, we've demonstrated that we can actually measure the color of the ocean from space. But what we haven't "
 "had is a long term record of how ocean color and hence, the amount of plants and productivity in the ocean, "
 "changes over time. And that was the main goal for the SeaWiFS mission. Space is a very, very harsh environment. "
 "Every 90 minutes, you go from frigid, frigid cold to very, very hot. And, you know, imagine doing that every day "
 "14 times a day for 13 and a half years, operating continuously. The mission was only supposed to last for 5 "
 "years. We lasted actually for over 13. But over time things begin to wear out. In December what happened was we "
 "lost communication with the spacecraft. Which is kind of important because what it said was the spacecraft could "
 "no longer contact Earth and send data down. But more importantly we could not contact the spacecraft to try to "
 "fix a problem. And so finally, in February, it was decided that it was hopeless, we were not going to be able to "
 "reach the spacecraft and the people that operated it, GeoEye, declared it lost. Before SeaWiFS, ocean color as a "
 "measurement was seen as an experimental mission, an experimental data set. We never really were sure that it was "
 "going to give us the kind of information we needed."]
KEPT["us-nasa-svs-end-of-seawifs-geoeye-lost-communication-2010"] = ("svs-end-of-seawifs-2011.txt", T1, P1)
R.append(federal(
 "us-nasa-svs-end-of-seawifs-geoeye-lost-communication-2010", U1, None, T1, "\n\n".join(P1),
 "space/earth observation satellites", "outage,satellite failure,loss of communication,ocean color satellite",
 "National Aeronautics and Space Administration, Goddard Space Flight Center, Scientific Visualization Studio, '" + T1
 + "' (interview transcript; speaker tag 'Gene Feldman'), undated, US federal government work (public domain); text "
 "from the search tool's page store at " + U1,
 "US NASA Goddard Scientific Visualization Studio transcript page, svs.gsfc.nasa.gov (search tool page store)",
 "A NASA page (Goddard's Scientific Visualization Studio, a US federal work, public domain): the transcript of an "
 "interview with Gene Feldman (the speaker tag; a NASA Goddard oceanographer by other NASA pages, not by this text), "
 "first-party. The excerpt shows no date: `published` null (the loss is known from the text to be December 11th of "
 "2010 and the declaration 'in February', 2011 by other pages; the id carries the outage's year). Left out: the "
 "heading 'End of SeaWiFS' (-> `title`), the label line 'Narration: None' and the cue and speaker tag 'Silence "
 "[Gene Feldman]' before the first sentence (transcript labels: so Gene Feldman is not in the text). Cut inside the "
 "one paragraph after '... the kind of information we needed.', before the sentence the store's excerpt breaks off "
 "('But as a result of SeaWiFS, ocean color as a parameter is now one of the key variables that need') "
 "(`truncated`). No word added or changed. Kept as written: 'August of 1997. and began' (a full stop inside the "
 "sentence), 'December 11th of 2010', 'Sea Viewing Wide Field Sensor' (NASA's other pages write 'Sea-viewing Wide "
 "Field-of-view Sensor'; the transcript's words are kept), 'a 13 year data set', 'And, you know,', 'Which is kind of "
 "important ...' (a sentence fragment of speech), 'the people that operated it, GeoEye'. 334 words "
 "(whitespace-split), one paragraph, as the excerpt gives it. One outage told: SeaWiFS, sending data until 'December "
 "11th of 2010', when 'we lost communication with the spacecraft' ('the spacecraft could no longer contact Earth "
 "and send data down'), declared lost 'in February' by GeoEye, 'the people that operated it' -- never restored. "
 "Found at rank 1 of the query 'NASA announces SeaWiFS mission end no longer recoverable ocean color satellite "
 "GeoEye February 2011 Goddard release' (saved from that answer), and at rank 2 and rank 3 of two other SeaWiFS "
 "queries (the same excerpt). One text per matter: SeaWiFS's loss of December 2010 (science1.nasa.gov's SeaWiFS "
 "mission page, which says the satellite 'stopped taking data on December 11, 2010', is the same matter and was not "
 "taken). " + CHECKED + "'SeaWiFS', 'Sea Viewing', 'GeoEye', 'OrbView', 'Gene Feldman', 'svs.gsfc', 'script_893', "
 "'December 11th', 'phytoplankton', 'chlorophyll': 0 hits.",
 True))


def _flat(s):
    """Whitespace runs (line breaks included) as one space."""
    return " ".join(s.split())


def verify():
    """Each kept paragraph and the title (where there is one) occur in the saved excerpt (whitespace runs compared as
    one space), and the record's text is the kept paragraphs joined by a blank line; returns problems."""
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
