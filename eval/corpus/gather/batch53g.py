#!/usr/bin/env python3
"""Batch 53g (session 54, gatherer 53g): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC transaction lane of batches 15f, 43n-49f, 49j,
49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v, 52w, 52y, 52zc and 53a (50l and
52s null rounds), on three commercial radio matters of 1996, 2005 and 2013 no corpus file holds --
  - the Commission's Memorandum Opinion and Order FCC 95-449 (adopted 30 October 1995, released 18 March 1996; File
    No. BALH-950316GE) affirming the Audio Services Division's grant of the assignment of KSYN(FM), Joplin, Missouri,
    from William B. Neal to Big Mack Broadcasting, L.L.C. over West Group Broadcasting, Ltd.'s application for review
    (vdocuments.mx copy of the FCC Record page, OCR text; 53a's lead);
  - the Audio Division's letter DA 05-1710 of 24 June 2005 (reference 1800B3-NS; File Nos. BAL-20040628AAY and
    BAL-20040628AAX) denying a local radio ownership waiver and dismissing the applications to assign WGQR(FM) and
    WBLA(AM), Elizabethtown, North Carolina, from Sound Business of Elizabethtown, Inc. to WKML License Limited
    Partnership, a subsidiary of Beasley Broadcast Group (docslib.org copy);
  - the Audio Division's letter DA 13-512 released 20 March 2013 (reference 1800B3-PPD; File No. BTCH-20121109AAS)
    denying Great Radio, LLC's informal objection and granting the transfer of control of Pembrook Pines Mass Media
    N.A. Corp., licensee of WVIN-FM and WABH(AM), Bath, and WQRW(FM), Wellsville, New York, from Richard A. Foreman,
    Receiver, back to Robert J. Pfuntner (docs.fcc.gov text file).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the page chrome (vdocuments' title line
and page number '2'; docslib's title line, 'Total Page:16', 'File Type:pdf, Size:1020Kb'), the letterheads and the
FCC Record running head ('FCC 95-449 Federal Communications Commission Record 11 FCC Red No.7 3448 Before the Federal
Communications Commission Washington, D.C. 20554'), the DA numbers, the reference lines ('In Reply Refer to: ...'),
the addressee blocks and the salutations ('Dear Ms. Buckman:', 'Dear Counsel:'), as 53a left them out; the KSYN
order's caption ('In re Application of WILLIAM B. NEAL ... Joplin, Missouri'; its words kept as `title`) and
paragraph numbers ('1.', '2.'), as 51r left the KOLI order's; footnote markers the copies run into the text (KSYN's
OCR'd marker after '("West").' read as an apostrophe, and '2'-'5'; WGQR's '1'; WVIN's '1'); run-in footnote text
(WGQR's '1 47 C.F.R. § 73.3555(a).') and page numbers (WVIN's '2' run into '2Background.'); the run-in heading
'Background.' (the paragraph after it set apart by a blank line, as 53a). Each text is cut at the last full sentence
before the excerpt breaks off or turns to run-in footnote text: KSYN's before 'Because BMB was already the licensee of
KJKT(FM), Joplin, Missouri. a station whose principal' (the OCR runs the footnotes in there); WGQR's before the lone
'B' of 'Beasley then filed its Waiver Request' (the excerpt ends); WVIN's before 'Later, in August 2012, Foreman'.
Kept: KSYN's 'MEMORANDUM OPINION AND ORDER', 'Adopted: ...; Released: ...' and 'By the Commission:' lines (as 51r's
KOLI); WGQR's letter date 'June 24, 2005' (no 'Released:' line in the copy) and WVIN's 'Released:' line; the 'In re:'
lines of the two letters (their parts in one run), each on its own line, then the body's sentences. No word added or
changed (KSYN's OCR forms 'Di- vision', '"Petitioners\')', 'above-cap- tioned' kept as written). Per-item notes in
`notes`. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch53g.py [POOL_DIR] [--dry]   (default /tmp/gather54g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54g/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes/gather54 and the session-54 pools and sources /tmp/gather54*/ "
         "(54a-54f at the last check; none on these matters): ")
R = []

# ---- KSYN(FM) Joplin: William B. Neal -> Big Mack Broadcasting, West Group's review denied, FCC 95-449 (1996) -------
U1 = "https://vdocuments.mx/ksynfm-assignment-grant-the-record-reflects-however-tioned-assignment-grant.html"
R.append(federal(
 "us-fcc-william-b-neal-big-mack-broadcasting-ksyn-fm-joplin-assignment-west-group-review-order-1996",
 U1, "1996-03-18",
 "WILLIAM B. NEAL, Assignor, and BIG MACK BROADCASTING, L.L.C., Assignee; For Consent to Assignment of Station "
 "KSYN(FM), Joplin, Missouri",
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: October 30, 1995; Released: March 18, 1996\n\n"
 "By the Commission:\n\n"
 "The Commission has before it an application for review filed by West Group Broadcasting, Ltd. (\"West\"). of a "
 "June 27, 1995, action of the Chief, Audio Services Di- vision, Mass Media Bureau (\"Bureau Letter\"). The Bureau "
 "Letter denied a joint petition to deny filed by West and two other parties (the \"Petitioners'), and granted the "
 "above-captioned assignment of license for KSYN(FM), Joplin, Missouri, from William B. Neal (\"Neal\") to Big Mack "
 "Broadcasting, L.L.C. (\"BMB\"). Opposition, reply and various supplemental pleadings and replies have been "
 "submitted. As set forth below, we affirm the above-cap- tioned assignment grant.\n\n"
 "On March 16, 1995, BMB filed the above-captioned application to acquire the license of station KSYN(FM), Joplin, "
 "Missouri.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Memorandum Opinion and Order FCC 95-449, 'In re Application of William B. "
 "Neal, Assignor, and Big Mack Broadcasting, L.L.C., Assignee, For Consent to Assignment of Station KSYN(FM), "
 "Joplin, Missouri', File No. BALH-950316GE, adopted October 30, 1995, released March 18, 1996, 11 FCC Rcd 3448, US "
 "federal government work (public domain); text as vdocuments.mx's OCR copy of the FCC Record page holds it, from "
 "the search tool's page store at " + U1,
 "vdocuments.mx OCR copy of an FCC Record page (search tool page store)",
 "The Commission's Memorandum Opinion and Order FCC 95-449 (adopted 30 October 1995, released 18 March 1996; 11 FCC "
 "Rcd 3448; File No. BALH-950316GE) affirming the Chief, Audio Services Division's grant of 27 June 1995 of the "
 "assignment of KSYN(FM), Joplin, Missouri, from William B. Neal to Big Mack Broadcasting, L.L.C., over West Group "
 "Broadcasting, Ltd.'s application for review, as vdocuments.mx's OCR copy of the FCC Record page holds it (one run "
 "of text, footnote markers and, from paragraph 2 on, the footnotes' text run in); a Commission order is a US "
 "federal work, public domain (batch 15f). 53a's lead: two stored renderings (docslib 2683186, whose OCR interleaves "
 "the page's two columns, and this vdocuments copy, which reads in order); the vdocuments copy taken. Left out: "
 "vdocuments' title line ('ksyn(fm) assignment grant. the record reflects, however,...') and page number '2'; the "
 "running head 'FCC 95-449 Federal Communications Commission Record 11 FCC Red No.7 3448'; 'Before the Federal "
 "Communications Commission Washington, D.C. 20554'; the caption 'In re Application of WILLIAM B. NEAL File No. "
 "BALH-950316GE Assignor and BIG MACK BROADCASTING, L.L.C. Assignee For Consent to Assignment of Station KSYN(FM), "
 "Joplin, Missouri' (its words kept as `title`, the file number left out, as 51r's KOLI); the paragraph numbers '1.' "
 "and '2.'; the footnote markers: the apostrophe after '(\"West\").' (the OCR's reading of the superscript '1'; "
 "**doubtful** cut: a reader may keep it as a stray mark), '2' (after 'the \"Petitioners'),'), '3' (after "
 "'Joplin, Missouri,'), '4' (after '(\"BMB\").') and '5' (after 'submitted.'). Kept: 'MEMORANDUM OPINION AND "
 "ORDER', 'Adopted: October 30, 1995; Released: March 18, 1996' and 'By the Commission:' each on its own line (as "
 "51r's KOLI order); paragraph 1 whole (five sentences); paragraph 2's first sentence. Cut before 'Because BMB was "
 "already the licensee of KJKT(FM), Joplin, Missouri. a station whose principal' (the OCR runs footnotes 1-4 into "
 "that sentence: 'West is the licensee of Missouri stations KFSB(AM), Joplin, ...') and all after; `truncated`. "
 "Kept as written: the straight quotation marks; the OCR slips '(\"West\"). of a June 27, 1995, action' (the full "
 "stop where the page has a comma), 'Di- vision', '(the \"Petitioners'),' (a closing apostrophe for a quotation "
 "mark), 'above-cap- tioned' (the second time; the first 'above-captioned' is whole). Found with 'vdocuments KSYN "
 "Joplin Big Mack Broadcasting L.L.C. Memorandum Opinion and Order application for review' (rank 6; a first query "
 "'KSYN(FM) Joplin William B. Neal Big Mack Broadcasting assignment West Group Broadcasting' brought back only "
 "Joplin news pages). " + CHECK +
 "'KSYN', 'Big Mack', 'William B. Neal', '95-449', 'BALH-950316', 'KJKT', 'West Group Broadcasting': in no corpus "
 "file, script or pool; in GATHERING.md only on 53a's not-used and leads lines (this lead); 'West Group' only as "
 "another matter's words in one UK Parliament file.",
 True))

# ---- WGQR(FM), WBLA(AM) Elizabethtown: Sound Business -> WKML License LP (Beasley), waiver denied, DA 05-1710 -------
U2 = "https://docslib.org/doc/4723883/federal-communications-commission-washington-d-c-20554"
R.append(federal(
 "us-fcc-sound-business-of-elizabethtown-wkml-license-beasley-broadcast-wgqr-wbla-assignment-waiver-denied-letter-2005",
 U2, "2005-06-24",
 "WGQR(FM), Elizabethtown, NC; WBLA(AM), Elizabethtown, NC; Applications for Assignment of Licenses",
 "June 24, 2005\n\n"
 "In re: WGQR(FM), Elizabethtown, NC Facility ID No. 60881 File No. BAL-20040628AAY WBLA(AM), Elizabethtown, NC "
 "Facility ID No. 59467 File No. BAL-20040628AAX Applications for Assignment of Licenses\n\n"
 "We have before us the above-captioned applications for assignment of the licenses (the \u201cAssignment "
 "Applications\u201d) for stations WGQR(FM) and WBLA(AM), both licensed to Elizabethtown, North Carolina (the "
 "\u201cStations\u201d), from Sound Business of Elizabethtown, Inc. (\u201cSound Business\u201d) to WKML License "
 "Limited Partnership, a subsidiary of Beasley Broadcast Group (collectively, \u201cBeasley\u201d). On November 8, "
 "2004, Beasley amended its application to seek a waiver of the local radio ownership rule, Section 73.3555(a), with "
 "respect to WGQR(FM) (the \u201cWaiver Request\u201d), and further amended the application on April 15, 2005 to "
 "supplement that request (\u201cSupplement\u201d). For the reasons set forth below, we deny the Waiver Request, as "
 "supplemented, and dismiss the Assignment Applications.\n\n"
 "At the time they were filed, the Assignment Applications were subject to competition review in light of the fact "
 "that Beasley\u2019s six stations in the Metro (see infra p. 3) garner more than 50% of the advertising revenues. "
 "The Applications were placed on Public Notice as accepted for filing on September 20, 2004. Once new application "
 "forms reflecting the revised local radio ownership rule (discussed infra) had been approved by the Office of "
 "Management and Budget and released, the Commission required pending applications to be amended to show compliance "
 "with, or to request a waiver of, the new rule.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division letter DA 05-1710, 'In re: WGQR(FM), "
 "Elizabethtown, NC, Facility ID No. 60881, File No. BAL-20040628AAY; WBLA(AM), Elizabethtown, NC, Facility ID No. "
 "59467, File No. BAL-20040628AAX; Applications for Assignment of Licenses', reference 1800B3-NS, dated June 24, "
 "2005, US federal government work (public domain); text as docslib.org's copy of the FCC's letter holds it, from "
 "the search tool's page store at " + U2,
 "docslib.org copy of an FCC letter (search tool page store)",
 "The Audio Division's letter DA 05-1710 of 24 June 2005 (reference 1800B3-NS; File Nos. BAL-20040628AAY, "
 "BAL-20040628AAX) denying the waiver of the local radio ownership rule sought for WGQR(FM) and dismissing the "
 "applications to assign WGQR(FM) and WBLA(AM), Elizabethtown, North Carolina, from Sound Business of Elizabethtown, "
 "Inc. to WKML License Limited Partnership, a subsidiary of Beasley Broadcast Group, as docslib.org's copy of the "
 "FCC's letter holds it (one run of text, a footnote marker and its text run in); an FCC letter is a US federal "
 "work, public domain (batch 15f); 52p, 52y, 52zc and 53a took docslib copies. Two stored renderings came back for "
 "one query: this docslib copy (rank 2) and the FCC's text file "
 "(https://docs.fcc.gov/public/attachments/DA-05-1710A1.txt, rank 3, a Word conversion with spaces inside 'WGQR( "
 "FM)', '(\u201c Sound Business\u201d)', '73. 3555( a)'); the docslib copy taken (the same words without the "
 "conversion spaces). Left out: docslib's chrome ('Federal Communications Commission Washington, D.C. 20554 Total "
 "Page:16 File Type:pdf, Size:1020Kb'); the letterhead; 'DA 05-1710'; 'In Reply Refer to: 1800B3-NS'; the addressee "
 "block ('WKML License Limited Partnership c/o Sally A. Buckman, Esq. Leventhal Senter & Lerman, PLLC 2000 K Street, "
 "NW Suite 600 Washington, DC 20006-1809'); 'Dear Ms. Buckman:'; the footnote marker '1' (after 'Section "
 "73.3555(a),') and its run-in text '1 47 C.F.R. § 73.3555(a).'. The copy shows no 'Released:' line and no "
 "'Background.' heading: the letter's date 'June 24, 2005' kept as the first line (the only dating of the text); the "
 "sentences after the footnote text ('At the time they were filed, ...') set apart as a second paragraph (they are "
 "the body's, not a footnote's: the first paragraph carries no marker '2', and the FCC's text file runs on into "
 "'Beasley then filed its Waiver Request'). Kept: the date line and the 'In re:' line (its parts in one run), each "
 "on its own line; the first paragraph whole (three sentences); the second paragraph's three sentences. Cut before "
 "the lone 'B' where the excerpt ends; `truncated`. `title` is the 'In re:' line without its facility and file "
 "numbers, its parts joined with '; ' (as 52p, 52y, 52zc and 53a). Kept as written: the curly quotation marks and "
 "apostrophe, 'WKML License Limited Partnership, a subsidiary of Beasley Broadcast Group (collectively, "
 "\u201cBeasley\u201d)', 'Section 73.3555(a),', 'the Metro (see infra p. 3)', '50%'. Found with 'Audio Division "
 "letter assignment of license FM Arbitron Metro local radio ownership rule grant application' (ranks 2 and 3; "
 "53a's market-term lead). " + CHECK +
 "'WGQR', 'WBLA', 'Sound Business', 'WKML', '05-1710', 'Elizabethtown', 'BAL-20040628': in no corpus file, "
 "GATHERING.md line, script, note or pool; 'Beasley' in one corpus file and its batch 52k (a 1973 letter's 'Beasley' "
 "of WFMC, another matter).",
 True))

# ---- WVIN-FM, WABH(AM), WQRW(FM): Pembrook Pines, Foreman (Receiver) -> Pfuntner, Great Radio objection, DA 13-512 ---
U3 = "https://docs.fcc.gov/public/attachments/DA-13-512A1.txt"
R.append(federal(
 "us-fcc-pembrook-pines-mass-media-foreman-receiver-pfuntner-wvin-wabh-wqrw-transfer-control-great-radio-letter-2013",
 U3, "2013-03-20",
 "WVIN-FM, Bath, NY; WABH(AM), Bath, NY; WQRW(FM), Wellsville, NY; Richard A. Foreman, Receiver, as Transferor and "
 "Robert J. Pfuntner, as Transferee; Informal Objection",
 "Released: March 20, 2013\n\n"
 "In re: WVIN-FM, Bath, NY Facility ID No. 52121 WABH(AM), Bath, NY Facility ID No. 52119 WQRW(FM), Wellsville, NY "
 "Facility ID No.165995 Richard A. Foreman, Receiver, as Transferor and Robert J. Pfuntner, as Transferee File No. "
 "BTCH-20121109AAS Informal Objection\n\n"
 "We have before us an Informal Objection filed by Great Radio, LLC (\u201cGreat Radio\u201d) to the above-captioned "
 "application (\u201cApplication\u201d). The Application seeks consent for the transfer of control of Pembrook Pines "
 "Mass Media N.A. Corp. (\u201cPembrook Pines\u201d), licensee of stations WVIN-FM, WABH(AM), and WQRW(FM) "
 "(collectively, the \u201cStations\u201d), from Richard A. Foreman (\u201cForeman\u201d), Receiver to Robert J. "
 "Pfuntner (\u201cPfuntner\u201d). For the reasons discussed below, we deny Great Radio\u2019s Informal Objection "
 "and grant the Application.\n\n"
 "The Application essentially seeks to return transfer of control of Pembrook Pines and the Stations to Pfuntner, "
 "the sole stockholder of Pembrook Pines. In March 2012, in a lawsuit brought by a creditor against Pembrook Pines "
 "and Pfuntner, a Court Order required Pfuntner to transfer control of Pembrook Pines to Foreman, who was appointed "
 "as Receiver and directed to take control of and seek buyers for the Stations to satisfy the financial obligations "
 "of Pembrook Pines and Pfuntner. Accordingly, Foreman filed an application on FCC Form 316 for consent to the "
 "involuntary transfer of control of Pembrook Pines and the Stations from Pfuntner to Foreman. The Commission "
 "granted that application.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division letter DA 13-512, 'In re: WVIN-FM, Bath, NY, "
 "Facility ID No. 52121; WABH(AM), Bath, NY, ...; WQRW(FM), Wellsville, NY, ...; Richard A. Foreman, Receiver, as "
 "Transferor and Robert J. Pfuntner, as Transferee; File No. BTCH-20121109AAS; Informal Objection', reference "
 "1800B3-PPD, released March 20, 2013, US federal government work (public domain); text as the FCC's text file "
 "holds it, from the search tool's page store at " + U3,
 "FCC text file of a letter (search tool page store)",
 "The Audio Division's letter DA 13-512 released 20 March 2013 (reference 1800B3-PPD; File No. BTCH-20121109AAS) "
 "denying Great Radio, LLC's informal objection and granting the transfer of control of Pembrook Pines Mass Media "
 "N.A. Corp., licensee of WVIN-FM and WABH(AM), Bath, and WQRW(FM), Wellsville, New York, from Richard A. Foreman, "
 "Receiver, to Robert J. Pfuntner, as the FCC's own text file holds it (one run of text, a page number and a "
 "footnote marker run in); an FCC letter is a US federal work, public domain (batch 15f). Two stored renderings came "
 "back: the fcc.gov/document page (http://www.fcc.gov/document/great-radio-llc-informal-objection?contrast="
 "highContrast, line-wrapped, its excerpt ending inside the Background's fourth sentence) and this text file (the "
 "same words, its excerpt running one sentence further); the text file taken. Left out: the letterhead; the "
 "letter's date 'March 20, 2013' (the same day as the release line kept); 'DA 13-512'; 'In Reply Refer to: "
 "1800B3-PPD'; the addressee block (three counsel: 'Mark B. Denbo, Esq. Drinker Biddle & Reath LLP ... David G. "
 "O\u2019Neil, Esq. Rini Coran, P.C. ... Harry F. Cole, Esq. Fletcher, Heald & Hildreth, PLC ...'); 'Dear "
 "Counsel:'; the page number '2' run into '2Background.'; the run-in heading 'Background.' (the fcc.gov page sets it "
 "on its own line); the footnote marker '1' (after 'The Commission granted that application.'). Kept: 'Released: "
 "March 20, 2013' and the 'In re:' line (its parts in one run), each on its own line; the first paragraph whole "
 "(three sentences); the Background's first four sentences as a second paragraph. Cut before 'Later, in August "
 "2012, Foreman' (the excerpt breaks off there) and all after; `truncated`. `title` is the 'In re:' line without its "
 "facility and file numbers, its parts joined with '; '. Kept as written: the curly quotation marks and apostrophe, "
 "'Facility ID No.165995' (no space), 'from Richard A. Foreman (\u201cForeman\u201d), Receiver to Robert J. "
 "Pfuntner' (no comma after 'Receiver'), 'FCC Form 316'. One text per matter; an rbr.com trade story on the same "
 "matter came back too and was not taken (not a federal work). Found with 'letter Audio Division transfer of "
 "control radio licensee stock purchase informal objection denied Released 2010' (rank 4) and 'Pembrook Pines Mass "
 "Media Richard A. Foreman Receiver Robert J. Pfuntner transfer of control WVIN-FM Bath' (ranks 1 and 3). " + CHECK +
 "'WVIN', 'WABH', 'WQRW', 'Pembrook', 'Pfuntner', 'Great Radio', 'BTCH-20121109': in no corpus file, GATHERING.md "
 "line, script, note or pool; '13-512' only inside a debate page's address (a GUID) in one Hansard file and its batch 25d; 'Foreman' "
 "only as a job title in two WAPA outage files and GATHERING.md's batch 35j lines.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
