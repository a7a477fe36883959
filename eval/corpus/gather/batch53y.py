#!/usr/bin/env python3
"""Batch 53y (session 54, gatherer 53y): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC commercial-radio transaction lane of batches
15f, 43n-49f, 49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v, 52w, 52y, 52zc,
53a, 53g, 53o and 53s (50l and 52s null rounds), on two radio matters no corpus file holds --
  - the Commission's Memorandum Opinion and Order FCC 13-71 (adopted 13 May, released 14 May 2013) on Radio Palouse,
    Inc.'s application for review of the Media Bureau's 11 December 2007 grant of the assignment of KZZL-FM, Pullman,
    and KRAO-FM, KCLX(AM) and KMAX(AM), Colfax, Washington, from Palouse Country, Inc. to Inland Northwest
    Broadcasting, LLC (the FCC's own fcc.gov document page; found by the station names while querying 53s's
    Yakima/Tri-Cities lead DA 11-1320, whose excerpt stays caption only);
  - the Audio Services Division's letter of 27 June 1996 (reference 1800B3-BSH; File No. BTC-960201EB) on the
    application to transfer control of Skyline Broadcasters, Inc., licensee of KGEZ(AM), Kalispell, Montana, from C.M.
    Anzjon and M.A. Himsl to Charles Lee, Dallas I. Herron, Michael S. Stocklin and Stephen Breeze (informal objections
    denied; Skyline admonished for an unauthorized transfer of control) (the University of North Texas web archive's
    copy of the Division's decision page, the series 52r and 52u drew on).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: FCC 13-71's page chrome ('Skip
Navigation', 'Federal Communications Commission', 'English Display Options', 'Commission Document', 'Download
Options', the page's 'Released: May 14, 2013' line), its heading 'Commission Upholds Palouse Country Assignment to
Inland Northwest' (-> `title`, as 51zg's WHAT(AM)), 'Federal Communications Commission FCC 13-71', 'Before the Federal
Communications Commission Washington, D.C. 20554', the caption's ')' column, the paragraph number '1.' and the
footnote markers '1' and '2'; KGEZ's archive note ('Audio Services Division Decisions IMPORTANT NOTE: This document was
originally prepared in Word Perfect 5.1. ...'), its letterhead, 'IN REPLY REFER TO: 1800B3-BSH', the addressee block
('Skyline Broadcasters, Inc. c/o P.O. Box 918 Kalispell, MT 59903 And: The attached list (of Informal Objectors)')
and the salutation, as 52r and 52u left them out. Each text is cut at the last full sentence before the excerpt breaks
off: FCC 13-71 before 'In the Reconsideration Letter, the Bureau found tha'; KGEZ before 'With respect to the concern
regarding the proposed transferees' programming plans, plea'. Kept: FCC 13-71's caption 'In the Matter of ...' (its
parts in one run, as the letters' 'In re:' lines), then 'MEMORANDUM OPINION AND ORDER', the 'Adopted:' and 'Released:'
lines and 'By the Commission: ...', each on its own line, then paragraph 1; KGEZ's 'In re:' line (its three lines in
one run), then the first paragraph. Line wraps inside sentences joined with one space (a wrap after a hyphen,
'contour-' / 'overlap', joined with none); the UNT copy's double spaces after sentences made single (as 52u's WWDX);
no word added or changed. Per-item notes in `notes`. Written before any extractor ran on the texts (newskg was not run
on them).
usage: batch53y.py [POOL_DIR] [--dry]   (default /tmp/gather54y/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54y/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (54a-54z "
         "at the last check; none on these matters): ")
R = []

# ---- Palouse Country, Inc. -> Inland Northwest Broadcasting, LLC: KZZL-FM et al., Radio Palouse's AFR, FCC 13-71 -----
U1 = "http://www.fcc.gov/document/commission-upholds-palouse-country-assignment-inland-northwest"
R.append(federal(
 "us-fcc-palouse-country-inland-northwest-broadcasting-kzzl-fm-pullman-assignment-radio-palouse-review-order-2013",
 U1, "2013-05-14",
 "Commission Upholds Palouse Country Assignment to Inland Northwest",
 "In the Matter of Palouse Country, Inc., Assignor and Inland Northwest Broadcasting, LLC, Assignee Application for "
 "Assignment of License for: Station KZZL-FM, Pullman, Washington File No. BALH-20040806ABA Facility ID No. 26412 "
 "Station KRAO-FM, Colfax, Washington File No. BALH-20040806ABB Facility ID No. 15269 Station KCLX(AM), Colfax, "
 "Washington File No. BAL-20040806ABC Facility ID No. 15270 Station KMAX(AM), Colfax, Washington File No. "
 "BAL-20040806ABD Facility ID No. 13569\n\n"
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: May 13, 2013\n\n"
 "Released: May 14, 2013\n\n"
 "By the Commission: Commissioner McDowell not participating.\n\n"
 "The Commission has before it an Application for Review filed by Radio Palouse, Inc. (\u201cRPI\u201d). RPI seeks "
 "review of the December 11, 2007, action by the Media Bureau denying RPI\u2019s Petition for Reconsideration and "
 "granting the above-captioned applications (\u201cAssignment Applications\u201d) filed by Palouse Country, Inc. "
 "(\u201cPCI\u201d) for Commission consent to assign four radio stations to Inland Northwest Broadcasting, LLC "
 "(\u201cInland\u201d). In granting the Assignment Applications, Bureau staff used the contour-overlap analysis "
 "methodology to determine Inland\u2019s compliance with the local radio ownership rule, as is required whenever the "
 "stations at issue are located outside any Arbitron Metro radio market. In its Petition for Reconsideration, RPI "
 "argued that the Bureau should have used an alternative market definition devised by RPI for this particular local "
 "radio market, comprised of only those stations licensed to three specific local communities.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Memorandum Opinion and Order FCC 13-71, 'In the Matter of Palouse Country, "
 "Inc., Assignor and Inland Northwest Broadcasting, LLC, Assignee, Application for Assignment of License for Station "
 "KZZL-FM, Pullman, Washington ... Station KMAX(AM), Colfax, Washington', adopted May 13, 2013, released May 14, "
 "2013, US federal government work (public domain); text as the FCC's document page holds it, from the search "
 "tool's page store at " + U1,
 "fcc.gov document page of an FCC order (search tool page store)",
 "The Commission's Memorandum Opinion and Order FCC 13-71 (adopted 13 May, released 14 May 2013; Commissioner "
 "McDowell not participating) on the application for review filed by Radio Palouse, Inc. against the Media Bureau's "
 "11 December 2007 action that denied its petition for reconsideration and granted the applications of Palouse "
 "Country, Inc. to assign KZZL-FM, Pullman, and KRAO-FM, KCLX(AM) and KMAX(AM), Colfax, Washington, to Inland "
 "Northwest Broadcasting, LLC, as the FCC's own document page (fcc.gov, 'Commission Document') holds it, lines broken "
 "inside sentences; an FCC order is a US federal work, public domain (batch 15f). Two stored texts came back on the "
 "matter: this order and the Audio Division's first letter, DA 05-1314 of 9 May 2005 (a docslib.org copy naming the "
 "assignor only 'Country, Inc. (\u201cPCI\u201d)', a word lost in that copy); the Commission's order taken, the letter "
 "not (one text per matter; the order names the parties whole). Left out: 'Skip Navigation', 'Federal Communications "
 "Commission', 'English Display Options', 'Commission Document', the page heading 'Commission Upholds Palouse Country "
 "Assignment to Inland Northwest' (kept as `title`; **doubtful**: the title tells the outcome, 'Upholds', which the "
 "excerpt's text does not reach), 'Download Options' and the page's 'Released: May 14, 2013' line (the order's own "
 "'Released:' line kept); 'Federal Communications Commission FCC 13-71'; 'Before the Federal Communications "
 "Commission Washington, D.C. 20554'; the caption's ')' column (layout, no words); the paragraph number '1.'; the "
 "footnote markers '1' (after '(\u201cInland\u201d).') and '2' (after 'Arbitron Metro radio market.'). Kept: the "
 "caption 'In the Matter of ... Facility ID No. 13569' in one run (its lines joined with one space, its 'Assignor' "
 "and 'Assignee' without commas after them as written, the file and facility numbers as written, as 53s kept KTHO's "
 "'RE:' line whole), then 'MEMORANDUM OPINION AND ORDER', 'Adopted: May 13, 2013', 'Released: May 14, 2013' and 'By "
 "the Commission: Commissioner McDowell not participating.', each on its own line (as the page sets them and 51zg "
 "kept WHAT(AM)'s), then paragraph 1's first four sentences. Line wraps inside sentences ('Radio Palouse, Inc.' / "
 "'(\u201cRPI\u201d)', 'Petition' / 'for Reconsideration', 'Inland Northwest' / 'Broadcasting', 'market' / "
 "'definition', 'licensed' / 'to three') joined with one space; 'contour-' / 'overlap' joined with none (the hyphen "
 "ends the line: 'contour-overlap', one compound). Cut before 'In the Reconsideration Letter, the Bureau found tha' "
 "(the excerpt ends inside it) and all after; `truncated`. Kept as written: the curly quotation marks and "
 "apostrophes, 'KCLX(AM)', 'above-captioned', 'Arbitron Metro'. Found with 'KZZL-FM Pullman KRAO-FM Colfax Inland "
 "Northwest Broadcasting Radio Palouse petition to deny assignment' (rank 1; DA 05-1314 at rank 2, which first came "
 "back, rank 2, for 'KJOX KARY-FM Yakima Richland Pasco Kennewick assignment of licenses Audio Division letter 2011'). "
 + CHECK +
 "'Palouse', 'Inland Northwest', 'KZZL', 'KRAO', 'KCLX', 'KMAX', 'Colfax', 'Pullman', 'KQQQ', 'KHTR', "
 "'Moscow-Pullman', '13-71', '05-1314', 'BALH-20040806': in no corpus file, GATHERING.md line, script, note or pool.",
 True))

# ---- Skyline Broadcasters, Inc. / KGEZ(AM), Kalispell: transfer of control, informal objections denied, 1996 -------
U2 = ("https://webarchive.library.unt.edu/eot2008/20090508022648/http://www.fcc.gov/mb/audio/decdoc/letter/"
      "1996--06--27--kgez.html")
R.append(federal(
 "us-fcc-skyline-broadcasters-kgez-am-kalispell-transfer-of-control-informal-objections-admonished-letter-1996",
 U2, "1996-06-27",
 "KGEZ(AM), Kalispell, MT; Transfer of Control",
 "In re: KGEZ(AM), Kalispell, MT Transfer of Control BTC-960201EB\n\n"
 "This is in response to the informal objections filed against the above-captioned application to transfer control "
 "of Skyline Broadcasters, Inc. (\"Skyline\"), licensee of KGEZ(AM), from C.M. Anzjon and M.A. Himsl to Charles Lee, "
 "Dallas I. Herron, Michael S. Stocklin and Stephen Breeze. We have received numerous complaints which contend that "
 "grant of the application will leave listeners in the Flathead Valley without popular programming, particularly a "
 "program called \"Valley Speak.\" Additionally, many objectors contend that an unauthorized transfer of control of "
 "the licensee has occurred. As explained below, we shall deny the objections, and admonish Skyline for an "
 "unauthorized transfer of control, in violation of Section 310(d) of the Communications Act of 1934, as amended, and "
 "Section 73.3540 of the Commission's rules.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Mass Media Bureau, Audio Services Division letter, 'In re: KGEZ(AM), "
 "Kalispell, MT, Transfer of Control, BTC-960201EB', reference 1800B3-BSH, 27 June 1996 (the date the archived "
 "page's address gives), US federal government work (public domain); text as the University of North Texas web "
 "archive's copy of the Audio Services Division's decision page holds it, from the search tool's page store at " + U2,
 "UNT web archive copy of an FCC decision page (search tool page store)",
 "The Audio Services Division's letter (In reply refer to: 1800B3-BSH; File No. BTC-960201EB) on the application to "
 "transfer control of Skyline Broadcasters, Inc., licensee of KGEZ(AM), Kalispell, Montana, from C.M. Anzjon and M.A. "
 "Himsl to Charles Lee, Dallas I. Herron, Michael S. Stocklin and Stephen Breeze, denying the informal objections "
 "(listeners of the Flathead Valley, a programme called 'Valley Speak') and admonishing Skyline for an unauthorized "
 "transfer of control, as the University of North Texas web archive (eot2008 crawl) holds the Division's decision "
 "page (a plain-text rendering of a WordPerfect 5.1 letter: indents, line breaks, double spaces after sentences); an "
 "FCC letter is a US federal work, public domain (batch 15f). One rendering came back. `published` 1996-06-27 is the "
 "date in the page's address ('1996--06--27--kgez.html'; **doubtful**: the excerpt shows no date line -- the "
 "series' addresses carry the letters' dates, as 52r's '1996--12--16--kwsa' matched its 'December 16, 1996'); the "
 "text holds no date expression. Left out: 'Audio Services Division Decisions IMPORTANT NOTE:' and the archive's "
 "note on the WordPerfect original ('This document was originally prepared in Word Perfect 5.1. ... download the "
 "Word Perfect version.'); the letterhead 'FEDERAL COMMUNICATIONS COMMISSION WASHINGTON, DC 20554'; 'IN REPLY REFER "
 "TO: 1800B3-BSH'; the addressee block ('Skyline Broadcasters, Inc. c/o P.O. Box 918 Kalispell, MT 59903'; 'And: The "
 "attached list (of Informal Objectors)'); 'Dear Informal Objectors and Applicants:'. Kept: the 'In re:' line (its "
 "three lines joined in one run, as 52r), on its own line; the first paragraph whole (four sentences). Line wraps "
 "inside sentences joined with one space ('Skyline' / 'Broadcasters', 'Dallas I.' / 'Herron', 'grant of' / 'the "
 "application', 'called' / '\"Valley Speak.\"', 'has' / 'occurred', 'of' / 'control', 'the' / 'Commission's'); the "
 "double spaces after sentences and the trailing spaces made single or dropped (whitespace only, as 52u's WWDX). Cut "
 "before 'With respect to the concern regarding the proposed transferees' programming plans, plea' (the excerpt ends "
 "inside it) and all after; `truncated`. Kept as written: the straight quotation marks and apostrophe, 'KGEZ(AM)', "
 "'C.M. Anzjon' and 'M.A. Himsl' (initials without spaces), '\"Valley Speak.\"' with the full stop inside the marks. "
 "In the lane (a transfer of control of a commercial radio licensee; 53s's note set the 1990s WordPerfect letters "
 "aside as garbled -- this one's HTML rendering is clean). Found with 'We have before us application proposing to "
 "assign the license of station Montana radio from Inc. to LLC informal objection deny grant' (rank 2). " + CHECK +
 "'KGEZ', 'Skyline Broadcasters', 'Kalispell', 'Anzjon', 'Himsl', 'Stocklin', 'Dallas I. Herron', 'Flathead', "
 "'Valley Speak', 'BTC-960201EB', '1996--06--27': in no corpus file, GATHERING.md line, script, note or pool.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
