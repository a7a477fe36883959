#!/usr/bin/env python3
"""Batch 52u (session 53, gatherer 52u): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a round in the FCC transaction lane of batches 15f, 43n-49f, 49j, 49m,
50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52r and 52t (50l and 52s null rounds), on one
broadcast-licence letter of the Audio Services Division, Mass Media Bureau, of 1996 no corpus file holds --
  - the letter of 17 June 1996 on the application to assign the licence of WWDX(FM), Saint Johns, Michigan, from
    Landsmen Communications, Ltd. to Regional Radio Corporation, denying the joint petition to deny of Jencom
    Broadcasting, Inc. and Liggett Broadcast, Inc. and granting the application (the UNT web archive's copy of the
    Audio Services Division's HTML decision page, the on-line ASCII rendering of the WordPerfect 5.1 letter).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the page's heading 'Audio Services
Division Decisions' and its 'IMPORTANT NOTE:' paragraph on the WordPerfect conversion, the letterhead, 'IN REPLY REFER
TO: 1800B2-RHW', the addressee block and 'Dear Counsel:', the run-in heading 'The Joint Petition to Deny.' and the
sentence the excerpt breaks off inside; the text is cut at the last full sentence before the excerpt breaks off.
Kept: the date line ('June 17, 1996'), the letter's 'Re:' line (its two lines joined in one run, as 52r and 52t kept
theirs), each on its own line, then the first paragraph whole; the page's line wraps, indents and double spaces made
one space (whitespace only). No word added or changed. Per-item notes in `notes`. Written before any extractor ran on
the text (newskg was not run on it).
usage: batch52u.py [POOL_DIR] [--dry]   (default /tmp/gather53u/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53u/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-53 pools and sources /tmp/gather53*/ (53a-53t at "
         "the last check; none on this matter): ")
R = []

# ---- WWDX(FM), Saint Johns: Landsmen Communications, Ltd. -> Regional Radio Corporation, granted, 1996 ------------
U1 = ("https://webarchive.library.unt.edu/eot2008/20090508022648/http://www.fcc.gov/mb/audio/decdoc/letter/"
      "1996--06--17--wwdx.html")
R.append(federal(
 "us-fcc-wwdx-fm-saint-johns-landsmen-regional-radio-jencom-liggett-petition-to-deny-assignment-granted-letter-1996",
 U1, "1996-06-17",
 "WWDX(FM), Saint Johns, MI",
 "June 17, 1996\n\n"
 "Re: WWDX(FM), Saint Johns, MI File Nos. BALH-960111HA\n\n"
 "This is in reference to: (1) the captioned application for the assignment of license of Station WWDX(FM), Saint "
 "Johns, Michigan, from Landsmen Communications, Ltd. (\"Landsmen\"), to Regional Radio Corporation (\"Regional\"); "
 "(2) the Joint Petition to Deny that assignment filed February 22, 1996, by Jencom Broadcasting, Inc. (\"Jencom\"), "
 "and Liggett Broadcast, Inc. (\"Liggett\"); Jencom and Liggett are jointly referred to herein as \"Petitioners\"); "
 "(3) an Opposition to Joint Petition to Deny and Motion to Strike filed by Landsmen on March 5, 1996; and (4) a "
 "Reply filed by Petitioners on March 15, 1996. For the reasons set forth below, we deny the Joint Petition to Deny, "
 "and we grant the application for assignment of WWDX.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Mass Media Bureau, Audio Services Division letter, 'Re: WWDX(FM), Saint "
 "Johns, MI, File Nos. BALH-960111HA', June 17, 1996, US federal government work (public domain); text as the "
 "University of North Texas web archive's copy of the Audio Services Division's decision page holds it, from the "
 "search tool's page store at " + U1,
 "UNT web archive copy of an FCC decision page (search tool page store)",
 "The Audio Services Division's letter of 17 June 1996 (IN REPLY REFER TO: 1800B2-RHW; File No. BALH-960111HA) on "
 "the application to assign the licence of WWDX(FM), Saint Johns, Michigan, from Landsmen Communications, Ltd. to "
 "Regional Radio Corporation, denying the joint petition to deny of Jencom Broadcasting, Inc. and Liggett Broadcast, "
 "Inc. and granting the application, as the University of North Texas web archive (eot2008 crawl) holds the "
 "Division's HTML decision page (the on-line ASCII rendering of a WordPerfect 5.1 letter); an FCC letter is a US "
 "federal work, public domain (batch 15f). One readable rendering came back (the .wp file of the same letter came "
 "back binary-garbled, not used). Left out: the page's heading 'Audio Services Division Decisions' and its "
 "'IMPORTANT NOTE:' paragraph (the WordPerfect conversion notice); the letterhead 'FEDERAL COMMUNICATIONS COMMISSION "
 "WASHINGTON, D.C. 20554'; 'IN REPLY REFER TO: 1800B2-RHW'; the addressee block (counsel at Smithwick & Belendiuk, "
 "Fletcher, Heald & Hildreth and Bernstein & McVeigh, as 51e left Withers's out); 'Dear Counsel:'. Kept: 'June 17, "
 "1996', the 'Re:' line (its two lines joined in one run, as 52r and 52t), each on its own line, then the first "
 "paragraph whole. Cut after '... we grant the application for assignment of WWDX.', before the run-in heading 'The "
 "Joint Petition to Deny.' and the sentence the excerpt breaks off inside ('The Petitioners state that Jencom is "
 "owned by James A. Jenson, who resides in WWDX's service area, and that Liggett, at the time the Petition w'), and "
 "all after it; `truncated` (the reasons lie past the excerpt). `title` is the 'Re:' line without its file number. "
 "Whitespace only: the page's line wraps, indents and double spaces (after the semicolons and the sentence stops) "
 "made one space. Kept as written: 'File Nos.' before a single number; the unmatched closing parenthesis in "
 "'\"Petitioners\");' (the letter's own); the straight quotation marks ('(\"Landsmen\")', '(\"Regional\")', "
 "'(\"Jencom\")', '(\"Liggett\")'); 'Joint Petition to Deny' in capitals. In the lane (an FCC grant naming a "
 "station, its licensee, the assignee and two objecting companies, 1996). One text per matter. Found with 'Liggett "
 "Broadcast Jencom Broadcasting WJIM Lansing assignment Regional Radio Corporation petition to deny' (rank 2; the "
 "WJIM(AM)/-FM letter of 24 May 1996 between the same parties came back at rank 1 but its first body sentence runs "
 "past the excerpt, not used). " + CHECK +
 "'WWDX', 'Landsmen', 'Regional Radio', 'Jencom', 'BALH-960111HA', '1996--06--17': in no corpus file, script, note "
 "or pool; 'Liggett' only as another matter (batch 29d's Liggett Group, Grand Metropolitan); 'Saint Johns' only as "
 "batch 37z's Hurricane Matthew status report (another place, another matter).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
