#!/usr/bin/env python3
"""Batch 64j (session 58; gatherer lane 64j, outage texts): two US federal texts on failures of the Landsat 5 Earth
observation satellite, new to the corpus (no corpus file, gather script or GATHERING.md line names Landsat), in the
satellite part of the outage lane that batches 63e and 64e (NOAA and NASA satellite texts) worked, here with the
agency that runs the satellite, the U.S. Geological Survey:
  - the USGS Newsroom release 'Landsat 5 Resumes Operations', Released: 1/30/2006, as archive.usgs.gov keeps the
    usgs.gov newsroom page ('Home Archived April 13, 2016') -- imaging operations suspended after the solar array
    drive mechanism 'began exhibiting problems in late November 2005', 'The U.S. Geological Survey (USGS) and NASA
    engineers' adjusting its operating procedures, Jay Feuquay, 'Land Remote Sensing Program Coordinator for the
    USGS';
  - the USGS Newsroom release 'Landsat 5 Experiences Malfunction (Updated)', Released: 8/24/2009, as the University
    of North Texas Libraries' web archive holds the usgs.gov page (capture 20090825044326) -- Landsat 5 'tumbled out of
    control in the early morning of August 13' (2009), imaging suspended, the 'Update, 8/17/2009' line 'Full
    operational capabilities restored', Kristi Kline, 'USGS Landsat Program manager'.
US federal government works (17 U.S.C. 105): two USGS (Department of the Interior) news releases. The texts are the
search tool's page-store excerpts (corpus `pages`; never a whole page), saved verbatim to /tmp/gather65j/src by
/tmp/gather65j/mk_src.py (1,994 and 1,988 characters). Left out: the archive and site lines ('Home Archived April 13,
2016', 'USGS - science for a changing world', 'U.S. Geological Survey', the site's menu line, 'USGS Newsroom' twice),
the headline (-> `title`), the 'Released: ...' line (-> `published`) and the 'Contact Information:' block (the
Interior Department's Office of Communication address and the contacts Ron Beck, and Kristi Kline and Ron Beck, with
phone numbers) in both; in the 2009 release also the sub-heading 'Satellite is Now Stabilized and the Cause is Being
Investigated'. Cuts: 2006 inside its last paragraph at a sentence end, after '... continued to collect global land
surface coverage.', where the store's excerpt ends (the release goes on, as copies show; `truncated`); 2009 after the
quotation ('... over 700,000 individual scenes.”'), before the paragraph the excerpt breaks off ('Landsat 5 provided
data demonstrating ... the impact of Hurricanes Katrina a'; `truncated`). No word added or changed; `verify()` checks
that every kept paragraph (and title) is in its saved excerpt, whitespace runs compared as one space. newskg (or any
extractor) was not run on the texts.
usage: batch64j.py [POOL_DIR] [--dry]   (default /tmp/gather65j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather65j/pool"
SRC = "/tmp/gather65j/src"

CHECKED = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over "
           "train, dev and test: names of matching files only; no test file opened), GATHERING.md, every gather "
           "script, the session-58 pools (/tmp/gather65*/pool) and /work/notes/gather65/CLAIMS.txt (no line named "
           "Landsat when checked), and claimed in /work/notes/gather65/CLAIMS.txt: ")

KEPT = {}   # id -> (saved excerpt's file, title, paragraphs kept)
R = []

# ---- earth observation satellites, US: Landsat 5's solar array drive, Nov 2005 - Jan 2006 (USGS, 1/30/2006) ---------
U1 = "https://archive.usgs.gov/archive/sites/www.usgs.gov/newsroom/article.asp-ID=1435.html"
T1 = "Landsat 5 Resumes Operations"
P1 = [
 "Landsat 5 is back in operation after imaging operations were temporarily suspended due to technical difficulties. "
 "The U.S. Geological Survey (USGS) and NASA engineers were able to adjust the operating procedures for the solar "
 "array drive mechanism, providing enough power for the mission to resume normal operations. Consequently, "
 "acquisition operations have begun over the conterminous U.S., and the international stations will be brought on "
 "line in the coming weeks.",
 "The solar array drive mechanism began exhibiting problems in late November 2005. The rotation of the solar array "
 "drive became sporadic and the solar array was not able to provide the power needed to charge the batteries. As a "
 "precaution, imaging operations were suspended until the problem was identified and potential solutions were "
 "evaluated and tested.",
 "\"This is good news for the global science and operational communities,\" said Jay Feuquay, Land Remote Sensing "
 "Program Coordinator for the USGS. \"The Landsat Program has a well-established record of over 30 years of earth "
 "observations. The latest developments allow the Landsat user community to continue to rely on Landsat imagery. I am "
 "optimistic about the \u2019fix\u2019 applied to the solar array problem and the future operations of Landsat 5. At "
 "the same time, we are moving aggressively to develop a Landsat Data Continuity Mission that will provide Landsat "
 "data continuity.\"",
 "Landsat 5, launched in March 1984, has performed far beyond its three-year design lifetime and has continued to "
 "collect global land surface coverage."]
KEPT["us-usgs-landsat-5-resumes-operations-solar-array-drive-2006"] = ("usgs-landsat5-resumes-operations-2006.txt", T1,
                                                                        P1)
R.append(federal(
 "us-usgs-landsat-5-resumes-operations-solar-array-drive-2006", U1, "2006-01-30", T1, "\n\n".join(P1),
 "space/earth observation satellites", "outage,satellite failure,earth observation satellite,return to service",
 "U.S. Department of the Interior, U.S. Geological Survey, USGS Newsroom, '" + T1 + "', released 1/30/2006, US "
 "federal government work (public domain); text of the usgs.gov newsroom page as the USGS's own archive "
 "(archive.usgs.gov) keeps it, from the search tool's page store at " + U1,
 "US USGS news release, usgs.gov newsroom page in the USGS web archive (archive.usgs.gov; search tool page store)",
 "A USGS news release (a US federal work, public domain) in the agency's own archive of its retired site "
 "(archive.usgs.gov, 'Home Archived April 13, 2016'): first-party text. Left out: the archive line 'Home Archived "
 "April 13, 2016', the site lines 'U.S. Geological Survey', 'Maps, Imagery, and Publications Hazards Newsroom "
 "Education Jobs Partnerships Library About USGS Social Media' and 'USGS Newsroom' (twice), the headline (-> `title`), "
 "the line 'Released: 1/30/2006 12:40:40 PM' (-> `published` 2006-01-30) and the contact block ('Contact "
 "Information: U.S. Department of the Interior, U.S. Geological Survey Office of Communication 119 National Center "
 "Reston, VA 20192 Ron Beck 1-click interview Phone: 703-648-6168'). Cut inside the fourth paragraph at a sentence "
 "end, after '... has continued to collect global land surface coverage.', where the store's excerpt ends (the "
 "release goes on, 'Over 620,000 images, ...', as spaceref's copy shows) (`truncated`). No word added or changed. "
 "Kept as written: 'The U.S. Geological Survey (USGS) and NASA engineers', 'the conterminous U.S.', 'brought on line', "
 "the straight double quotes of the quotation and the curly single quotes of '\u2019fix\u2019' (both closing marks, "
 "as the page has them), 'Land Remote Sensing Program Coordinator for the USGS', 'a Landsat Data Continuity Mission'. "
 "239 words (whitespace-split), four paragraphs. One outage told: Landsat 5's imaging operations suspended after its "
 "solar array drive mechanism 'began exhibiting problems in late November 2005' and could not charge the batteries, "
 "imaging resumed by the release's date (no end date stated). Found at rank 3 of the query 'USGS Newsroom Released "
 "Contact Information Landsat 5 resumes imaging battery Flight Operations Team' (rank 4 spaceref's copy of the same "
 "release, third party; rank 2 geospatialworld's copy; the other ranks blogs and later Landsat notes). One text per "
 "matter: the solar-array-drive suspension of November 2005 - January 2006 (landsat.gsfc.nasa.gov's note of Nov 26, "
 "2005 and this release); Landsat 5's other suspensions (January 2005's primary drive, October 2007's battery, "
 "August 2009's tumble, November 2011's amplifier) are other matters. " + CHECKED + "'Landsat', 'Feuquay', "
 "'solar array drive', 'archive.usgs.gov', 'Ron Beck': 0 hits anywhere.",
 True))

# ---- earth observation satellites, US: Landsat 5 tumbles, August 13, 2009 (USGS, 8/24/2009; UNT web archive) --------
U2 = "https://webarchive.library.unt.edu/web/20090825044326/http://www.usgs.gov/newsroom/article.asp?ID=2281"
T2 = "Landsat 5 Experiences Malfunction (Updated)"
P2 = [
 "Update, 8/17/2009. Landsat 5 tumbled out of control in the early morning of August 13. Full operational "
 "capabilities restored. The cause of the malfunction is still being investigated.",
 "Landsat 5 tumbled out of control and power was at a critical level in the early morning of August 13.",
 "The cause for this anomaly is currently unknown and being investigated.",
 "The spacecraft has been stabilized after the USGS Landsat Flight Operations Team initiated recovery operations. "
 "Power is still at a critical level, and the extent of damage is yet to be determined. Imaging operations are "
 "suspended until further notice.",
 "\u201cLandsat 5 has proven to be a remarkable success and has given the science community important information on "
 "land features of the planet,\u201d said USGS Landsat Program manager Kristi Kline. \u201cIt was launched in 1984 and "
 "designed to last 3 years with a possible extension to five years. Incredibly it is still a valuable resource and by "
 "early 2009, it had completed over 129,000 orbits and acquired over 700,000 individual scenes.\u201d"]
KEPT["us-usgs-landsat-5-experiences-malfunction-tumble-2009"] = ("usgs-landsat5-experiences-malfunction-2009.txt", T2,
                                                                  P2)
R.append(federal(
 "us-usgs-landsat-5-experiences-malfunction-tumble-2009", U2, "2009-08-24", T2, "\n\n".join(P2),
 "space/earth observation satellites", "outage,satellite failure,earth observation satellite,attitude anomaly",
 "U.S. Department of the Interior, U.S. Geological Survey, USGS Newsroom, '" + T2 + "', released 8/24/2009, US "
 "federal government work (public domain); text of the usgs.gov newsroom page as the University of North Texas "
 "Libraries' web archive holds it (capture 20090825044326), from the search tool's page store at " + U2,
 "US USGS news release, usgs.gov newsroom page as archived at webarchive.library.unt.edu (search tool page store)",
 "A USGS news release (a US federal work, public domain) in the University of North Texas Libraries' capture of "
 "usgs.gov of 25 August 2009 -- the archive batch 63e's NOAA 98-77 came through; the capture reproduces the agency's "
 "page. Left out: the site lines 'USGS - science for a changing world', 'U.S. Geological Survey', 'Maps, Imagery, and "
 "Publications Hazards Newsroom Education Jobs Partnerships Library About USGS Podcasts/RSS' and 'USGS Newsroom' "
 "(twice), the headline (-> `title`), the line 'Released: 8/24/2009 11:28:24 AM' (-> `published` 2009-08-24), the "
 "contact block ('Contact Information: U.S. Department of the Interior, U.S. Geological Survey Office of "
 "Communication 119 National Center Reston, VA 20192 Kristi Kline 1-click interview Phone: 605-594-2585 Ron Beck "
 "1-click interview Phone: 605-594-6550') and the sub-heading 'Satellite is Now Stabilized and the Cause is Being "
 "Investigated' (between the update paragraph and the original release's first line). Cut after the quotation ('... "
 "over 700,000 individual scenes.\u201d'), before the paragraph the store's excerpt breaks off ('Landsat 5 provided "
 "data demonstrating alterations over Chernobyl region ... the impact of Hurricanes Katrina a') (`truncated`), so the "
 "places that paragraph lists are not in the text. No word added or changed. Kept as written: the update paragraph "
 "above the original text ('Update, 8/17/2009. ... Full operational capabilities restored.', a verbless sentence), "
 "the original's first two lines as separate paragraphs, the curly double quotes of the quotation, 'USGS Landsat "
 "Program manager Kristi Kline', '3 years' beside 'five years'. 169 words (whitespace-split), five paragraphs. One "
 "outage told: Landsat 5 'tumbled out of control in the early morning of August 13', imaging 'suspended until further "
 "notice', 'Full operational capabilities restored' by the update of 8/17/2009; cause 'currently unknown'. Found at "
 "rank 4 of the query 'Landsat 5 tumbled out of control and power was at a critical level in the early morning of "
 "August 13' (rank 1 landsat.gsfc.nasa.gov's copy of the original text, with no date on the excerpt; rank 3 "
 "landsat.gsfc.nasa.gov's two-paragraph anomaly note; the other ranks news and copies). One text per matter: the "
 "tumble of 13 August 2009 and the return of 17 August 2009. " + CHECKED + "'Landsat', 'Kristi Kline', 'Flight "
 "Operations Team', 'article.asp?ID=2281': 0 hits anywhere.",
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
        for part in [title] + paras:
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
