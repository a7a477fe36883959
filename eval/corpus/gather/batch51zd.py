#!/usr/bin/env python3
"""Batch 51zd (session 52, gatherer 51zd): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a forty-sixth round in the FCC transaction lane of batches 15f, 43n-49f,
49j, 49m, 50c, 50f, 50i, 51e, 51j and 51r (50l a null round), on three broadcast-licence matters of 1967, 1969 and
2002 no corpus file holds --
  - the Commission's decision of 14 June 1967 (8 F.C.C.2d 548) granting the assignment of the licence of KTRK-TV,
    Houston, from Houston Consolidated Television Co. to Capital Cities Broadcasting Corp., and of WPRO-TV,
    Providence, from Capital Cities Broadcasting Corp. to Providence Television, Inc., with the heading and opening of
    Commissioner Nicholas Johnson's dissenting statement (nicholasjohnson.org's copy of the FCC Reports text);
  - the Commission's order FCC 69-356 of 9 April 1969 (17 F.C.C.2d 404) on the transfer of control of Mooney
    Broadcasting Corp., parent of Mooney-WMAK, Inc., licensee of WMAK, Nashville (nicholasjohnson.org's copy);
  - the Commission's Hearing Designation Order FCC 02-236 (adopted 15 August, released 5 September 2002) on the
    application to assign the licence of KAYD-FM, Silsbee, Texas, from Hilco Communications, Inc. to Cumulus Licensing
    Corp. (a docslib.org copy).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the pages' own lines (nicholasjohnson.org's
'Back to Index'; docslib's repeated 'Federal Communications Commission FCC 02-236' line), letterheads ('Before the
Federal Communications Commission Washington, D.C. 20554', 'FEDERAL COMMUNICATIONS COMMISSION'), captions (kept as
`title`), file, docket, reporter and release-number lines ('8 F.C.C.2d 548 (1967); ...', 'RELEASE-NUMBER: FCC
69-356'), the copy's field labels ('ACTION:' with its 'ORDER'), page markers ('[*548]', '[*404]'), paragraph numbers,
footnote markers and the footnotes' text; each text is cut at the last full sentence before the excerpt breaks off.
Kept: the decision's adoption line ('June 14, 1967 Adopted', 'April 9, 1969 Adopted') or the order's name and
adoption/release line, the 'The Commission, by ...' / 'BY THE COMMISSION: ...' / 'By the Commission:' line, each on
its own line, then the body's sentences (and in the 1967 text the dissent's upper-case heading on its own line), the
pages' blank and space-only lines and double spaces joined (whitespace only). No word added or changed. Per-item notes
in `notes`. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51zd.py [POOL_DIR] [--dry]   (default /tmp/gather52zd/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52zd/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-52 pools /tmp/gather52*/pool (52a-52zf at the "
         "last check, none on these matters): ")
R = []

# ---- KTRK-TV: Houston Consolidated -> Capital Cities; WPRO-TV: Capital Cities -> Providence Television, 1967 -------
U1 = "https://nicholasjohnson.org/FCCOps/1967/8F2-548.html"
R.append(federal(
 "us-fcc-houston-consolidated-capital-cities-ktrk-tv-providence-television-poole-wpro-tv-assignments-1967",
 U1, "1967-06-14",
 "HOUSTON CONSOLIDATED TELEVISION CO., HOUSTON, TEX. (ASSIGNOR) AND CAPITAL CITIES BROADCASTING CORP., PROVIDENCE, "
 "R.I. (ASSIGNEE); CAPITAL CITIES BROADCASTING CORP., PROVIDENCE, R.I. (ASSIGNOR) AND PROVIDENCE TELEVISION, INC., "
 "PROVIDENCE, R.I. (ASSIGNEE) For Assignment of Licenses",
 "June 14, 1967 Adopted\n\n"
 "The Commission, by Commissioners Hyde, Bartley, Lee, Cox, Loevenger, and Johnson, with Commissioner Bartley "
 "dissenting, Commissioner Johnson dissenting and issuing a statement, and Commissioner Wadsworth absent.\n\n"
 "Granted assignment of the license of VHF television station KTRK-TV (channel 13), Houston, Tex., and auxiliaries "
 "KC-5514, KD-6245, KH-8670, KKV-39, and KST-34 from Houston Consolidated Television Co. to Capital Cities "
 "Broadcasting Corp.\n\n"
 "Also granted was the application for assignment of the license of VHF television station WPRO-TV (channel 12), "
 "Providence, R.I., from Capital Cities Broadcasting Corp. to Providence Television, Inc.\n\n"
 "DISSENTING STATEMENT OF COMMISSIONER NICHOLAS JOHNSON REGARDING THE TRANSFER OF TELEVISION STATION KTRK-TV "
 "(HOUSTON, TEX.) FROM HOUSTON CONSOLIDATED TELEVISION CO. TO CAPITAL CITIES BROADCASTING CORP.; AND THE TRANSFER OF "
 "WPRO-TV (PROVIDENCE, R.I.) FROM CAPITAL CITIES BROADCASTING CORP. TO PROVIDENCE TELEVISION, INC. (A SUBSIDIARY OF "
 "POOLE BROADCASTING CO.)\n\n"
 "This case constitutes Commission approval of a multiple station owner's acquisition of a fourth station in one of "
 "the top 50 markets -- albeit an exchange of one such station for another.\n\n"
 "The Commission's action is, thus, in apparent conflict with its proposed Top Fifty Markets Policy, 30 F.R. 8166, 5 "
 "P&F Radio Reg. 2d 571 (1965).",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, 'In re Applications of Houston Consolidated Television Co., Houston, Tex. "
 "(Assignor) and Capital Cities Broadcasting Corp., Providence, R.I. (Assignee); Capital Cities Broadcasting Corp., "
 "Providence, R.I. (Assignor) and Providence Television, Inc., Providence, R.I. (Assignee) For Assignment of "
 "Licenses', 8 F.C.C.2d 548 (1967), adopted June 14, 1967 (Files Nos. BALCT-321, BALCT-322 et al.), with the "
 "dissenting statement of Commissioner Nicholas Johnson, US federal government work (public domain); text as "
 "nicholasjohnson.org's copy of the FCC Reports text holds it, from the search tool's page store at " + U1,
 "nicholasjohnson.org copy of an FCC decision (search tool page store)",
 "The Commission's decision adopted 14 June 1967 (8 F.C.C.2d 548) granting the assignment of the licence of VHF "
 "station KTRK-TV, Houston, Tex., from Houston Consolidated Television Co. to Capital Cities Broadcasting Corp. and of "
 "WPRO-TV, Providence, R.I., from Capital Cities Broadcasting Corp. to Providence Television, Inc., with the heading "
 "and first two paragraphs of Commissioner Nicholas Johnson's dissenting statement, as the copy on nicholasjohnson.org "
 "(the site of Commissioner Johnson; its 'FCCOps' pages reproduce FCC Reports texts; 51r's lead) holds it; an FCC "
 "decision and a Commissioner's statement are US federal works, public domain (batch 15f; 51r's 11 F.C.C.2d 246). "
 "Two stored renderings of the page came back: one with line breaks inside sentences, which lacks the dissent's "
 "heading; the one without them taken. Left out: the site's 'Back to Index'; the caption ('In re Applications of "
 "HOUSTON CONSOLIDATED TELEVISION CO., ... For Assignment of Licenses', kept as `title` with 'In re Applications of' "
 "dropped, capitals kept); the file lines ('Files Nos. BALCT-321, BALTP-207, BALTS-214, BALQ-37; Files Nos. "
 "BALCT-322,' / 'BALRE-1531, BALTP-206, BALQ-36'); 'FEDERAL COMMUNICATIONS COMMISSION'; the reporter line '8 F.C.C.2d "
 "548 (1967); 10 Rad. Reg. 2d (P & F) 205'; the page marker '[*548]'. Kept: the date line 'June 14, 1967 Adopted' on "
 "its own line; the Commissioners' line; the two grant sentences; the dissent's upper-case heading (on its own line); "
 "its first paragraph and the first sentence of its second; the page's blank and space-only lines and the double "
 "space after '[*548]' joined (whitespace only). Cut after '... 5 P&F Radio Reg. 2d 571 (1965).', before the sentence "
 "the excerpt breaks off inside ('That policy would prohibit a single owner controlling more than a total of two VHF "
 "and o'), and all after it; `truncated`. Kept as written: 'Loevenger' (the page's spelling of Commissioner Lee "
 "Loevinger's name, beside 51r's 'Loevinger'), 'KTRK-TV (channel 13)', 'Houston, Tex.', 'Providence, R.I.', the "
 "auxiliaries' call signs, the double hyphen '--', '30 F.R. 8166, 5 P&F Radio Reg. 2d 571 (1965)', 'top 50 markets'. "
 "In the lane (an FCC decision naming each station, its assignor and assignee, the assignee's parent and seven "
 "Commissioners, 1967). One text per matter. Found with 'FCC Reports 1969 application for transfer of control "
 "television station Commissioner Johnson dissenting statement conglomerate' (rank 4, this rendering) and 'Houston "
 "Consolidated Television Co. Capital Cities Broadcasting Corp. KTRK-TV WPRO-TV Providence Television assignment of "
 "licenses' (ranks 1 and 2: the two renderings). " + CHECK +
 "'Houston Consolidated', 'KTRK', 'Capital Cities Broadcasting', 'Poole Broadcasting', 'Providence Television', "
 "'Top Fifty', 'Loevenger', 'BALCT-321', '8 F.C.C.2d', '8F2-548', 'Houston, Tex.', 'Providence, R.I.': in no corpus "
 "file, GATHERING.md line, script or pool; 'WPRO' (case-sensitive) in no corpus file; 'Capital Cities' in four corpus "
 "files on other matters (dev's Walt Disney/Capital Cities/ABC KCAL-TV sale 1996, two DOJ weekly summaries and a "
 "Wikinews item) and batch 46i's notes; 'Poole' only as a person's surname in a test Wikinews file (another matter); "
 "'FCCOps' only in 51r's WAST (TV) item (another matter).",
 True))

# ---- Mooney Broadcasting Corp. / Mooney-WMAK, Inc. / WMAK, Nashville, FCC 69-356, 1969 ---------------------------
U2 = "https://www.nicholasjohnson.org/FCCOps/1969/17F2-404.htm"
R.append(federal(
 "us-fcc-mooney-broadcasting-parent-mooney-wmak-wmak-nashville-transfer-of-control-order-1969",
 U2, "1969-04-09",
 "GEORGE P. MOONEY, ROBERT E. CRENSHAW, ET AL. (TRANSFERORS) AND GEORGE P. MOONEY, ROBERT E. CRENSHAW, ET AL. "
 "(TRANSFEREES) For Transfer of Control of Mooney Broadcasting Corp., Sole Stockholder of Mooney-WMAK, Inc. Licensee "
 "of Station WMAK, Nashville, Tenn.",
 "April 9, 1969 Adopted\n\n"
 "BY THE COMMISSION: COMMISSIONER BARTLEY DISSENTING AND ISSUING A STATEMENT IN WHICH COMMISSIONER JOHNSON JOINS. "
 "COMMISSIONER COX ABSTAINING FROM VOTING.\n\n"
 "We have before us the aforementioned application.\n\n"
 "Mooney Broadcasting Corp., the parent corporation of Mooney-WMAK, Inc., licensee of station WMAK, Nashville, Tenn. "
 "acquired control of the licensee on October 19, 1967, and filed the above application on November 6, 1968. "
 "Therefore, the above described transfer of control application comes within the purview of section 1.597 of the "
 "Commission's rules (3-year rule). Except for the provisions of that section of the rules, the transferee is fully "
 "qualified to be an owner of a licensee.\n\n"
 "The transfer of control application heretofore mentioned results from the sale of Mooney Broadcasting Corp. stock "
 "to the public in order to acquire additional funds for station operation. As a result of that sale, the "
 "transferor herein has relinquished de jure control of Mooney Broadcasting Corp., but has retained de facto control "
 "which means that management of the station above described will remain in the hands of the transferor. We find no "
 "trafficking in broadcast licenses.\n\n"
 "In view of these circumstances, we conclude: (a) That a grant of this application will serve the public interest, "
 "convenience, and necessity; and (b) that section 1.597 of our rules should be waived in the public interest and "
 "the application Granted.",
 "broadcasting/radio", "regulatory,ownership",
 "U.S. Federal Communications Commission, Order FCC 69-356, 'In re Application of George P. Mooney, Robert E. "
 "Crenshaw, et al. (Transferors) and George P. Mooney, Robert E. Crenshaw, et al. (Transferees) For Transfer of "
 "Control of Mooney Broadcasting Corp., Sole Stockholder of Mooney-WMAK, Inc. Licensee of Station WMAK, Nashville, "
 "Tenn.', 17 F.C.C.2d 404 (1969), File No. BTC-5779, adopted April 9, 1969, US federal government work (public "
 "domain); text as nicholasjohnson.org's copy of the FCC Reports text holds it, from the search tool's page store at "
 + U2,
 "nicholasjohnson.org copy of an FCC order (search tool page store)",
 "The Commission's order FCC 69-356 adopted 9 April 1969 (17 F.C.C.2d 404) on the application to transfer control of "
 "Mooney Broadcasting Corp., parent of Mooney-WMAK, Inc., licensee of WMAK, Nashville, Tenn., through a sale of "
 "Mooney Broadcasting stock to the public (the three-year rule waived, the application granted), as the copy on "
 "nicholasjohnson.org holds it; an FCC order is a US federal work, public domain (batch 15f). Two stored renderings "
 "came back: nicholasjohnson.org/FCCOps/1969/17F2-404.htm (line breaks inside sentences, and most of paragraph 1 "
 "missing after 'licensee of station WMAK,') and this www.nicholasjohnson.org one (whole paragraphs, breaking off in "
 "paragraph 4); this one taken. Left out: the site's 'Back to Index'; the caption ('In re Application of GEORGE P. "
 "MOONEY, ... Nashville, Tenn.', kept as `title` with 'In re Application of' dropped, capitals kept); 'File No. "
 "BTC-5779'; 'FEDERAL COMMUNICATIONS COMMISSION'; the reporter line '17 F.C.C.2d 404 (1969)'; 'RELEASE-NUMBER: FCC "
 "69-356'; the copy's field label 'ACTION:' and its value 'ORDER' (as 51r's 'ACTION:' / 'APPLICATION'); the page "
 "marker '[*404]'; the paragraph numbers '1.', '2.', '3.'. Kept: the date line 'April 9, 1969 Adopted'; the upper-case "
 "'BY THE COMMISSION: ...' line; the order's opening sentence and paragraphs 1-3 whole; the space-only lines and the "
 "double spaces after full stops and inside 'Mooney Broadcasting Corp.  stock' joined (whitespace only). Cut after "
 "paragraph 3 ('... and the application Granted.'), before paragraph 4, which the excerpt breaks off inside ('4.  "
 "Accordin'), and all after it (the Secretary's signature and Commissioner Bartley's dissent, which the other "
 "rendering shows); `truncated`. Kept as written: 'Nashville, Tenn. acquired' (no comma after 'Tenn.'), 'Mooney-WMAK, "
 "Inc.', '(3-year rule)', 'de jure', 'de facto', 'Granted' with its capital. In the lane (an FCC order naming a "
 "licensee, its parent and its station, with three Commissioners, 1969). One text per matter. Found with 'In re "
 "Application of (TRANSFEROR) (TRANSFEREE) For Transfer of Control licensee of station, wholly owned subsidiary, "
 "F.C.C.2d Adopted, Commissioner Johnson dissenting' (ranks 3 and 5: the two renderings). " + CHECK +
 "'Mooney Broadcasting', 'Mooney-WMAK', 'WMAK', 'Crenshaw', 'BTC-5779', '69-356', '17 F.C.C.2d', '17F2-404', "
 "'Waple': in no corpus file, GATHERING.md line, script or pool; 'Mooney' only in a GATHERING.md list of aircraft and "
 "vehicle makers (another lane); 'Nashville, Tenn' in two corpus files on other matters (a Federal Reserve H.2 list "
 "2025, the Nashville bombing 2020).",
 True))

# ---- Hilco Communications, Inc. -> Cumulus Licensing Corp., KAYD-FM, Silsbee, Texas, FCC 02-236, 2002 ------------
U3 = "https://docslib.org/doc/4624049/by-the-commission"
R.append(federal(
 "us-fcc-hilco-communications-cumulus-licensing-kayd-fm-silsbee-assignment-hearing-designation-order-2002",
 U3, "2002-09-05",
 "Hilco Communications, Inc. Assignor and Cumulus Licensing Corp. Assignee For Consent to Assignment of License of "
 "KAYD-FM, Silsbee, Texas",
 "HEARING DESIGNATION ORDER\n\n"
 "Adopted: August 15, 2002 Released: September 5, 2002\n\n"
 "By the Commission:\n\n"
 "In this order, we consider the unopposed above-captioned application for the assignment of the license of station "
 "KAYD-FM, Silsbee, Texas (formerly KLOI(FM)), from Hilco Communications, Inc. (\u201cHilco\u201d) to Cumulus "
 "Licensing Corp. (\u201cCumulus\u201d). Because this application was pending when we adopted the Notice of Proposed "
 "Rulemaking in MM Docket No. 01-317, we consider the competition concerns raised by this application pursuant to "
 "the interim policy adopted in that notice. As discussed more fully below, we cannot find on the record that grant "
 "of this application is consistent with the public interest. Accordingly, pursuant to Section 309(e) of the "
 "Communications Act of 1934, as amended (\u201cthe Communications Act\u201d), we hereby designate the application "
 "for hearing.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Hearing Designation Order FCC 02-236, 'In The Matter of The Application of "
 "Hilco Communications, Inc., Assignor, and Cumulus Licensing Corp., Assignee, For Consent to Assignment of License "
 "of KAYD-FM, Silsbee, Texas', MB Docket No. 02-236, File No. BALH-20010731ACB, adopted August 15, 2002, released "
 "September 5, 2002, US federal government work (public domain); text as docslib.org's copy of the FCC's document "
 "holds it, from the search tool's page store at " + U3,
 "docslib.org copy of an FCC order (search tool page store)",
 "The Commission's Hearing Designation Order FCC 02-236 (adopted 15 August, released 5 September 2002) designating "
 "for hearing the unopposed application to assign the licence of KAYD-FM, Silsbee, Texas (formerly KLOI(FM)), from "
 "Hilco Communications, Inc. to Cumulus Licensing Corp., as docslib.org's text of the FCC's document holds it; an "
 "FCC order is a US federal work, public domain (batch 15f). Two stored renderings of the same docslib page came "
 "back: one with docslib's 'By the Commission' / 'Total Page:16' / 'File Type:pdf, Size:1020Kb' lines and all on one "
 "line (its caption ends 'KAYD-FM, Silsbee, Texas'), and one set out in paragraphs (its caption ends 'KAYD-FM, "
 "Silsbee, ) ) )'); the body is the same in both, taken from the second; the caption's 'Texas' from the first. The "
 "Federal Register's summary of the order (frwebgate, FR Doc 02-25763) came back beside it; not taken (one text per "
 "matter, and a summary). Left out: 'Federal Communications Commission FCC 02-236' and 'Before the Federal "
 "Communications Commission Washington, D.C. 20554'; the caption ('In The Matter of The Application of ... KAYD-FM, "
 "Silsbee, Texas', its ')' column and the lines 'MB Docket No. 02-236' and 'File No. BALH-20010731ACB' dropped, kept "
 "as `title` with 'In The Matter of The Application of' dropped and 'Assignor' / 'Assignee' kept as written); the "
 "paragraph number '1.'; the footnote markers '1' (after '... adopted in that notice.'), '2' (after '(\u201cthe "
 "Communications Act\u201d),') and '3' (after '... for hearing.'), and the footnotes' text that follows paragraph 1 in "
 "the excerpt (footnote 1's citation of the Local Radio Ownership NPRM, footnote 2's '47 U.S.C. \u00a7 309(e).', and "
 "footnote 3 on Clear Channel Broadcasting Licenses, Inc.'s application for KCOL-FM, Groves, Texas, which the excerpt "
 "breaks off inside: 'Clear Channel and Cumulus'). Kept: 'HEARING DESIGNATION ORDER', the adoption and release line "
 "and 'By the Commission:', each on its own line, then paragraph 1 whole (four sentences). Cut after '... we hereby "
 "designate the application for hearing.'; `truncated` (the order runs on past the excerpt). Kept as written: "
 "'KAYD-FM' beside '(formerly KLOI(FM))', the curly quotation marks, 'Cumulus Licensing Corp.' (the order's own "
 "short form), 'MM Docket No. 01-317'. In the lane (an FCC order naming a station's assignor and assignee, 2002). "
 "One text per matter. Found with 'Hilco Communications Cumulus Licensing KAYD-FM hearing designation order FCC "
 "02-236' (ranks 1 and 4: the two renderings; rank 2 the Federal Register summary). " + CHECK +
 "'Hilco', 'KAYD', 'KLOI', 'Silsbee', 'KCOL', '01-317', 'BALH-20010731': in no corpus file, script or pool; 'Hilco', "
 "'KAYD' and '02-236' only in 51r's GATHERING.md and notes lines naming this order as seen-not-used and a lead (no "
 "gold file); 'Cumulus Licensing Corp' only in test us-fcc-high-i-q-radio-koli-fm-... (51r: KOLI(FM), Electra, "
 "another station and matter) and 51r's scripts; 'Cumulus' in test files on other matters.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
