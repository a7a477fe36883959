#!/usr/bin/env python3
"""Batch 70g (session 64; gatherer lane 70g, outage texts): one US federal text of the Bureau of Reclamation (an
agency of the Department of the Interior) on a flood that halted its Elephant Butte power plant, new to the corpus (no
corpus file, gather script, GATHERING.md line, session-64 pool or /work/notes/gather70/CLAIMS.txt line of another lane
names Elephant Butte, its plant, its manager or the release), in the outage lane of batches 35b, 35j, 63e-67p, 68s and
69d (federal power pages; here a hydropower plant's owner instead of a power marketing administration):
  - usbr.gov (News Release Archive), 'Flooding Halts Power Generating at Elephant Butte Plant' (For Release: August 22,
    2005; media contact Mary Perea) -- a rainstorm near the Elephant Butte Reservoir on Sunday night (21 August 2005)
    flooded the plant below the dam, the system automatically shut down and Reclamation stopped generating power; the
    plant's about 29,000 kilowatts are marketed by the Western Area Power Administration, told the plant would be off
    the grid for about two weeks, with Facility Manager Galan Hanson.
A US federal government work (17 U.S.C. 105), on the agency's own site (first-party). The text is the search tool's
page-store excerpt (corpus `pages`; never a whole page), saved verbatim to /tmp/gather70g/src (written out from the
search answer as shown, and checked by `verify()` against the kept paragraphs). Left out: the site line 'News Release
Archive', the headline (-> `title`), the line 'Media Contact: Mary Perea, (505) 462-3576, mperea@uc.usbr.gov' and the
line 'For Release: August 22, 2005' (-> `published`); cut after '... and just dumped on us," he said.', before the
press notice 'Reporters or photographers wishing to visit the site should contact Mary Perea at the Bureau of
Reclamation's Albuquerque Area Office to coordinate a visit.', the end mark '# # #' and the agency boilerplate the
excerpt breaks off ('The Bureau of Reclamation is a federal agency under the U.S. Department of the Interior and is the
nation's la'; `truncated`). No word added or changed; `verify()` checks that every kept paragraph and the title are
in the saved excerpt, whitespace runs compared as one space. newskg (or any extractor) was not run on the text. Round
notes: /tmp/gather70g/NOTES.md.
usage: batch70g.py [POOL_DIR] [--dry]   (default /tmp/gather70g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70g/pool"
SRC = "/tmp/gather70g/src"

CHECKED = ("Checked before annotation, by its names, places, figures and address, against the corpus files (grep -rilF "
           "over train, dev and test: names of matching files only; no test or dev file opened), GATHERING.md, every "
           "gather script, the session-63 and session-64 pools (/tmp/gather69*/pool, /tmp/gather70*/pool) and "
           "/work/notes/gather70/CLAIMS.txt (no line named it when checked), and claimed there (a line '70g: ...'): ")
USBR = ("A news release of the Bureau of Reclamation (an agency of the Department of the Interior, owner of the "
        "hydropower plant it tells of) on its own site's News Release Archive: a US federal work (public domain), "
        "first-party, as batches 35b, 35j, 68s and 69d took WAPA's and BPA's own newsroom pages. ")


def att(kind, title, date, url):
    """The attribution of one Reclamation page: kind of item, title and date."""
    return ("U.S. Department of the Interior, Bureau of Reclamation, " + kind + ", '" + title + "', " + date
            + ", US federal government work (public domain); text as the search tool's page store holds " + url)


KEPT = {}   # id -> (saved excerpt's file, title, paragraphs kept)
R = []

# ---- hydropower generation, US: flooding halts the Elephant Butte plant, Sunday 21 August 2005 ----------------------
U1 = "https://usbr.gov/newsroomold/newsrelease/detail.cfm?RecordID=7361"
T1 = "Flooding Halts Power Generating at Elephant Butte Plant"
P1 = [
 "ELEPHANT BUTTE, N.M. - A rainstorm that dropped between two and three inches of rain in an hour Sunday night near "
 "the Elephant Butte Reservoir has forced the Bureau of Reclamation to stop generating power at its plant downstream "
 "from the dam.",
 "Culverts in the area were unable to handle the water as it rushed down the canyon and eventually flooded the "
 "parking area near the power plant. The system automatically shut down as water gushed under the door and soaked "
 "the electric system. This triggered an emergency notice to Reclamation employees, who arrived just after midnight "
 "to find two feet of muddy water blocking the power plant door. They worked through that to enter the soaked power "
 "plant.",
 "\"We can't get back on the grid with the power plant because our transformers are all wet,\" Galan Hanson, "
 "Facility Manager at Reclamation's Elephant Butte office said Monday. The small plant generates about 29,000 "
 "kilowatts of power that is marketed by the Western Area Power Administration. Officials there were notified Monday "
 "that the plant would be off the grid for about two weeks, Hanson said.",
 "Two generators are being used to provide power to the plant. Much of the facility had been cleaned by Monday "
 "afternoon. Transformers that were soaked will be taken apart, inspected and dried out. A worst-case scenario might "
 "require them to be sent out for repair. Hanson said a review of records since the plant was built in the 1940s "
 "showed no similar situations of flooding. \"The thunderstorm moved in over the area and just dumped on us,\" he "
 "said."]
KEPT["us-usbr-elephant-butte-plant-flooding-halts-power-2005"] = ("usbr-elephant-butte-flooding-2005.txt", T1, P1)
R.append(federal(
 "us-usbr-elephant-butte-plant-flooding-halts-power-2005", U1, "2005-08-22", T1, "\n\n".join(P1),
 "energy/hydropower generation", "outage,flooding,rainstorm,hydropower plant",
 att("news release (News Release Archive)", T1, "August 22, 2005", U1),
 "usbr.gov News Release Archive page (search tool page store)",
 USBR + "Left out: the site line 'News Release Archive'; the headline -> `title`; the line 'Media Contact: Mary "
 "Perea, (505) 462-3576, mperea@uc.usbr.gov' (kept here, not in the text); the line 'For Release: August 22, 2005' "
 "-> `published` 2005-08-22. Cut after '... and just dumped on us,\" he said.', before the press notice 'Reporters or "
 "photographers wishing to visit the site should contact Mary Perea at the Bureau of Reclamation's Albuquerque Area "
 "Office to coordinate a visit.', the end mark '# # #' and the agency boilerplate the excerpt breaks off ('The Bureau "
 "of Reclamation is a federal agency under the U.S. Department of the Interior and is the nation's la'; "
 "`truncated`). No word added or changed. Kept as written: the dateline 'ELEPHANT BUTTE, N.M. -' in capitals with "
 "its spaced hyphen, 'Facility Manager' capitalised, no comma after 'Elephant Butte office', the straight quotation "
 "marks and apostrophes. `published` 2005-08-22 (the release day, a Monday): 'Sunday night' resolves to 2005-08-21, "
 "'Monday' and 'Monday afternoon' to 2005-08-22; 'the 1940s' (a decade) and 'about two weeks' (an expected span) "
 "give no calendar value. 263 words (whitespace-split), four paragraphs. Disruption told: the rainstorm 'has forced "
 "the Bureau of Reclamation to stop generating power at its plant', 'The system automatically shut down', 'We can't "
 "get back on the grid with the power plant', the plant's power 'marketed by the Western Area Power Administration' "
 "and 'the plant would be off the grid for about two weeks'; no customer's loss of power is told (a generation "
 "outage: see the annotation's doubtful call). Found at rank 8 of 'Bureau of Reclamation powerplant outage power "
 "plant tripped offline dam customers' (query 6) and rank 4 of query 14 (the same excerpt); waterpowermagazine.com's "
 "copy (a trade site, rank 3 and 5) not used. One text per matter: the August 2005 flood at the Elephant Butte "
 "plant. " + CHECKED + "'Elephant Butte', 'Galan Hanson', 'Mary Perea', 'RecordID=7361', 'Flooding Halts', "
 "'29,000 kilowatts', 'usbr.gov': 0 hits.",
 True))


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
