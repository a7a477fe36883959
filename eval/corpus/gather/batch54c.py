#!/usr/bin/env python3
"""Batch 54c (session 55, gatherer 54c): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC commercial-radio transaction lane of batches
15f, 43n-49f, 49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v, 52w, 52y, 52zc,
53a, 53g, 53o, 53s, 53y, 53za, 53zd and 53zf (50l and 52s null rounds), on two radio matters no corpus file holds --
  - the Audio Division's letter DA 05-1318 of 9 May 2005 (reference 1800B3-BSH; File Nos. BAL-20040601BHA,
    BALH-20040601BHB, BAL-20040601BNJ) denying Cross Country Communications, LLC's petition to deny and granting the
    assignments of WKSN(AM) and WHUG(FM), Jamestown, New York, from Vox Allegany, LLC, and of WQFX-FM, Russell,
    Pennsylvania, from Southbridge Radio Corporation, to Media One Group II, LLC (the FCC's text file on docs.fcc.gov);
  - the Audio Division's letter DA 13-458 released 19 March 2013 (reference 1800B3-CEG; File No. BALH-20090206ACE)
    denying RAAD Broadcasting Corporation's petition for reconsideration of the grant of the assignment of WTOK-FM,
    San Juan, Puerto Rico, from MSG Radio, Inc. to WIAC-FM, Inc., with the earlier assignment from Luis A. Mejia to MSG
    (the fcc.gov/document page).
Texts are the search tool's page-store excerpts (corpus `pages`). DA 05-1318 is a Word conversion whose spaces inside
words and marks are kept as written ('WKSN( AM)', 'WQFX- FM', '(\u201c Vox\u201d)', 'near- monopoly'; 53o's and 53s's
call). Left out: the conversion header '*Pages 1--3 from Microsoft Word - 48467.doc*', the letterheads, 'DA 05- 1318',
'DA 13-458', the reference lines ('In Reply Refer to: ...'), the addressee blocks and 'Dear Counsel:' (as 53o and
53zf); the fcc.gov/document page's chrome ('Skip Navigation' ... 'Download Options', its title line and its first
'Released:' line) and DA 13-458's date line 'March 19, 2013' (the same day as the kept 'Released:' line, as 53zf);
footnote markers run into the text (WKSN's '1'; WTOK's '1', '2', '3', '4'); run-in footnote text and page numbers
(WKSN's '1 Media One filed an Opposition on July 26, 2004, and Cross filed a Reply on August 27, 2004.' and the page
number '1' after it); WTOK's headings 'I. Background' and 'Prior station transaction.'. Each text is cut at the last
full sentence before the excerpt breaks off: WKSN's before 'Cross claims that the proposed transaction requires a
higher level of'; WTOK's before 'Specifically, the petitioners provided purported copies of: (1) an asset purchase
agreement dated August' (footnotes 1 and 2 follow, then the excerpt ends). Kept: WKSN's letter date 'May 9, 2005' (no
'Released:' line in the text file, as 53o's KSTR), WTOK's 'Released:' line, the 'Re:'/'In re:' lines (their parts in
one run), each on its own line, then the body's sentences; the paragraph after a left-out page number or heading set
apart by a blank line. Line wraps joined with one space, except 'WIAC-' + 'FM, Inc.' (a wrap after the name's own
hyphen) joined with none. No word added or changed. Per-item notes in `notes`. The excerpts saved by hand in
/tmp/gather55c/src (wksn.json, wtok.json, with address and query; save.py wrote them); /tmp/gather55c/src/check.py
shows each kept paragraph a run of its excerpt once the left-out parts are taken out. Written before any extractor ran
on the texts (newskg was not run on them).
usage: batch54c.py [POOL_DIR] [--dry]   (default /tmp/gather55c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55c/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -aciF), every "
         "gather script, the notes under /work/notes/gather5* and the session-55 pools /tmp/gather55*/pool (55a-55f "
         "at the last check; none on these matters): ")
R = []

# ---- WKSN(AM), WHUG(FM) Jamestown, WQFX-FM Russell: Vox Allegany / Southbridge -> Media One Group II, DA 05-1318 ------
U1 = "https://docs.fcc.gov/public/attachments/DA-05-1318A1.txt"
R.append(federal(
 "us-fcc-vox-allegany-southbridge-radio-media-one-group-wksn-whug-wqfx-assignments-cross-country-petition-letter-2005",
 U1, "2005-05-09",
 "WKSN( AM), Jamestown, NY; WHUG( FM), Jamestown, NY; WQFX- FM, Russell, PA; Applications for Assignment of Licenses",
 "May 9, 2005\n\n"
 "Re: WKSN( AM), Jamestown, NY Facility ID No. 65592 File No. BAL- 20040601BHA WHUG( FM), Jamestown, NY Facility ID "
 "No. 65591 File No. BALH- 20040601BHB WQFX- FM, Russell, PA Facility ID No. 39622 File No. BAL- 20040601BNJ "
 "Applications for Assignment of Licenses\n\n"
 "We have before us the above- captioned applications (the \u201cAssignment Applications\u201d) proposing to: (1) "
 "assign the licenses of stations WKSN( AM) and WHUG( FM), Jamestown, New York, from Vox Allegany, LLC (\u201c "
 "Vox\u201d) to Media One Group II, LLC (\u201c Media One\u201d); and (2) assign the license of station WQFX- FM, "
 "Russell, Pennsylvania, from Southbridge Radio Corporation (\u201c Southbridge\u201d) to Media One. On July 6, "
 "2004, Cross Country Communications, LLC (\u201c Cross\u201d), licensee of station WKZA( FM), Lakewood, New York, "
 "filed a Petition to Deny the Assignment Applications. For the reasons stated below, we are denying the Petition to "
 "Deny and granting the Assignment Applications.\n\n"
 "Cross argues that grant of the Assignment Applications would be contrary to the public interest by harming "
 "competition. Media One is currently the licensee of two stations in Jamestown, WJTN and WWSE( FM). If allowed to "
 "purchase the three stations in question, Cross contends, Media One will assume a near- monopoly position as the "
 "predominant seller of radio advertising in the market.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division letter DA 05-1318, 'Re: WKSN(AM), Jamestown, "
 "NY, File No. BAL-20040601BHA; WHUG(FM), Jamestown, NY, File No. BALH-20040601BHB; WQFX-FM, Russell, PA, File No. "
 "BAL-20040601BNJ; Applications for Assignment of Licenses', reference 1800B3-BSH, May 9, 2005, US federal "
 "government work (public domain); text as the FCC's text file holds it, from the search tool's page store at " + U1,
 "FCC text file of a letter (search tool page store)",
 "The Audio Division's letter DA 05-1318 of 9 May 2005 (reference 1800B3-BSH; File Nos. BAL-20040601BHA, "
 "BALH-20040601BHB, BAL-20040601BNJ) on the applications to assign WKSN(AM) and WHUG(FM), Jamestown, New York, from "
 "Vox Allegany, LLC, and WQFX-FM, Russell, Pennsylvania, from Southbridge Radio Corporation, to Media One Group II, "
 "LLC, over the petition to deny of Cross Country Communications, LLC, licensee of WKZA(FM), Lakewood, New York "
 "(petition denied, applications granted), as the FCC's own text file holds it (a Word conversion: one run of text, "
 "spaces inside words and marks, a footnote's text and a page number run in); an FCC letter is a US federal work, "
 "public domain (batch 15f). One stored rendering came back (no docslib or fcc.gov/document copy for a second query "
 "naming the stations and parties). Left out: '*Pages 1--3 from Microsoft Word - 48467.doc*'; the letterhead "
 "'Federal Communications Commission Washington, D. C. 20554'; 'DA 05- 1318'; 'In Reply Refer to: 1800B3- BSH'; the "
 "addressee block (Media One Group II, LLC c/ o David D. Oxenford, Esq., Shaw Pittman, LLP; Vox Allegany, LLC c/ o "
 "David G. O\u2019Neil, Esq., Rini Coran, P. C.; Cross Country Communications, LLC c/ o Donald E. Martin, Esq.; with "
 "their addresses); 'Dear Counsel:'; the footnote marker '1' (after 'filed a Petition to Deny the Assignment "
 "Applications.'); footnote 1's run-in text '1 Media One filed an Opposition on July 26, 2004, and Cross filed a "
 "Reply on August 27, 2004.' and the page number '1' after it (the sentence after them set apart as a second "
 "paragraph, as 53o). Kept: the letter's date 'May 9, 2005' (no 'Released:' line in the file, as 53o's KSTR) and the "
 "'Re:' line (its parts in one run), each on its own line; the first paragraph whole (three sentences); the next "
 "paragraph's first three sentences. Cut before 'Cross claims that the proposed transaction requires a higher level "
 "of' (the excerpt ends inside it); `truncated`. `title` is the 'Re:' line without its facility and file numbers, "
 "its parts joined with '; ' (53o's form, the conversion's spaces kept). Kept as written: the conversion's spaces "
 "('above- captioned', 'WKSN( AM)', 'WHUG( FM)', 'WQFX- FM', 'WKZA( FM)', 'WWSE( FM)', '(\u201c Vox\u201d)', "
 "'(\u201c Media One\u201d)', '(\u201c Southbridge\u201d)', '(\u201c Cross\u201d)', 'BAL- 20040601BHA', 'near- "
 "monopoly'), the curly quotation marks, 'WJTN' without a band suffix. Found with 'assignment of license would "
 "violate local radio ownership rule Arbitron Metro contour overlap petition to deny FM station acquisition 2005 "
 "Audio Division letter' (rank 7). " + CHECK +
 "'WKSN', 'WHUG', 'WQFX', 'WKZA', 'WJTN', 'WWSE', 'Vox Allegany', 'Media One Group', 'Southbridge Radio', 'Cross "
 "Country Communications', '05-1318', 'BAL-20040601', 'Jamestown, NY': in no corpus file, GATHERING.md line, "
 "script, note or pool.",
 True))

# ---- WTOK-FM San Juan: MSG Radio -> WIAC-FM, Inc.; RAAD's petition for reconsideration denied, DA 13-458 (2013) ----
U2 = "http://www.fcc.gov/document/petition-reconsideration-raad-broadcasting-corporation-denied?fontsize="
R.append(federal(
 "us-fcc-msg-radio-wiac-fm-inc-wtok-fm-san-juan-assignment-raad-reconsideration-denied-letter-2013",
 U2, "2013-03-19",
 "WTOK-FM, San Juan, Puerto Rico; Petition for Reconsideration",
 "Released: March 19, 2013\n\n"
 "In re: WTOK-FM, San Juan, Puerto Rico Facility ID No. 4936 File No. BALH-20090206ACE Petition for "
 "Reconsideration\n\n"
 "We have before us a Petition for Reconsideration (\u201cPetition\u201d) filed by RAAD Broadcasting Corporation "
 "(\u201cRAAD\u201d) on July 18, 2012, seeking reconsideration of the grant of application for the assignment of "
 "WTOK-FM, San Juan, Puerto Rico (the \u201cStation\u201d), from MSG Radio, Inc. (\u201cMSG\u201d) to WIAC-FM, Inc. "
 "(\u201cWFI\u201d), and related pleadings. For the reasons stated below, we deny the Petition.\n\n"
 "On August 20, 2007, Luis A. Mejia (\u201cMejia\u201d) filed an application seeking consent to assign the "
 "Station\u2019s license to MSG (the \u201cMejia Application\u201d). The Mejia Application included a copy of an "
 "asset purchase agreement for the sale of the Station license, callsign, and other intangibles to MSG. In September "
 "2007, the Commission received two petitions to deny the Mejia Application, alleging that Mejia and MSG had failed "
 "to file documents germane to the transaction.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division letter DA 13-458, 'In re: WTOK-FM, San Juan, "
 "Puerto Rico, Facility ID No. 4936, File No. BALH-20090206ACE; Petition for Reconsideration', reference 1800B3-CEG, "
 "dated and released March 19, 2013, US federal government work (public domain); text as the FCC's web page "
 "'Petition for Reconsideration of RAAD Broadcasting Corporation denied.' holds it, from the search tool's page "
 "store at " + U2,
 "fcc.gov/document page of an FCC letter (search tool page store)",
 "The Audio Division's letter DA 13-458 (dated and released 19 March 2013; reference 1800B3-CEG; File No. "
 "BALH-20090206ACE) denying RAAD Broadcasting Corporation's petition for reconsideration (filed 18 July 2012) of the "
 "grant of the assignment of WTOK-FM, San Juan, Puerto Rico, from MSG Radio, Inc. to WIAC-FM, Inc., with the "
 "background of the 2007 application of Luis A. Mejia to assign the station to MSG, as the FCC's fcc.gov/document "
 "page holds it (the letter's text with its line wraps, footnote markers and footnote text); an FCC letter is a US "
 "federal work, public domain (batch 15f). One stored rendering came back. Left out: the page's chrome ('Skip "
 "Navigation', 'Federal Communications Commission', 'English Display Options', 'Commission Document', the page "
 "title 'Petition for Reconsideration of RAAD Broadcasting Corporation denied.', 'Download Options' and its "
 "'Released: March 19, 2013'); the letterhead; the date line 'March 19, 2013' (the same day as the kept "
 "'Released:' line, as 53zf); 'DA 13-458'; 'In Reply Refer to: 1800B3-CEG'; the addressee block (Christopher D. "
 "Imlay, Esq., Booth, Freret, Imlay & Tepper, P.C.; Anthony T. Lepore, Esq.; Lewis J. Paper, Esq., Pillsbury "
 "Winthrop Shaw Pittman LLP; with their addresses); 'Dear Counsel:'; the footnote markers '1' (after "
 "'(\u201cRAAD\u201d)'), '2' (after '(\u201cWFI\u201d),'), '3' (after 'related pleadings.') and '4' (after 'the "
 "\u201cMejia Application\u201d).'); the headings 'I. Background' and 'Prior station transaction.' (the paragraph "
 "after them set apart by a blank line); footnote 1's text ('1 RAAD is the licensee of station WXYX(FM), Bayamon, "
 "Puerto Rico, and the parent corporation of the licensees of stations WXLX(FM), Lajas, Puerto Rico, and WELX(FM), "
 "Isabela, Puerto Rico.') and footnote 2's start, which follow the cut. Kept: the 'Released:' line and the 'In re:' "
 "line (its parts in one run), each on its own line; the first paragraph whole (two sentences); the Background's "
 "first three sentences. Cut before 'Specifically, the petitioners provided purported copies of: (1) an asset "
 "purchase agreement dated August' (the letter's text breaks off there); `truncated`. Line wraps joined with one "
 "space, 'WIAC-' / 'FM, Inc.' with none (the wrap falls after the name's own hyphen). `title` is the 'In re:' line "
 "without its facility and file numbers, its parts joined with '; '. Kept as written: the curly quotation marks and "
 "apostrophe; 'callsign'; '(\u201cWFI\u201d)'. Found with 'Spanish-language radio station sale FCC approves "
 "assignment over objection of competitor letter Peter Doyle Chief Audio Division' (rank 5). " + CHECK +
 "'WTOK', 'RAAD', 'MSG Radio', 'WIAC-FM', 'Luis A. Mejia', 'WXYX', '13-458', 'BALH-20090206': in no corpus file, "
 "GATHERING.md line, script, note or pool.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
