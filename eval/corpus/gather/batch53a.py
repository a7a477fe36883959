#!/usr/bin/env python3
"""Batch 53a (session 54, gatherer 53a): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC transaction lane of batches 15f, 43n-49f, 49j,
49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v, 52w, 52y and 52zc (50l and 52s null
rounds), on three commercial radio assignments of 2009, 2013 and 2015 no corpus file holds --
  - the Audio Division's letter DA 09-540 released 3 March 2009 (reference 1800B3-KV; File Nos. BALH-20070327AEK and
    BALH-20070406ADD) granting the assignment of WPAL-FM, Ridgeville, South Carolina, from Charles W. Cherry, Receiver
    for Gresham Communications, Inc., to Caswell Capital Partners, LLC over Gresham's petitions (docs.fcc.gov text);
  - the Audio Division's letter DA 13-3 released 2 January 2013 (reference 1800B3-CEG; File Nos. BALH-20120509AER,
    BALH-20120509AES, BALH-20120709AFX) denying ADX Communications' petitions to deny and granting the assignments of
    WMEZ(FM), Pensacola, and WXBM-FM, Milton, Florida, from 6 Johnson Road Licenses, Inc., and of WABD(FM), Mobile,
    Alabama, from Educational Media Foundation, to Cumulus Licensing LLC (docslib.org copy);
  - the Audio Division's letter DA 15-384 released 27 March 2015 (reference 1800B3-TH; File No. BALH-20140825ABD)
    dismissing the application to assign KCRR(FM), Grundy Center, KKHQ-FM, Oelwein, and KOEL-FM, Cedar Falls, Iowa,
    from The Cedar Rapids Divestiture Trust to Townsquare Media Waterloo License, LLC (docslib.org copy).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: docslib's page chrome (its title line,
'Total Page:16', 'File Type:pdf, Size:1020Kb'), the letterheads ('Federal Communications Commission Washington, D.C.
20554'), the letters' dates (the same days as the release lines kept), the DA numbers, the reference lines ('In Reply
Refer to: ...'), the addressee blocks (counsel and parties' addresses) and the salutations ('Dear Counsel:',
'Gentleman:'), as 52zc left them out; footnote markers the copies run into the text; run-in footnote text and page
numbers (KCRR's '1 47 C.F.R. §§ 1.3, 73.3566(a).' and the reporter page '2738'); the run-in heading 'Background.'
(the paragraph after it set apart by a blank line, as 52zc's WLNI). Each text is cut at the last full sentence before
the excerpt breaks off: WMEZ's before 'On May 7, 2012, the Commission granted a modification applica'; KCRR's before
'During this period, Townsquare consummated transactions ... to acquire 71 stations in 15 markets'; WPAL's before
'Specifically, in August 2006, ... the South Carolina Court of Common'. Kept: the 'Released:' line and the 'In re:'
line (its parts in one run, as 52p, 52v, 52w, 52y and 52zc), each on its own line, then the body's sentences. No word
added or changed (the copies' conversion spaces 'WXMB- FM' and 'BALH- 20070406ADD' and KCRR's 'Released:March' kept
as written). Per-item notes in `notes`. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch53a.py [POOL_DIR] [--dry]   (default /tmp/gather54a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54a/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-54 pools and sources /tmp/gather54*/ (54b-54e "
         "at the last check; none on these matters): ")
R = []

# ---- WPAL-FM Ridgeville: Receiver for Gresham Communications -> Caswell Capital Partners, DA 09-540 (2009) ----------
U1 = "https://docs.fcc.gov/public/attachments/DA-09-540A1.txt"
R.append(federal(
 "us-fcc-gresham-communications-receiver-caswell-capital-partners-wpal-fm-ridgeville-assignment-letter-2009",
 U1, "2009-03-03",
 "WPAL-FM, Ridgeville, SC; Applications for Assignment of License",
 "Released: March 3, 2009\n\n"
 "In re: WPAL-FM, Ridgeville, SC Facility ID No. 25374 File Nos. BALH-20070327AEK and BALH- 20070406ADD "
 "Applications for Assignment of License\n\n"
 "We have before us an application (the \u201cApplication\u201d) for Commission consent to the assignment of the "
 "license of Station WPAL-FM, Ridgeville, South Carolina, (the \u201cStation\u201d) from Charles W. Cherry, Receiver "
 "for Gresham Communications, Inc. (\u201cReceiver\u201d), to Caswell Capital Partners, LLC (\u201cCaswell\u201d). "
 "Previously, the staff granted an assignment application from Gresham Communications, Inc. (\u201cGresham\u201d) to "
 "the Receiver. We also have before us a Petition to Deny the Application and a petition for reconsideration of the "
 "grant of the Involuntary Assignment Application (collectively, the \u201cPetitions\u201d), both filed by Gresham. "
 "For the reasons stated below, we grant in part and deny in part the Petitions, and grant the Application.\n\n"
 "The Assignment Applications arise out of a South Carolina court-ordered sale to satisfy a judgment against the "
 "former licensee, Gresham.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division letter DA 09-540, 'In re: WPAL-FM, "
 "Ridgeville, SC, Facility ID No. 25374, File Nos. BALH-20070327AEK and BALH-20070406ADD; Applications for "
 "Assignment of License', reference 1800B3-KV, released March 3, 2009, US federal government work (public domain); "
 "text as the FCC's text file holds it, from the search tool's page store at " + U1,
 "FCC text file of a letter (search tool page store)",
 "The Audio Division's letter DA 09-540 released 3 March 2009 (reference 1800B3-KV; File Nos. BALH-20070327AEK, the "
 "involuntary assignment to the receiver, and BALH-20070406ADD, the assignment to Caswell) granting in part and "
 "denying in part Gresham Communications, Inc.'s petitions and granting the assignment of WPAL-FM, Ridgeville, South "
 "Carolina, from Charles W. Cherry, Receiver for Gresham Communications, Inc., to Caswell Capital Partners, LLC, as "
 "the FCC's own text file holds it (one run of text, footnote markers and footnotes run in); an FCC letter is a US "
 "federal work, public domain (batch 15f). The only rendering of the letter that came back (no docslib copy under "
 "two queries); its words are clean but for one conversion space in the file number 'BALH- 20070406ADD' (kept as "
 "written in the 'In re:' line). Left out: the letterhead; the letter's date 'March 3, 2009' (the same day as the "
 "release line kept); 'DA 09-540'; 'In Reply Refer to: 1800B3-KV'; the addressee block ('Charles W. Cherry, II "
 "Receiver for Gresham Communications, Inc. 5200 SW 18th Street Plantation, FL 33317 Caswell Capital Partners, LLC "
 "c/o Erwin G. Krasnow, Esquire ... Gresham Communications, Inc. c/o Dan J. Alpert, Esquire ...'); 'Gentleman:'; the "
 "footnote markers '1' (after '(\u201cCaswell\u201d).'), '2' (after 'to the Receiver.'), '3' (after 'both filed by "
 "Gresham.') and '4' (after 'the former licensee, Gresham.'); the run-in heading 'Background.' (its paragraph set "
 "apart by a blank line). Kept: 'Released: March 3, 2009' and the 'In re:' line (its parts in one run), each on its "
 "own line; the first paragraph whole (four sentences); the Background's first sentence as a second paragraph. Cut "
 "before 'Specifically, in August 2006, after purchasing the debt that was the subject of the judgment, Caswell "
 "petitioned the South Carolina Court of Common' (the excerpt breaks off inside it), the footnotes' text run in "
 "after it ('1 File No. BALH-20070406ADD. 2 File No. BALH-20070327AEK ... 3 Collectively, ...') and all after; "
 "`truncated`. `title` is the 'In re:' line without its facility and file numbers, its parts joined with '; ' (as "
 "52p, 52y and 52zc). Kept as written: the curly quotation marks, 'Station WPAL-FM, Ridgeville, South Carolina, (the "
 "\u201cStation\u201d)' (its comma before the parenthesis), 'Charles W. Cherry, Receiver for Gresham Communications, "
 "Inc.' (the body's form; the addressee block's 'Charles W. Cherry, II' left out with the block). One text per "
 "matter; the Commission's review order FCC 11-127 (2011) and the FCC's appellate brief in Gresham v. FCC (2012) on "
 "the same matter came back too and were not taken. Found with 'assignment of licenses radio stations from "
 "debtor-in-possession to LLC informal objection deny grant letter 1800B3 Released 2009' (rank 6) and 'WPAL-FM "
 "Ridgeville Receiver for Gresham Communications Caswell Capital Partners assignment of license' (rank 2). " + CHECK +
 "'WPAL', 'Caswell', 'Charles W. Cherry', '09-540': in no corpus file, GATHERING.md line, script, note or pool; "
 "'Gresham' only as other matters' words (a Hansard 'Mr. Gresham Cooke').",
 True))

# ---- WMEZ(FM), WXBM-FM, WABD(FM): 6 Johnson Road / EMF -> Cumulus Licensing, ADX petitions, DA 13-3 (2013) ----------
U2 = "https://docslib.org/doc/2974851/january-2-2013"
R.append(federal(
 "us-fcc-6-johnson-road-educational-media-foundation-cumulus-licensing-wmez-wxbm-wabd-assignments-adx-petitions-letter-2013",
 U2, "2013-01-02",
 "WMEZ(FM), Pensacola, Florida; WXBM-FM, Milton, Florida; WABD(FM), Mobile, Alabama; Applications for Assignment of "
 "Licenses; Petitions to Deny",
 "Released: January 2, 2013\n\n"
 "In re: WMEZ(FM), Pensacola, Florida Facility ID No. 73256 File No. BALH-20120509AER WXBM-FM, Milton, Florida "
 "Facility ID No. 32946 File No. BALH-20120509AES WABD(FM), Mobile, Alabama Facility ID No. 70657 File No. "
 "BALH-20120709AFX Applications for Assignment of Licenses Petitions to Deny\n\n"
 "We have before us the above-referenced applications (the \u201cApplications\u201d) seeking approval for: (1) the "
 "proposed assignment of the licenses for stations WMEZ(FM), Pensacola, Florida, and WXMB- FM, Milton, Florida "
 "(\u201cPensacola Stations\u201d), from 6 Johnson Road Licenses, Inc. (\u201c6 Johnson Road\u201d) to Cumulus "
 "Licensing LLC (\u201cCumulus\u201d) (\u201cPensacola Applications\u201d); and (2) the proposed assignment of the "
 "license for station WABD(FM) (formerly WLVM(FM)), Mobile, Alabama, from Educational Media Foundation "
 "(\u201cEMF\u201d) to Cumulus (\u201cMobile Application\u201d). Also before us is a Petition to Deny the Pensacola "
 "Applications (\u201cPensacola Petition\u201d) filed on June 13, 2012, by ADX Communications of Escambia and ADX "
 "Communications of Pensacola (collectively, \u201cADX\u201d) and related pleadings. Also before us is a Petition to "
 "Deny the Mobile Application (\u201cMobile Petition\u201d) (collectively, the \u201cPetitions\u201d) filed by ADX on "
 "June 13, 2012, and related pleadings. For the reasons set forth below, we deny the Petitions and grant the "
 "Applications.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division letter DA 13-3, 'In re: WMEZ(FM), Pensacola, "
 "Florida, Facility ID No. 73256, File No. BALH-20120509AER; WXBM-FM, Milton, Florida, ...; WABD(FM), Mobile, "
 "Alabama, ...; Applications for Assignment of Licenses; Petitions to Deny', reference 1800B3-CEG, released January "
 "2, 2013, US federal government work (public domain); text as docslib.org's copy of the FCC's letter holds it, from "
 "the search tool's page store at " + U2,
 "docslib.org copy of an FCC letter (search tool page store)",
 "The Audio Division's letter DA 13-3 released 2 January 2013 (reference 1800B3-CEG; File Nos. BALH-20120509AER, "
 "BALH-20120509AES, BALH-20120709AFX) denying the petitions to deny of ADX Communications of Escambia and ADX "
 "Communications of Pensacola and granting the assignments of WMEZ(FM), Pensacola, and WXBM-FM, Milton, Florida, "
 "from 6 Johnson Road Licenses, Inc., and of WABD(FM), Mobile, Alabama, from Educational Media Foundation, to Cumulus "
 "Licensing LLC, as docslib.org's copy of the FCC's letter holds it (one run of text, footnote markers run in); an "
 "FCC letter is a US federal work, public domain (batch 15f); 52p, 52y and 52zc took docslib copies. Two stored "
 "renderings came back for one query: the FCC's own text file (https://docs.fcc.gov/public/attachments/DA-13-3A1.txt, "
 "rank 1, a page number '2' run into 'the 2Pensacola Applications') and this docslib copy (rank 6, the same words "
 "without the page number); the docslib copy taken. Left out: docslib's chrome ('January 2, 2013 Total Page:16 File "
 "Type:pdf, Size:1020Kb'); the letterhead; the letter's date 'January 2, 2013' (the same day as the release line "
 "kept); 'DA 13-3'; 'In Reply Refer to: 1800B3-CEG'; the addressee block (four counsel: 'Dan J. Alpert, Esq. ... "
 "David D. Oxenford, Esq. Wilkinson Barker Knauer, LLP ...'); 'Dear Counsel:'; the footnote markers '1' (after the "
 "first 'and related pleadings.') and '2' (after the second); the run-in heading 'Background.'. Kept: 'Released: "
 "January 2, 2013' and the 'In re:' line (its parts in one run), each on its own line; the first paragraph whole "
 "(four sentences). Cut before 'On May 7, 2012, the Commission granted a modification applica' (the excerpt breaks "
 "off inside the Background's first sentence) and all after; `truncated`. `title` is the 'In re:' line without its "
 "facility and file numbers, its parts joined with '; ' (as 52p, 52y and 52zc). Kept as written: the curly "
 "quotation marks; the body's 'WXMB- FM' (the letter's own transposition of the caption's 'WXBM-FM', with the copy's "
 "conversion space after the hyphen; both renderings have it); '(formerly WLVM(FM))'; '6 Johnson Road Licenses, "
 "Inc.'; 'Cumulus Licensing LLC' (no comma). One text per matter; the Commission's review order FCC 14-82 (2014, "
 "fcc.gov/document rendering) on the same matter came back too and was not taken. Found with 'letter Audio Division "
 "grant assignment FM station Arbitron Metro local radio ownership rule contour overlap petition to deny Cumulus "
 "Licensing LLC' (ranks 1 and 6). " + CHECK +
 "'WMEZ', 'WXBM', 'WXMB', 'WABD', 'WLVM', '6 Johnson Road', 'Educational Media Foundation', 'ADX Communications', "
 "'BALH-20120509AER': in no corpus file, GATHERING.md line, script, note or pool; 'DA 13-3' only as the prefix of "
 "another order's number (DA 13-384, a television matter); Cumulus in seven corpus files, all other matters "
 "(KAYD-FM, KOLI, WZNY, WOKQ, Citadel, the 2011 DOJ divestiture).",
 True))

# ---- KCRR(FM), KKHQ-FM, KOEL-FM: Cedar Rapids Divestiture Trust -> Townsquare, dismissed, DA 15-384 (2015) ----------
U3 = "https://docslib.org/doc/8110531/federal-communications-commission-washington-d-c-20554-da"
R.append(federal(
 "us-fcc-cedar-rapids-divestiture-trust-townsquare-media-kcrr-kkhq-koel-iowa-assignment-dismissed-letter-2015",
 U3, "2015-03-27",
 "KCRR(FM), Grundy Center, IA; KKHQ-FM, Oelwein, IA; KOEL-FM, Cedar Falls, IA; Application for Consent to "
 "Assignment of Licenses",
 "Released:March 27, 2015\n\n"
 "In re: KCRR(FM), Grundy Center, IA Facility ID No. 25471 KKHQ-FM, Oelwein, IA Facility ID No. 28472 KOEL-FM, "
 "Cedar Falls, IA Facility ID No. 66780 File No. BALH-20140825ABD Application for Consent to Assignment of "
 "Licenses\n\n"
 "We have before us the referenced application (\u201cAssignment Application\u201d) seeking approval for a proposed "
 "assignment of licenses for radio stations KCRR(FM), Grundy Center, IA, KKHQ-FM, Oelwein, IA, and KOEL-FM, Cedar "
 "Falls, IA (the \u201cStations\u201d) from The Cedar Rapids Divestiture Trust, Allen L. Blum, Trustee "
 "(\u201cLicensee\u201d) to Townsquare Media Waterloo License, LLC (\u201cTownsquare\u201d). For the reasons stated "
 "below, we dismiss the Assignment Application as inadvertently accepted for filing, pursuant to Sections 1.3 and "
 "73.3566(a) of the Commission\u2019s Rules (the \u201cRules\u201d).\n\n"
 "From 1970 through the first half of 2012, Arbitron rated the Waterloo-Cedar Falls market as a separate radio "
 "market and the Stations were in that market. Townsquare states that in 2012, the sole Arbitron subscriber in the "
 "market (Bahakel Communications) did not renew its Arbitron subscription and Arbitron then stopped treating the "
 "Waterloo-Cedar Falls market as a separate market. From the Fall 2012 ratings period until the Spring 2014 ratings "
 "period, Arbitron classified the Stations as \u201chome\u201d to the Cedar Rapids radio market.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division letter DA 15-384, 'In re: KCRR(FM), Grundy "
 "Center, IA, Facility ID No. 25471; KKHQ-FM, Oelwein, IA, ...; KOEL-FM, Cedar Falls, IA, ...; File No. "
 "BALH-20140825ABD; Application for Consent to Assignment of Licenses', reference 1800B3-TH, released March 27, "
 "2015, US federal government work (public domain); text as docslib.org's copy of the FCC's letter holds it, from the "
 "search tool's page store at " + U3,
 "docslib.org copy of an FCC letter (search tool page store)",
 "The Audio Division's letter DA 15-384 released 27 March 2015 (reference 1800B3-TH; File No. BALH-20140825ABD) "
 "dismissing, as inadvertently accepted for filing, the application to assign the licences of KCRR(FM), Grundy "
 "Center, KKHQ-FM, Oelwein, and KOEL-FM, Cedar Falls, Iowa, from The Cedar Rapids Divestiture Trust, Allen L. Blum, "
 "Trustee, to Townsquare Media Waterloo License, LLC, as docslib.org's copy of the FCC's letter holds it (one run of "
 "text, footnotes and a page number run in); an FCC letter is a US federal work, public domain (batch 15f). Two "
 "stored renderings came back (the FCC's text file https://docs.fcc.gov/public/attachments/DA-15-384A1.txt and this "
 "docslib copy, the same words); the docslib copy taken, as 52zc. Left out: docslib's chrome ('Federal "
 "Communications Commission Washington, D.C. 20554 DA Total Page:16 File Type:pdf, Size:1020Kb'); the letterhead; "
 "the letter's date 'March 27, 2015' (the same day as the release line kept); 'DA 15-384'; 'In Reply Refer To: "
 "1800B3-TH'; the addressee block (two counsel: 'Howard M. Liberman, Esq. Drinker Biddle & Reath LLP ... Richard A. "
 "Helmick, Esq. Cohn and Marks LLP ...'); 'Dear Counsel:'; the footnote marker '1' (after 'the \u201cRules\u201d).') "
 "and its run-in text '1 47 C.F.R. §§ 1.3, 73.3566(a).'; the reporter page number '2738' run in before the heading; "
 "the run-in heading 'Background.' (its paragraph set apart by a blank line); the footnote marker '2' (after 'as a "
 "separate market.'). Kept: 'Released:March 27, 2015' (as written, no space after the colon) and the 'In re:' line "
 "(its parts in one run), each on its own line; the first paragraph whole (two sentences); the Background's first "
 "three sentences as a second paragraph. Cut before 'During this period, Townsquare consummated transactions with "
 "Cumulus Media, Inc. and Peak II Holding, LLC to acquire 71 stations in 15 markets' (the excerpt breaks off inside "
 "it) and all after; `truncated`. `title` is the 'In re:' line without its facility and file numbers, its parts "
 "joined with '; ' (as 52p, 52y and 52zc). Kept as written: the curly quotation marks and apostrophe, 'The Cedar "
 "Rapids Divestiture Trust, Allen L. Blum, Trustee', 'Townsquare Media Waterloo License, LLC', '73.3566(a)', "
 "'\u201chome\u201d'. One text per matter. Found with 'letter Audio Division grant assignment FM station Arbitron "
 "Metro local radio ownership rule contour overlap petition to deny Cumulus Licensing LLC' (ranks 3 and 5). " + CHECK +
 "'KCRR', 'KKHQ', 'KOEL', 'Cedar Rapids Divestiture', 'Allen L. Blum', 'Townsquare Media Waterloo', 'Bahakel', "
 "'15-384', 'BALH-20140825ABD': in no corpus file, GATHERING.md line, script, note or pool; 'Townsquare' only on "
 "one GATHERING.md not-used line (Townsquare Media of El Paso/Regent DA 13-1651, another matter); Arbitron in one "
 "corpus file (52zc's WLNI letter, its market bracket), another matter.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
