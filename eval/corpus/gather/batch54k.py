#!/usr/bin/env python3
"""Batch 54k (session 55, gatherer 54k): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC radio-transaction lane of batches 15f,
43n-49f, 49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v, 52w, 52y, 52zc, 53a,
53g, 53o, 53s, 53y, 53za, 53zd, 53zf and 54c (50l and 52s null rounds), on three radio matters no corpus file holds --
  - the Commission's Memorandum Opinion and Order FCC 02-62 (adopted 21 February, released 19 March 2002; File Nos.
    BAL/BALH-19990204EB-EC and BAL/BALH-20000728ACS-ACX) finding grantable the assignment of WMLF(AM) and WVRK(FM),
    Columbus, Georgia, WPNX(AM) and WGSY(FM), Phenix City, WAGH(FM), Ft. Mitchell, and WBFA(FM), Smiths, Alabama, from
    Cumulus Licensing Corp. to Clear Channel Broadcasting Licenses, Inc. (a docslib.org copy; the interim-policy
    orders of 2002, as 52k's KMJI);
  - the Commission's news release of 19 March 2002 on its Hearing Designation Order (FCC 02-53) for the assignment of
    WUMX(FM), Charlottesville, Virginia, from Air Virginia, Inc. to Clear Channel Radio Licenses, Inc. (the FCC's
    HTML page on transition.fcc.gov; no headline in the stored page, `title` null);
  - the Audio Division's letter DA 12-871 released 4 June 2012 (reference 1800B3-SS; File No. BAL-20120106AAD)
    dismissing the application for the involuntary assignment of WEGA(AM), Vega Baja, Puerto Rico, from A Radio
    Company, Inc. to Carmelo Santiago Roman (the fcc.gov/document page).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: docslib's title line, 'Total Page:16' and
'File Type:pdf, Size:1020Kb'; the order's head ('Federal Communications Commission FCC 02-62 Before the Federal
Communications Commission Washington, D.C. 20554 In the matter of') and its caption (kept as `title`, its ')' column,
'Assignor'/'Assignee' kept, file numbers dropped, the two parts joined with '; '); the paragraph number '1.'; the page
header 'Federal Communications Commission FCC 02-62' run into '(\u201cLocal Radio ... Ownership NPRM\u201d)'; the
footnote marker '1'; the news release's navigation lines, letterhead, standing disclaimer and media contacts (as 45c);
the letter's page chrome ('Skip Navigation' ... 'Download Options' and its 'Released:' line), letterhead, date line
'June 4, 2012' (the same day as the kept 'Released:' line, as 53zf and 54c), 'DA 12-871', 'In Reply Refer to:
1800B3-SS', the addressee block, 'Dear Counsel and Mr. Cruz Rivera:', the footnote markers '1' and '2', the heading
'Background' and the stray '.' left from its paragraph number. Each text is cut at the last full sentence before the
excerpt breaks off: FCC 02-62's before 'We also dismiss, pursuant to Cumulus\u2019 reques'; the release's before 'The
interim policy also sets forth certain factors'; DA 12-871's before 'To satisfy the judgment, in October 2011, the
Free Associated State of Puerto Rico' (the sentence runs into footnotes 1-2 and breaks off). Kept: FCC 02-62's
'MEMORANDUM OPINION AND ORDER', its adoption and release line and 'By the Commission: ...' line, each on its own line
(52k); the release's date line 'March 19, 2002' (45c); the letter's 'Released:' line and the 'In re:' line (its parts
in one run), each on its own line; then the body's sentences, the paragraph after a left-out heading set apart by a
blank line. Line wraps joined with one space. No word added or changed. Per-item notes in `notes`. The excerpts saved
by hand in /tmp/gather55k/src (cc.json, cc2.json, nr.json, wega.json, with address and query; save.py wrote them);
/tmp/gather55k/src/check.py shows each kept paragraph a run of its excerpt once the left-out parts are taken out.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch54k.py [POOL_DIR] [--dry]   (default /tmp/gather55k/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55k/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -aciF), every "
         "gather script, the notes under /work/notes/gather5* and the session-55 pools /tmp/gather55*/pool (55a-55l "
         "at the last check; none on these matters): ")
R = []

# ---- WMLF, WVRK, WPNX, WGSY, WAGH, WBFA: Cumulus Licensing Corp. -> Clear Channel Broadcasting Licenses, FCC 02-62 ----
U1 = ("https://docslib.org/doc/4555455/columbus-ga-wvrk-fm-columbus-ga-wgsy-fm-phenix-city-al-wpnx-am-phenix-city-al-"
      "wagh-fm-ft")
R.append(federal(
 "us-fcc-cumulus-licensing-clear-channel-broadcasting-licenses-wmlf-wvrk-columbus-phenix-city-assignments-order-2002",
 U1, "2002-03-19",
 "Solar Broadcasting Company, Inc. Assignor and Cumulus Licensing Corp. Assignee For Consent to Assignment of Licenses "
 "of WSTH-FM, Alexander City, AL and WDAK(AM), Columbus, GA; Cumulus Licensing Corp. Assignor and Clear Channel "
 "Broadcasting Licenses, Inc. Assignee For Consent to Assignment of Licenses of WMLF(AM), Columbus, GA, WVRK(FM), "
 "Columbus, GA, WGSY(FM), Phenix City, AL, WPNX(AM), Phenix City, AL, WAGH(FM), Ft. Mitchell, AL, and WBFA(FM), "
 "Smiths, AL",
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: February 21, 2002 Released: March 19, 2002\n\n"
 "By the Commission: Chairman Powell and Commissioners Abernathy and Martin issuing separate statements; "
 "Commissioner Copps dissenting and issuing a statement.\n\n"
 "In this order, we consider the above-captioned applications of Clear Channel Broadcasting Licenses, Inc. "
 "(\u201cClear Channel\u201d) to acquire the licenses of stations WMLF(AM) and WVRK(FM), Columbus, Georgia, WPNX(AM) "
 "and WGSY(FM), Phenix City, Alabama, WAGH(FM), Ft. Mitchell, Alabama, and WBFA(FM), Smiths, Alabama (the "
 "\u201cCumulus Stations\u201d) from Cumulus Licensing Corp. (\u201cCumulus\u201d) (\u201cClear Channel "
 "Application\u201d). Because these applications were pending when we adopted the Notice of Proposed Rulemaking in "
 "MM Docket No. 01-317 (\u201cLocal Radio Ownership NPRM\u201d), we resolve the competitive concerns raised by these "
 "applications pursuant to the interim policy adopted in that notice. After reviewing the record, we find that grant "
 "of these applications is consistent with the public interest.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, 'In the matter of Solar Broadcasting Company, Inc. Assignor and Cumulus "
 "Licensing Corp. Assignee ... WSTH-FM, Alexander City, AL and WDAK(AM), Columbus, GA; Cumulus Licensing Corp. "
 "Assignor and Clear Channel Broadcasting Licenses, Inc. Assignee For Consent to Assignment of Licenses of WMLF(AM), "
 "Columbus, GA, [and five other stations]', Memorandum Opinion and Order FCC 02-62, File Nos. "
 "BAL/BALH-19990204EB-EC and BAL/BALH-20000728ACS-ACX, adopted February 21, 2002, released March 19, 2002, US "
 "federal government work (public domain); text as docslib.org's copy of the FCC's document holds it, from the "
 "search tool's page store at " + U1,
 "docslib.org copy of an FCC order (search tool page store)",
 "The Commission's Memorandum Opinion and Order FCC 02-62 adopted 21 February and released 19 March 2002 "
 "(BAL/BALH-19990204EB-EC; BAL/BALH-20000728ACS-ACX) on the applications to assign the licences of WMLF(AM) and "
 "WVRK(FM), Columbus, Georgia, WPNX(AM) and WGSY(FM), Phenix City, WAGH(FM), Ft. Mitchell, and WBFA(FM), Smiths, "
 "Alabama, from Cumulus Licensing Corp. to Clear Channel Broadcasting Licenses, Inc. (and, in the caption and the "
 "sentence the cut falls before, Cumulus's applications to acquire WSTH-FM and WDAK(AM) from Solar Broadcasting "
 "Company, Inc., dismissed at Cumulus's request), as docslib.org's text extraction of the FCC's document holds it; "
 "an FCC order is a US federal work, public domain (batch 15f; 51j's and 52k's docslib copies). `published` is the "
 "release day (as 52k's KMJI; **doubtful**: a reader may take the adoption day). Two renderings came back: (a) "
 "docslib.org (this address); (b) the FCC's own text file https://docs.fcc.gov/public/attachments/FCC-02-62A1.txt, a "
 "Word conversion ('*Pages 1--37 from Microsoft Word - 15917*') with spaces inside words and marks ('WMLF( AM)', "
 "'(\u201c Clear Channel\u201d)', 'above- captioned', 'MM Docket No. 01- 317') and the page break run in as '1 Federal "
 "Communications Commission FCC 02- 62 2'. Compared (saved as cc.json and cc2.json): spaces and the page break "
 "aside, the two agree word for word in the kept part. Text from (a), which keeps no conversion spaces. Left out: "
 "docslib's title line (the caption's tail, 'Columbus, GA, WVRK(FM), ) ... WAGH(FM), Ft'), 'Total Page:16', 'File "
 "Type:pdf, Size:1020Kb'; the head 'Federal Communications Commission FCC 02-62 Before the Federal Communications "
 "Commission Washington, D.C. 20554 In the matter of'; the caption (kept as `title`: its ')' column dropped, "
 "'WSTH- ) FM' joined as 'WSTH-FM', the file numbers dropped, the two applications joined with '; '); the paragraph "
 "number '1.'; the page header 'Federal Communications Commission FCC 02-62' that the extraction runs into "
 "'(\u201cLocal Radio' / 'Ownership NPRM\u201d)' (taken out, the name joined with one space); the footnote marker "
 "'1' (after '... adopted in that notice.'). Kept: 'MEMORANDUM OPINION AND ORDER', the adoption and release line "
 "and the 'By the Commission: ...' line, each on its own line (52k), then paragraph 1's first three sentences. Cut "
 "before 'We also dismiss, pursuant to Cumulus\u2019 reques' (docslib's excerpt ends inside it; (b) runs on to '... "
 "applications of Cumulus to acquire the licenses of stati' and ends inside the same sentence); `truncated`. Kept as "
 "written: the curly quotation marks, 'Ft. Mitchell', 'MM Docket No. 01-317'. In the lane (an FCC order naming six "
 "stations, their assignor and the assignee licensee, and four Commissioners, 2002). One text per matter: the FCC's "
 "news release of the same day (transition.fcc.gov nrmm0204.html) names this order only in a link line; the "
 "Commission's order FCC 00-391 on Davis Broadcasting's stay petition (Cumulus's Midwest stations to Clear Channel) "
 "is another matter, not used. Found with 'near-monopoly radio advertising market competition petition to deny "
 "assignment FM station Audio Division denied concentration' (rank 8: rendering (b)) and 'Solar Broadcasting Cumulus "
 "Licensing Clear Channel Columbus Georgia WMLF WVRK WGSY WPNX assignment FCC 02-62' (rank 3: rendering (a)). "
 + CHECK + "'WMLF', 'WVRK', 'WPNX', 'WGSY', 'WBFA', 'WSTH', 'WDAK', 'Phenix City', 'Solar Broadcasting', 'Cumulus "
 "Stations', '02-62', '4555455': in no corpus file, GATHERING.md line, script, note or pool; 'WAGH' only inside "
 "other words (a surname) in two Oireachtas files; 'Cumulus Licensing Corp' and 'Clear Channel Broadcasting "
 "Licenses' in corpus files only for other stations and applications (KAYD-FM 51zd, KMJI(FM) 52k, WZNY 1998, KOLI "
 "2004, the Golden Triangle/WKOR Starkville, Mississippi 2004 order; Columbus there is Columbus, Mississippi).",
 True))

# ---- WUMX(FM), Charlottesville: Air Virginia -> Clear Channel Radio Licenses, designated for hearing, news release --
U2 = "https://transition.fcc.gov/Bureaus/Mass_Media/News_Releases/2002/nrmm0204.html"
R.append(federal(
 "us-fcc-air-virginia-clear-channel-radio-licenses-wumx-fm-charlottesville-hearing-designation-news-release-2002",
 U2, "2002-03-19", None,
 "March 19, 2002\n\n"
 "Washington, DC -- Today, the Federal Communications Commission (FCC) designated the application to assign radio "
 "station WUMX(FM), Charlottesville, Virginia from Air Virginia, Inc. to Clear Channel Radio Licenses, Inc. for "
 "hearing. The FCC found that the proposed transaction raised competitive concerns by reducing the number of "
 "effective competitors in the Charlottesville radio market from three to two. The FCC was unable to find sufficient "
 "public interest benefits on the record to outweigh the potential for competitive harm. Accordingly, the FCC was "
 "unable to find that the application served the public interest and, as required by Section 309(e) of the "
 "Communications Act, issued a Hearing Designation Order.\n\n"
 "This is the first media assignment case to be set for hearing on concentration issues since 1969. The FCC "
 "evaluated the application pursuant to the interim policy adopted on November 8, 2001 in the Local Radio Ownership "
 "NPRM, FCC 01-329, which established a framework for resolving a backlog of radio assignment and transfer "
 "applications.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission news release on the Hearing Designation Order for the assignment of "
 "WUMX(FM), Charlottesville, Virginia (no headline in the stored page), March 19, 2002, US federal government work "
 "(public domain); text as the FCC's HTML page (Bureaus/Mass_Media/News_Releases/2002/nrmm0204.html) holds it, "
 "from the search tool's page store at " + U2,
 "FCC news release, HTML page on transition.fcc.gov (search tool page store)",
 "The Commission's news release of 19 March 2002 on its Hearing Designation Order (FCC 02-53) for the application "
 "to assign WUMX(FM), Charlottesville, Virginia, from Air Virginia, Inc. to Clear Channel Radio Licenses, Inc., as "
 "the FCC's own HTML page nrmm0204.html holds it; an FCC news release is a US federal work, public domain (batch "
 "15f; 45c's Qwest release). One stored rendering came back (twice, for two queries). No headline in the stored "
 "page (`title` null, as 45zn's Mercy Health release of 1994). Left out: the page's navigation lines "
 "('This News Release: Text | Word97 | Acrobat', 'Statements: Powell | Abernathy | Copps | Martin', and the five "
 "order links 'FCC 02-53 CHARLOTTESVILLE, VA: ...', 'FCC 02-51 COLUMBUS-STARKVILLE, MS: ...', 'FCC 02-52 TRENTON, "
 "NJ: ...', 'FCC 02-55 LARAMIE, WY: ...', 'FCC 02-62 COLUMBUS, GA: ...'); the letterhead ('fcclogo NEWS', 'Federal "
 "Communications Commission', '445 12th Street, S.W.', 'Washington, D.C. 20554', 'News media information 202 / "
 "418-0500', 'TTY: 1-888-835-5322'); the standing disclaimer ('This is an unofficial announcement of Commission "
 "action. ... (D.C. Circ 1974).'); the media contacts between the date and the body ('Maureen Peratino at (202) "
 "418-0506', 'David Fiske at (202) 418-0513': names and telephone numbers, as 45c). Kept: the date line 'March 19, "
 "2002'; the body's two paragraphs as the page splits them, the dateline 'Washington, DC --' included. Cut before "
 "'The interim policy also sets forth certain factors that the FCC will consider in determining whether the "
 "ownership concentration level proposed by an application raises public int' (the excerpt ends inside it); "
 "`truncated`. Kept as written: 'Washington, DC --' (two hyphens), 'WUMX(FM)', 'Section 309(e)', 'FCC 01-329'. In "
 "the lane (the Commission's action on a radio licence assignment: assignor, assignee and station named). One text "
 "per matter: the order FCC 02-53 itself (docs.fcc.gov FCC-02-53A1.txt, a Word conversion) came back for a market "
 "query but its excerpt holds only the caption and paragraph 1, the release tells the same matter in news form and "
 "was taken instead; the Hook and cvillenews.com stories and a wiki mirror on WUMX (not open licences) not used. "
 "Found with 'Air Virginia Clear Channel Radio Licenses WUMX Charlottesville hearing designation order 2002' (rank "
 "1) and 'first media assignment case to be set for hearing on concentration issues since 1969 WUMX Charlottesville' "
 "(rank 1). " + CHECK + "'WUMX', 'Air Virginia', 'Clear Channel Radio Licenses', 'Charlottesville', 'nrmm0204', "
 "'02-53' (as an FCC number), '01-329': in no corpus file, GATHERING.md line, script, note or pool ('02-53' only "
 "inside other numbers in a National Park Service file and batch 35s's script).",
 True))

# ---- WEGA(AM), Vega Baja: A Radio Company, Inc. -> Carmelo Santiago Roman, involuntary assignment dismissed, DA 12-871 -
U3 = "http://www.fcc.gov/document/dismissed-assignment-application-wegaam-vega-baja-pr?contrast=highContrast"
R.append(federal(
 "us-fcc-a-radio-company-wega-am-vega-baja-involuntary-assignment-roman-dismissed-letter-2012",
 U3, "2012-06-04",
 "WEGA(AM), Vega Baja, Puerto Rico; Application for Assignment of License; Petition to Deny",
 "Released: June 4, 2012\n\n"
 "In re: WEGA(AM), Vega Baja, Puerto Rico Facility ID No. 69853 File No. BAL-20120106AAD Application for Assignment "
 "of License Petition to Deny\n\n"
 "We have before us the referenced application (the \u201cApplication\u201d) for Commission consent to the "
 "involuntary assignment of the license of Station WEGA(AM), Vega Baja, Puerto Rico (the \u201cStation\u201d), from "
 "A Radio Company, Inc. (\u201cA Radio\u201d) to Carmelo Santiago Roman (\u201cRoman\u201d), President and 100 per "
 "cent owner of VI/MAN Broadcasting System Corp. (\u201cVI/MAN\u201d). We also have before us a Petition to Deny the "
 "Application (the \u201cPetition\u201d), filed by A Radio on February 9, 2012. For the reasons stated below, we "
 "dismiss the Application as patently defective.\n\n"
 "The Application arises out of a Puerto Rico court-ordered judgment against the licensee, A Radio.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division letter DA 12-871, 'In re: WEGA(AM), Vega "
 "Baja, Puerto Rico, Facility ID No. 69853, File No. BAL-20120106AAD; Application for Assignment of License; "
 "Petition to Deny', reference 1800B3-SS, dated and released June 4, 2012, US federal government work (public "
 "domain); text as the FCC's web page 'Dismissed Assignment Application Of WEGA(AM), Vega Baja, PR' holds it, from "
 "the search tool's page store at " + U3,
 "fcc.gov/document page of an FCC letter (search tool page store)",
 "The Audio Division's letter DA 12-871 (dated and released 4 June 2012; reference 1800B3-SS; File No. "
 "BAL-20120106AAD) dismissing as patently defective the application for the involuntary assignment of the licence "
 "of WEGA(AM), Vega Baja, Puerto Rico, from A Radio Company, Inc. to Carmelo Santiago Roman, President and owner of "
 "VI/MAN Broadcasting System Corp., under a Puerto Rico court's judgment against the licensee, over A Radio's "
 "petition to deny, as the FCC's fcc.gov/document page holds it (the letter's text with its line wraps, footnote "
 "markers and footnote text); an FCC letter is a US federal work, public domain (batch 15f). One stored rendering "
 "came back (twice, for two queries). Left out: the page's chrome ('Skip Navigation', 'Federal Communications "
 "Commission', 'English Display Options', 'Commission Document', the page title 'Dismissed Assignment Application "
 "Of WEGA(AM), Vega Baja, PR', 'Download Options' and its 'Released: June 4, 2012'); the letterhead ('Federal "
 "Communications Commission', 'Washington, D.C. 20554'); the date line 'June 4, 2012' (the same day as the kept "
 "'Released:' line, as 53zf and 54c); 'DA 12-871'; 'In Reply Refer to:' '1800B3-SS'; the addressee block (Mr. "
 "Otoniel Cruz Rivera, Court-Appointed Bailee for A Radio Company, Inc.; A Radio Company, Inc. c/o Audrey P. "
 "Rasmussen, Esq., Hall, Estill, Hardwick, Gable, Golden & Nelson, P.C.; Mr. Carmelo Santiago Roman c/o Davina S. "
 "Sashkin, Esq., Fletcher, Heald & Hildreth, PLC; with their addresses); 'Dear Counsel and Mr. Cruz Rivera:'; the "
 "footnote markers '1' (after 'February 9, 2012.') and '2' (after 'patently defective.'); the heading 'Background' "
 "and the '.' after it at the start of the next paragraph (what is left of the paragraph's number; the paragraph set "
 "apart by a blank line); footnotes 1 and 2 ('1 Roman filed an Opposition to the Petition on February 23, 2012, to "
 "which A Radio replied on March 6, 2012.' '2 See 47 C.F.R. \u00a7 73.3566.'), which stand inside the sentence the "
 "cut falls before. Kept: the 'Released:' line and the 'In re:' line (its parts in one run), each on its own line; "
 "the first paragraph whole (three sentences); the Background's first sentence. Cut before 'To satisfy the "
 "judgment, in October 2011, the Free Associated State of Puerto Rico Court of First Instance Court of Bayamon (the "
 "\u201cCourt\u201d) issued an \u201cOrder\u201d and \u201cWrit of Attachment of' (footnotes 1-2 follow, then "
 "'Personal Property\u201d (\u201cOrder and Writ' and the excerpt ends); `truncated`. Line wraps joined with one "
 "space ('100 per' / 'cent owner' as '100 per cent owner'). `title` is the 'In re:' line without its facility and "
 "file numbers, its parts joined with '; ' (54c's form). Kept as written: the curly quotation marks, 'VI/MAN', '100 "
 "per cent', 'court-ordered'. In the lane (a radio licence assignment before the Audio Division, a territory "
 "station: 54c's lead). Found with 'assignment of license radio station Guam petition to deny Audio Division "
 "letter' (rank 4) and 'Puerto Rico AM station transfer of control application granted Media Bureau letter "
 "Mayaguez Ponce' (rank 5). " + CHECK + "'WEGA' (as a station), 'Vega Baja', 'A Radio Company', 'VI/MAN', "
 "'Carmelo Santiago', 'Otoniel', '12-871', 'BAL-20120106': in no corpus file, GATHERING.md line, script, note or "
 "pool ('Wega' only as a Sony television brand in a dev file, batch 38v; 'A Radio Company' in GATHERING.md only "
 "inside 'a radio company buying a rival').",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
