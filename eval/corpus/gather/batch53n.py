#!/usr/bin/env python3
"""Batch 53n (session 54, gatherer 53n): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a round in the FCC transaction lane of batches 15f, 43n-49f, 49j, 49m,
50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52r, 52t, 52u, 53c and 53l (50l and 52s null
rounds), on two Audio Services Division (Mass Media Bureau) texts of the 1990s no corpus file holds --
  - the letter (IN REPLY REFER TO: 1800B3-BSH; the archive's file dated 31 July 1996) denying WENK of Union City,
    Inc.'s petition of 1 December 1995 for reconsideration of the Division's letter of 27 October 1995, which had
    denied its application to extend the time to construct FM station WAAT, Tiptonville, Tennessee, and cancelled
    the permit (the UNT web archive's copy of the Division's HTML 'Audio Services Division Decisions' page);
  - the Hearing Designation Order (MM Docket No. 93-37; the page's file da93-154) by the Chief, Audio Services
    Division, on the mutually exclusive applications of Lehigh Valley Community Broadcasters Board of Directors,
    Beacon Broadcasting Corporation and Northampton Community College for a new noncommercial educational FM station
    (fcc.gov's own copy on transition.fcc.gov, the Mass Media Bureau's 'documents_collection' HTML page, as 53l's
    WBRX letter).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: WAAT -- the page heading 'Audio Services
Division Decisions' and its 'IMPORTANT NOTE:' paragraph (WordPerfect 5.1 conversion notice), the letterhead lines,
'IN REPLY REFER TO: 1800B3-BSH', the addressee blocks (two counsel, firms and addresses), 'Dear Counsel:' and the
sentence the excerpt breaks off inside ('Background. The October 27, 1995 ruling found ... construction permi');
Lehigh -- the letterhead lines ('BEFORE THE', a stray ',', 'FEDERAL COMMUNICATIONS COMMISSION', 'WASHINGTON, D.C.
20554'), the reporter line '[ 8 FCC Rcd 1643 ] ... FCC 93-154', the caption's dot leaders, docket and file numbers,
its 'Req:' frequency/power lines, the heading 'Hearing Designation Order' (-> part of `title`) and the sentence the
excerpt breaks off inside ('Specifically, Northampton's petition ... (3) requeste'). Kept: WAAT -- the 'In re:' line
(its four lines joined in one run) on its own line, then paragraph 1 whole; Lehigh -- 'In re Applications of', each
applicant's name, '(Hereafter ...)' and place lines joined in one run per applicant, the 'For Construction Permit'
line, the 'Adopted: ... Released: ...' line, 'By the Chief, Audio Services Division:' and paragraphs 1 and 2 to the
last full sentence, each on its own line. Whitespace only: line wraps, indents and double spaces made one space; the
dot leaders between kept words in the Lehigh caption and date line are dropped with the layout they draw. No word
added or changed. Per-item notes in `notes`. Written before any extractor ran on the texts (newskg was not run).
usage: batch53n.py [POOL_DIR] [--dry]   (default /tmp/gather54n/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54n/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-54 pools /tmp/gather54*/ (none on this "
         "matter): ")
R = []

# ---- WAAT(FM), Tiptonville: WENK of Union City, Inc., petition for reconsideration (CP extension denied), 1996 -----
U1 = ("https://webarchive.library.unt.edu/eot2008/20090508022648/http://www.fcc.gov/mb/audio/decdoc/letter/"
      "1996--07--31--waat.html")
R.append(federal(
 "us-fcc-waat-fm-tiptonville-wenk-of-union-city-construction-permit-extension-reconsideration-denied-letter-1996",
 U1, "1996-07-31",
 "In re: WAAT(FM), Tiptonville, TN; BMPH-940915JA (extension); Petition for Reconsideration",
 "In re: WAAT(FM), Tiptonville, TN BMPH-940915JA (extension) BMPH-940922IC (modification) BPH-920717MA (permit)\n\n"
 "The staff has before it a Petition for Reconsideration filed December 1, 1995 by WENK of Union City, Inc. "
 "(\"WUCI\") and related pleadings. WUCI requests reconsideration of our October 27, 1995 decision letter which (1) "
 "denied WUCI's application for extension of time to construct station WAAT(FM), Tiptonville, Tennessee; (2) "
 "dismissed WUCI's application to modify WAAT(FM)'s facilities; (3) cancelled the station's construction permit; "
 "and (4) deleted the station's call sign. As discussed below, we will deny the Petition for Reconsideration.",
 "broadcasting/radio", "regulatory,ownership",
 "U.S. Federal Communications Commission, Mass Media Bureau, Audio Services Division letter, 'In re: WAAT(FM), "
 "Tiptonville, TN, BMPH-940915JA (extension), BMPH-940922IC (modification), BPH-920717MA (permit)' (IN REPLY REFER "
 "TO: 1800B3-BSH), 1996, US federal government work (public domain); text as the University of North Texas web "
 "archive's copy of the Audio Services Division's decision page holds it, from the search tool's page store at " + U1,
 "UNT web archive copy of an FCC decision page (search tool page store)",
 "The Audio Services Division's letter (IN REPLY REFER TO: 1800B3-BSH) to counsel on the Petition for "
 "Reconsideration filed 1 December 1995 by WENK of Union City, Inc. against the Division's letter of 27 October 1995, "
 "which had denied its application to extend the time to construct FM station WAAT, Tiptonville, Tennessee "
 "(BMPH-940915JA), dismissed its modification application (BMPH-940922IC), cancelled the construction permit "
 "(BPH-920717MA) and deleted the call sign; the letter denies the petition. As the University of North Texas web "
 "archive (eot2008 crawl) holds the Division's HTML 'Audio Services Division Decisions' page; an FCC letter is a US "
 "federal work, public domain (batch 15f). One rendering came back (the same page's .wp twin is binary-garbled, not "
 "used). The excerpt holds no date line: `published` 1996-07-31 is the date in the page's file name "
 "(1996--07--31--waat.html, as 53l's WTDK; **doubtful**, the letter's own date is not in the kept text). Left out: "
 "the page heading 'Audio Services Division Decisions' and its 'IMPORTANT NOTE:' paragraph (WordPerfect 5.1 notice, "
 "as 52u and 53l); the letterhead lines 'FEDERAL COMMUNICATIONS COMMISSION' and 'WASHINGTON, DC 20554'; 'IN REPLY "
 "REFER TO: 1800B3-BSH'; the two addressee blocks (counsel Philip R. Hochberg, Esq., Baraff, Koerner, Olender & "
 "Hochberg, P.C., and John Garziglia, Esq., Pepper & Corazzini, L.L.P., with their addresses; addressees cut as 52u, "
 "53c and 53l); 'Dear Counsel:'; the sentence the excerpt breaks off inside ('Background. The October 27, 1995 "
 "ruling found that WUCI failed to meet one of the three criteria which must be met to warrant an extension for a "
 "construction permi'). Kept: the 'In re:' line (its four lines joined in one run, as 52r, 53c and 53l), on its "
 "own line, then paragraph 1 whole; `truncated`. `title` is the 'In re:' line with its first file number, "
 "semicolons between its parts and the subject 'Petition for Reconsideration' from the first sentence (52r's form; "
 "the page has no heading of its own beyond the Division's). Whitespace only: line wraps, indents and double spaces "
 "made one space ('pleadings.  WUCI', 'call sign.  As'). Kept as written: '(\"WUCI\")'; the numbered list '(1) ... "
 "(4)'; 'TN' and 'Tennessee' both. In the lane (an FCC letter naming a station and the company that held its "
 "permit, 1996). One text per matter. Found with 'This refers to the request dated 1995, filed on behalf of "
 "Communications, Inc., permittee of station, that the Commission waive Section 73.3534 to extend construction "
 "permit' (rank 8) and again with 'WDBS Audio Services Division letter 1996 Dear Counsel construction permit' (rank "
 "3, same excerpt). " + CHECK +
 "'WAAT', 'WENK', 'Union City', 'Tiptonville', 'BMPH-940915JA', 'Hochberg', '1996--07--31': in no corpus file, "
 "script, note or pool; 'Garziglia' (cut addressee) only as counsel in a train file (2013 WLNI-FM letter) and batch "
 "52zc's script -- another matter.",
 True))

# ---- Lehigh Valley / Beacon / Northampton: NCE FM applicants, Hearing Designation Order (MM Docket 93-37) ----------
U2 = "http://transition.fcc.gov/Bureaus/Mass_Media/Databases/documents_collection/da93-154.html"
R.append(federal(
 "us-fcc-lehigh-valley-community-broadcasters-beacon-broadcasting-northampton-allentown-nce-fm-hearing-designation-order-1992",
 U2, "1992-03-09",
 "In re Applications of Lehigh Valley Community Broadcasters Board of Directors; Beacon Broadcasting Corporation; "
 "Northampton Community College; Hearing Designation Order",
 "In re Applications of\n"
 "Lehigh Valley Community Broadcasters Board of Directors (Hereafter \"Lehigh\") Allentown, Pennsylvania\n"
 "Beacon Broadcasting Corporation (Hereafter \"Beacon\") Allentown, Pennsylvania\n"
 "Northampton Community College (Hereafter \"Northampton\") (Previously Dismissed) Bethlehem Township, Pennsylvania\n"
 "For Construction Permit for a New Noncommercial Educational FM Station\n\n"
 "Adopted: February 5, 1992 Released: March 9, 1992\n\n"
 "By the Chief, Audio Services Division:\n\n"
 "1. The Commission has before it the above-captioned mutually exclusive applications for a new, noncommercial, "
 "educational FM station.\n\n"
 "2. Preliminary Matters. On November 13, 1990, the Chief, FM Branch returned Northampton's application because the "
 "protected contour (60dBu) of the Northampton proposal would overlap the interfering contour (54dBu) of first "
 "adjacent channel station WDVR(FM), Delaware Township, New Jersey in violation of 47 C.F.R. \u00a7 73.509. On "
 "December 12, 1990, Northampton filed a petition for reconsideration of this return.",
 "broadcasting/radio", "regulatory",
 "U.S. Federal Communications Commission, Mass Media Bureau, Audio Services Division, Hearing Designation Order, "
 "'In re Applications of Lehigh Valley Community Broadcasters Board of Directors, Beacon Broadcasting Corporation, "
 "Northampton Community College, For Construction Permit for a New Noncommercial Educational FM Station' (MM Docket "
 "No. 93-37; FCC 93-154, 8 FCC Rcd 1643), US federal government work (public domain); text as the FCC's Mass Media "
 "Bureau documents collection page holds it, from the search tool's page store at " + U2,
 "FCC Mass Media Bureau documents collection page on transition.fcc.gov (search tool page store)",
 "The Hearing Designation Order by the Chief, Audio Services Division (MM Docket No. 93-37; the page's reporter line "
 "'[ 8 FCC Rcd 1643 ] ... FCC 93-154') on the mutually exclusive applications of Lehigh Valley Community "
 "Broadcasters Board of Directors (BPED-891019MF) and Beacon Broadcasting Corporation (BPED-900905ML), both of "
 "Allentown, Pennsylvania, for a new noncommercial educational FM station on 89.3 MHz, with Northampton Community "
 "College's dismissed application (BPED-900202MC, Bethlehem Township) and its petition for reconsideration, as "
 "fcc.gov's own server (transition.fcc.gov, the Mass Media Bureau's 'documents_collection' HTML page da93-154.html) "
 "holds it; an FCC order is a US federal work, public domain (batch 15f). Not a letter: the Division's order "
 "series on the same server as 53l's WBRX letter (a lead says so for the lead to judge). One rendering came back. "
 "`published` 1992-03-09 from the order's release line as written (**doubtful**: the reporter line (8 FCC Rcd, FCC "
 "93-154) and the docket (MM Docket No. 93-37) point to 1993, so '1992' in 'Adopted ... Released' may be the "
 "order's slip; kept as written, and the gold dates follow the text). Left out: the letterhead lines ('BEFORE THE', "
 "a stray ',', 'FEDERAL COMMUNICATIONS COMMISSION', 'WASHINGTON, D.C. 20554'); the reporter line '[ 8 FCC Rcd 1643 ] "
 "... FCC 93-154'; in the caption, the dot leaders, 'MM Docket No. 93-37', the three 'File No.' numbers and the "
 "'Req:' frequency, channel, power and height lines; the heading 'Hearing Designation Order' (in `title`); the "
 "sentence the excerpt breaks off inside ('Specifically, Northampton's petition (1) admitted ... and (3) "
 "requeste'). Kept: 'In re Applications of' on its own line; each applicant's name line(s), '(Hereafter ...)' line "
 "and place line joined in one run on its own line (Lehigh's name runs over two lines, 'Lehigh Valley Community "
 "Broadcasters' / 'Board of Directors'; Northampton's '(Previously Dismissed)' stands on its '(Hereafter' line); "
 "'For Construction Permit for a New Noncommercial Educational FM Station' (three lines joined); the date line "
 "(its dot leader dropped); 'By the Chief, Audio Services Division:'; paragraph 1 whole; paragraph 2 to its last "
 "full sentence; `truncated`. `title` is 'In re Applications of' with the three applicants' names, semicolons "
 "between, and the order's heading (52r's form). Whitespace only otherwise. Kept as written: '(60dBu)', '(54dBu)', "
 "'the Chief, FM Branch', '\u00a7 73.509', no comma after 'New Jersey'. In the lane (an Audio Services Division "
 "text of the 1990s naming broadcast applicants and a station; no ownership told -- a negative item for relations). "
 "One text per matter. Found with 'WSRM Audio Services Division 1997 letter Dear Counsel In re application' (rank "
 "8); the same order's FCC Record page on docslib.org (DA 93-154) came back to an earlier query and was not used "
 "(a third-party copy, columns interleaved). " + CHECK +
 "'Lehigh Valley Community', 'Beacon Broadcasting', 'Northampton Community', 'WDVR', 'BPED-891019MF', '93-154': in "
 "no corpus file, script, note or pool.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
