#!/usr/bin/env python3
"""Batch 53c (session 54, gatherer 53c): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a round in the FCC transaction lane of batches 15f, 43n-49f, 49j, 49m,
50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52r, 52t and 52u (50l and 52s null rounds), on
one broadcast-licence letter of the Audio Services Division, Mass Media Bureau, of 1997 no corpus file holds --
  - the letter of 16 January 1997 to Press Broadcasting Company, Inc. on its application to renew the licence of FM
    station WTKS, Cocoa Beach, Florida, denying informal objections (the Howard Stern Show broadcasts) and granting
    the renewal (the UNT web archive's copy of the Audio Services Division's HTML 'ASD Decision Document' page).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the page's site lines ('[ Federal
Communications Commission', '[icon bar]', 'Audio Services Division --- Mass Media Bureau', 'ASD Decision Document'),
'In reply refer to: 1800B3-JR', the addressee block (the licensee's name and its Neptune, NJ address), 'Dear
Applicant:', the dot leaders (layout) and the closing dot-leader line the excerpt ends on (the signature block and the
footnote lie past it). Kept: the date line ('January 16, 1997'), the letter's 'In re:' line (its four lines joined in
one run, as 52r joined KWSA's 'Re:' lines), each on its own line, then the letter's three body paragraphs whole; the
page's line wraps made one space (whitespace only). No word added or changed ('See Footnote 1.', the page's footnote
link, kept as written). Per-item notes in `notes`. Written before any extractor ran on the text (newskg was not run
on it).
usage: batch53c.py [POOL_DIR] [--dry]   (default /tmp/gather54c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54c/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-54 pools /tmp/gather54*/ (none on this "
         "matter): ")
R = []

# ---- WTKS(FM), Cocoa Beach: Press Broadcasting Company, Inc., renewal granted over informal objections, 1997 -------
U1 = ("https://webarchive.library.unt.edu/eot2008/20090508022648/http://www.fcc.gov/mb/audio/decdoc/letter/"
      "1997--01--16--wtks.html")
R.append(federal(
 "us-fcc-wtks-fm-cocoa-beach-press-broadcasting-renewal-informal-objections-howard-stern-denied-letter-1997",
 U1, "1997-01-16",
 "Station WTKS, Cocoa Beach, Florida; Renewal of License",
 "January 16, 1997\n\n"
 "In re: Station WTKS, Cocoa Beach, Florida Renewal of License File No. BRH-951002ZX Informal Objections\n\n"
 "This concerns: (1) your captioned application for renewal of the license of FM Station WTKS, Cocoa Beach, Florida "
 "(File No. BRH-951002ZX) and (2) informal objections filed against the application. See Footnote 1. For the "
 "reasons set forth below, the informal objections are denied and the application granted.\n\n"
 "The objections assert that renewal of the WTKS license is unwarranted, because the station has broadcast indecent "
 "material, specifically the Howard Stern Show. However, because the informal objections lack audio tapes or "
 "transcripts of the relevant broadcasts, the Commission cannot determine whether they provide a basis for further "
 "inquiry or denial of the renewal application. An examination of the renewal application reveals that grant would "
 "further the public interest, convenience, and necessity.\n\n"
 "Accordingly, in light of the above and pursuant to 47 C.F.R. \u00a70.283, the Informal Objections ARE DENIED, and "
 "the application of Press Broadcasting Company, Inc. for renewal of the license of FM Station WTKS, Cocoa Beach, "
 "Florida, (File No. BRH-951002ZX) IS GRANTED.",
 "broadcasting/radio", "regulatory,ownership",
 "U.S. Federal Communications Commission, Mass Media Bureau, Audio Services Division letter to Press Broadcasting "
 "Company, Inc., 'In re: Station WTKS, Cocoa Beach, Florida, Renewal of License, File No. BRH-951002ZX, Informal "
 "Objections', January 16, 1997, US federal government work (public domain); text as the University of North Texas "
 "web archive's copy of the Audio Services Division's decision page holds it, from the search tool's page store "
 "at " + U1,
 "UNT web archive copy of an FCC decision page (search tool page store)",
 "The Audio Services Division's letter of 16 January 1997 (In reply refer to: 1800B3-JR; File No. BRH-951002ZX) to "
 "Press Broadcasting Company, Inc. on its application to renew the licence of FM station WTKS, Cocoa Beach, Florida, "
 "denying informal objections that said the station had broadcast indecent material (the Howard Stern Show) and "
 "granting the renewal, as the University of North Texas web archive (eot2008 crawl) holds the Division's HTML "
 "'ASD Decision Document' page; an FCC letter is a US federal work, public domain (batch 15f). One rendering came "
 "back. Left out: the page's site lines ('[ Federal Communications Commission', '[icon bar]', 'Audio Services "
 "Division --- Mass Media Bureau', 'ASD Decision Document'); 'In reply refer to: 1800B3-JR'; the addressee block "
 "('Press Broadcasting Company, Inc.' and its address at Neptune, NJ 07754, as 52u left its addressees out); 'Dear "
 "Applicant:'; the dot leaders (layout, as 52r took KWSA's out); the closing dot-leader line the excerpt ends on "
 "(the signature block and the text of footnote 1 lie past it). Kept: 'January 16, 1997', the 'In re:' line (its "
 "four lines joined in one run, as 52r), each on its own line, then the three body paragraphs whole (the letter's "
 "whole body); `truncated` (the footnote and the signature lie past the excerpt). `title` is the 'In re:' line "
 "without its file number and 'Informal Objections', a semicolon before 'Renewal of License' (52r's form). "
 "Whitespace only: the page's line wraps made one space. Kept as written: 'See Footnote 1.' (the page's footnote "
 "link, a sentence of the page's text); '\u00a70.283' with no space; the comma before '(File No. BRH-951002ZX)'; "
 "'ARE DENIED' and 'IS GRANTED' in capitals; 'Informal Objections' in capitals in the last paragraph. In the lane "
 "(an FCC grant naming a station and its licensee, 1997; a renewal, as 52v's WHTZ(FM) item). One text per matter. "
 "Found with 'Audio Services Division letter released 1998 In re: station Application for Assignment of License "
 "Informal Objection we deny the objection and grant the application ASCII text' (rank 3) and again with "
 "'informal objections renewal of license Howard Stern Show indecent material audio tapes transcripts FM station "
 "letter 1997' (rank 2, same excerpt). " + CHECK +
 "'WTKS', 'Press Broadcasting', 'Cocoa Beach', 'BRH-951002ZX', '1800B3-JR', '1997--01--16': in no corpus file, "
 "script, note or pool (the 2004 Clear Channel WTKS-FM indecency order, FCC 04-88, came back beside it and was not "
 "taken); 'Howard Stern' only as another matter (batch 43n's Viacom/CBS transfer-of-control order of 2000, a dev "
 "file found by name only); 'Neptune' only as other matters (batch 33d's Neptune Orient Lines).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
