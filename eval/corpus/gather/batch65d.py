#!/usr/bin/env python3
"""Batch 65d (session 59; gatherer lane 65d, outage texts): two US federal texts on Earth-orbiting satellites whose
service stopped, new to the corpus (no corpus file, gather script or GATHERING.md line names UARS, the Upper
Atmosphere Research Satellite or John Donley; Landsat 5's battery failure of October 2007 is named by none), in the
satellite part of the outage lane that batches 63e, 64e and 64j (NOAA, NASA and USGS satellite texts) worked:
  - NASA Headquarters release 92-117, 'NASA'S UPPER ATMOSPHERE RESEARCH SATELLITE RESUMES OPERATIONS', July 20, 1992,
    as a document-sharing host (pdfcoke.com) reproduces the release ('Official NASA Communication 92-117') -- flight
    controllers put UARS in a 'safe mode' and turned off its instruments on June 2 when its solar array drive was not
    operating smoothly, two instruments back on June 10 and June 14, all 10 instruments on by late July 20, with
    John Donley, 'UARS Deputy Project Manager, NASA's Goddard Space Flight Center';
  - the USGS text 'Landsat 5 satellite back in action' (the page's address; the excerpt shows no headline), as NASA's
    Landsat Science site (landsat.gsfc.nasa.gov) carries it under 'Source: Ron Beck, USGS', undated -- Landsat 5
    'temporarily taken out of service in October 2007 following a cell failure within one of the satellite's two
    operating on-board batteries', the 'USGS Flight Operations Team engineers' rescheduling its imaging.
US federal government works (17 U.S.C. 105): a NASA news release (on a third-party document host: no nasa.gov copy
came back; batch 25d's House letter came through a Scribd upload) and a USGS text on a NASA site. The texts are the
search tool's page-store excerpts (corpus `pages`; never a whole page), saved verbatim to /tmp/gather66d/src by
/tmp/gather66d/mk_src.py (2,000 and 1,985 characters). Left out: 92-117's contact lines ('Brian Dunbar Headquarters,
Washington, D.C. July 20, 1992 (Phone: 202/453-1547) Jessie Katz Goddard Space Flight Center, Greenbelt, Md. (Phone:
301/286-5566)'; the date -> `published`), the release number 'RELEASE: 92-117' and the headline (-> `title`, in
capitals as written); the Landsat text's source line 'Source: Ron Beck, USGS'. Cuts: 92-117 after '... allow all 10
instruments to perform normally.', before the page-break marker '- more -2' and the sentence the excerpt breaks off
('On July 8, the operations team bega'; `truncated`); the Landsat text inside its third paragraph after '... likely to
produce imagery for a few more years.', before the sentence the excerpt breaks off ('Landsat 7, launched in 1999,
continues to provide the global science community with worldwide seasonal images'; `truncated`). One line break of
92-117's excerpt, inside a sentence ('while UARS' / 'project officials'), is written as a space (the release is kept
as the one paragraph the excerpt gives). No word added or changed; `verify()` checks that every kept paragraph (and
title, where there is one) is in its saved excerpt, whitespace runs compared as one space. newskg (or any extractor)
was not run on the texts.
usage: batch65d.py [POOL_DIR] [--dry]   (default /tmp/gather66d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather66d/pool"
SRC = "/tmp/gather66d/src"

CHECKED = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over "
           "train, dev and test: names of matching files only; no test file opened), GATHERING.md, every gather "
           "script, the session-59 pools (/tmp/gather66*/pool) and /work/notes/gather66/CLAIMS.txt (no line named "
           "it when checked), and claimed in /work/notes/gather66/CLAIMS.txt: ")

KEPT = {}   # id -> (saved excerpt's file, title or None, paragraphs kept)
R = []

# ---- atmospheric research satellites, US: UARS's safe mode, June 2 - July 20, 1992 (NASA 92-117, July 20, 1992) ------
U1 = "https://pdfcoke.com/documents/official-nasa-communication-92-117-8m3kve94lon6"
T1 = "NASA'S UPPER ATMOSPHERE RESEARCH SATELLITE RESUMES OPERATIONS"
P1 = [
 "NASA's Upper Atmosphere Research Satellite (UARS) has resumed full science operations following the resolution of "
 "problems with the satellite's solar array drive. \"All 10 instruments are turned on and should be fully "
 "operational by late July 20,\" said John Donley, UARS Deputy Project Manager, NASA's Goddard Space Flight Center, "
 "Greenbelt, Md. Flight controllers placed UARS in a \"safe mode\" and turned off the instruments June 2 after "
 "observing the solar array drive was not operating smoothly and the solar array itself was not properly tracking "
 "the Sun. The team issued commands that repositioned the array to \"high noon,\" allowing the array to receive "
 "maximum solar energy for one-half of each orbit. With the solar array parked, UARS had enough power in its "
 "\"safe\" mode to operate two instruments, the Cryogenic Limb Array Etalon Spectrometer (CLAES) and the Microwave "
 "Limb Sounder (MLS), which were turned on June 10 and June 14, respectively. The two instruments continued to obtain "
 "unprecedented data on levels of ozone and chemicals involved in ozone depletion in the upper atmosphere. In this "
 "condition, the spacecraft remained healthy while UARS project officials ran extensive diagnostic tests and "
 "analyzed the problem. Working with a failure review team, project officials determined that a spring on the solar "
 "array's \"A\" side drive was not completely releasing from the shaft of the solar array. The condition was such "
 "that the redundant \"B\" side drive, which was otherwise operational, could not be used. However, based on a "
 "thorough review of the test data, project officials determined that engineers could operate the solar array using "
 "the \"A\" drive and allow all 10 instruments to perform normally."]
KEPT["us-nasa-92-117-uars-resumes-operations-solar-array-drive-1992"] = (
    "nasa-92-117-uars-resumes-operations-1992.txt", T1, P1)
R.append(federal(
 "us-nasa-92-117-uars-resumes-operations-solar-array-drive-1992", U1, "1992-07-20", T1, "\n\n".join(P1),
 "space/earth observation satellites", "outage,satellite failure,safe mode,atmospheric research satellite",
 "National Aeronautics and Space Administration, Headquarters, news release 92-117, '" + T1 + "', July 20, 1992, US "
 "federal government work (public domain); text as the document-sharing host pdfcoke.com reproduces it ('Official "
 "NASA Communication 92-117'), from the search tool's page store at " + U1,
 "US NASA Headquarters news release as reproduced on pdfcoke.com (search tool page store)",
 "A NASA Headquarters news release (a US federal work, public domain) as a document-sharing site reproduces it: the "
 "release's own words, contact lines, release number and page-break marker as NASA's plain-text releases have them "
 "(compare batch 64e's 92-127 on www1.nasa.gov), with nothing of the host's in the excerpt. No nasa.gov or govdocs1 "
 "copy of 92-117 came back to five queries; a Scribd upload of the same release (ranks 2 and 1 of queries 17 and 19) "
 "runs words together where its line breaks were lost ('resumedfull', 'turnedoff') and was not used; a federal text "
 "on a third-party host as batch 25d's House Energy and Commerce letter (a Scribd upload). Left out: the contact "
 "lines at the head ('Brian Dunbar Headquarters, Washington, D.C. July 20, 1992 (Phone: 202/453-1547) Jessie Katz "
 "Goddard Space Flight Center, Greenbelt, Md. (Phone: 301/286-5566)'; the date -> `published`), the release number "
 "'RELEASE: 92-117' and the headline (-> `title`, in capitals as written). Cut after '... allow all 10 instruments "
 "to perform normally.', before the page-break marker '- more -2' and the sentence the store's excerpt breaks off "
 "('On July 8, the operations team bega') (`truncated`). The excerpt's one line break, inside the sentence '... "
 "while UARS / project officials ran ...', is written as a space: one paragraph, as the excerpt gives it. No word "
 "added or changed. Kept as written: 'NASA's Upper Atmosphere Research Satellite (UARS)', 'UARS Deputy Project "
 "Manager, NASA's Goddard Space Flight Center, Greenbelt, Md.', 'by late July 20', 'turned off the instruments June "
 "2', the straight double quotes ('\"high noon,\"', '\"A\" side drive'), 'one-half', 'respectively'. 272 words "
 "(whitespace-split), one paragraph. One outage told: UARS's science operations stopped when flight controllers "
 "'placed UARS in a \"safe mode\" and turned off the instruments June 2' as its solar array drive 'was not operating "
 "smoothly', two instruments back on June 10 and June 14, 'full science operations' resumed by the release's day "
 "('should be fully operational by late July 20'). Found at rank 3 of the query 'Headquarters, Washington, D.C. "
 "RELEASE: Upper Atmosphere Research Satellite solar array anomaly instruments turned off' (rank 2 the Scribd "
 "upload; ranks 1 and 4 Eos news items, copyrighted) and again at rank 3 and rank 1 of two queries on the release's "
 "own words. One text per matter: UARS's solar array drive safe mode of 2 June - 20 July 1992; the drive's later "
 "failures (September 1993; May 1995, when the array was parked) are other matters. " + CHECKED + "'UARS', 'Upper "
 "Atmosphere Research' (one train text, a Boeing 777 story, in another sense), 'Donley', '92-117', 'Jessie Katz', "
 "'Cryogenic Limb', 'Microwave Limb', 'pdfcoke.com/documents/official-nasa': 0 hits otherwise.",
 True))

# ---- earth observation satellites, US: Landsat 5's battery cell failure, October 2007 (USGS text, undated) ------------
U2 = "https://landsat.gsfc.nasa.gov/landsat-5-satellite-back-in-action/"
T2 = None
P2 = [
 "The earth imaging satellite Landsat 5 is once again collecting and downlinking land-image data. The satellite was "
 "temporarily taken out of service in October 2007 following a cell failure within one of the satellite\u2019s two "
 "operating on-board batteries. USGS Flight Operations Team engineers were forced to discover ways to balance the "
 "energy demand of Landsat 5\u2019s operational and imaging instrumentation with the satellite\u2019s slightly "
 "diminished energy storage capacity. The Team\u2019s solution was to reconfigure and align Landsat 5\u2019s image "
 "acquisition schedule and to rely more on direct power from its solar array. Additionally, schedule changes were "
 "made to limit imaging during the winter months and to resume all routine imaging over the continental U.S. from "
 "March through September. Some concessions will also be made to limit imaging over international sites.",
 "Restoration of Landsat 5\u2019s image data collection and data transfer capability is considered essential by "
 "many federal, state and local government and civilian land and resource agency managers in managing response to "
 "wildfires, floods, hurricanes, tsunamis, earthquakes and other disasters. Since its launch on March 1, 1984, "
 "Landsat 5 has provided more than 600,000 individual images, recording clear-cutting and recovery conditions of "
 "rain forests, near- and long-term effects of the Chernobyl explosion, before-and-after records of Hurricane "
 "Katrina\u2019s impact, as well as more subtle natural and human-induced changes to the global land surface. In "
 "addition to these emergency and management applications of Landsat imagery, millions of people each day use web "
 "based mapping products supported by this and other imagery data to get where they want to go.",
 "While the design life of Landsat 5 was only 3 years, this remarkable satellite is likely to produce imagery for a "
 "few more years."]
KEPT["us-usgs-landsat-5-satellite-back-in-action-battery-cell-2007"] = (
    "landsat-5-satellite-back-in-action-2008.txt", T2, P2)
R.append(federal(
 "us-usgs-landsat-5-satellite-back-in-action-battery-cell-2007", U2, None, T2, "\n\n".join(P2),
 "space/earth observation satellites", "outage,satellite failure,earth observation satellite,return to service",
 "U.S. Geological Survey (source line 'Source: Ron Beck, USGS'), 'Landsat 5 satellite back in action' (the page's "
 "address), undated, as NASA's Landsat Science site (landsat.gsfc.nasa.gov) carries it, US federal government work "
 "(public domain); text from the search tool's page store at " + U2,
 "US USGS text on NASA's Landsat Science site, landsat.gsfc.nasa.gov (search tool page store)",
 "A USGS text (its source line names Ron Beck of the USGS, the agency's Landsat public-affairs contact of batch "
 "64j's releases) on NASA's Landsat Science site: both agencies federal, a US federal work (public domain), "
 "first-party. The excerpt shows no headline and no date: `title` null (the address's slug, 'landsat-5-satellite-"
 "back-in-action', is not in the text) and `published` null (the return is known from other pages to be January "
 "2008, but the page's own date is not in the excerpt; the id carries the outage's year). Left out: the source line "
 "'Source: Ron Beck, USGS'. Cut inside the third paragraph after '... likely to produce imagery for a few more "
 "years.', before the sentence the store's excerpt breaks off ('Landsat 7, launched in 1999, continues to provide "
 "the global science community with worldwide seasonal images') (`truncated`), so Landsat 7 is not in the text. No "
 "word added or changed. Kept as written: the curly apostrophes ('satellite\u2019s', 'Landsat 5\u2019s', "
 "'Team\u2019s', 'Katrina\u2019s'), 'The earth imaging satellite', 'USGS Flight Operations Team engineers', 'the "
 "continental U.S.', 'near- and long-term', 'web based', '3 years'. 281 words (whitespace-split), three paragraphs. "
 "One outage told: Landsat 5 'temporarily taken out of service in October 2007 following a cell failure within one "
 "of the satellite\u2019s two operating on-board batteries', now 'once again collecting and downlinking land-image "
 "data' (no day of the return written). Found at rank 8 of the query 'Landsat 5 battery October 2007 imaging "
 "suspended USGS Landsat flight operations team resumed acquisitions' and at rank 6 of the query on its first "
 "sentence (saved from that answer; the two excerpts are the same). Batch 64j looked at it and left it (no date on "
 "the excerpt); this round takes it with `published` null: the texts for the same failure with a date "
 "(usgs.gov's 'January 25, 2008 - Landsat 5 Update', under 100 words; landsat.gsfc.nasa.gov's battery note, about "
 "50 words) are too short. One text per matter: Landsat 5's battery cell failure of October 2007 and its return; "
 "the solar array drive suspension of 2005-2006 and the tumble of August 2009 (batch 64j, train and test) and the "
 "amplifier suspension of November 2011 are other matters. " + CHECKED + "'cell failure', 'on-board batteries', "
 "'landsat-5-satellite-back-in-action', 'October 2007' with 'Landsat': 0 hits; 'Landsat' only in batch 64j's two "
 "texts and scripts and GATHERING.md; 'Chernobyl' in batch 64j's 2009 Landsat text (test, another matter: its "
 "name only, file not opened) and other corpus texts in other senses.",
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
