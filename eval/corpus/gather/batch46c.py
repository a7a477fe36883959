#!/usr/bin/env python3
"""Batch 46c (session 47, gatherer 46c): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a nineteenth round in the FCC transaction lane of batches 15f, 43n, 43p,
43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk, 45zo, 45zr, 45zu and 45zx, on
deals no corpus file holds --
  - the public notice DA 04-2119 of 13 July 2004, 'CINGULAR WIRELESS CORPORATION AND T- MOBILE USA, INC. SEEK FCC
    CONSENT TO ASSIGNMENT OF LICENSES AND APPROVAL OF LONG- TERM DE FACTO LEASING ARRANGEMENTS' (WT Docket No. 04-254:
    the unwinding of the two carriers' network infrastructure joint venture), the FCC's EDOCS plain text on
    docs.fcc.gov;
  - the public notice DA 06-2531 of 20 December 2006, 'CLEAR CHANNEL COMMUNICATIONS, INC., THOMAS H. LEE EQUITY FUND
    VI, L.P., AND BAIN CAPITAL (CC) IX, L.P. SEEK APPROVAL TO TRANSFER CONTROL OF LICENSEE ENTITIES HOLDING FCC
    LICENSES AND OTHER AUTHORIZATIONS' (MB Docket No. 06-226), a docslib.org copy of the FCC's notice;
  - the public notice DA 03-1523 of 6 May 2003, 'AT& T WIRELESS SERVICES, INC., UNITED STATES CELLULAR CORPORATION,
    ARNAGE WIRELESS, LLC, SKAGIT WIRELESS, LLC, AND ABC WIRELESS, LLC SEEK FCC CONSENT TO ASSIGN CELLULAR AND BROADBAND
    PERSONAL COMMUNICATIONS SERVICES LICENSES' (WT Dkt. No. 03-113: licence assignments and exchanges, no company
    changing hands -- a relation-poor text, 45zx's lead), the FCC's EDOCS plain text on docs.fcc.gov.
Texts are the search tool's page-store excerpts (corpus `pages`). The rendering's page line, docslib's own lines, the
letterheads, the DA numbers and the footnote markers are left out; each text is cut at the last full sentence before
the footnotes' text runs in or the excerpt breaks off. DA 04-2119 and DA 03-1523 are PDF renderings with spaces after
hyphens, ampersands, parentheses and opening quotation marks, kept as written. The heading lines (release date,
heading, docket, 'PLEADING CYCLE ESTABLISHED', due dates, section heading) are each put on their own line (whitespace
only). No word added or changed. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch46c.py [POOL_DIR] [--dry]   (default /tmp/gather47c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather47c/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45zx included), the notes under /work/notes and the session-47 pools /tmp/gather47*/pool (47a's two "
         "SEC and 47b's two DOJ texts at the last check, none on these deals): ")
R = []

# ---- Cingular / T-Mobile USA joint venture unwind, public notice DA 04-2119, 13 July 2004 ---------------------------
U1 = "https://docs.fcc.gov/public/attachments/DA-04-2119A1.txt"
H1 = ("CINGULAR WIRELESS CORPORATION AND T- MOBILE USA, INC. SEEK FCC CONSENT TO ASSIGNMENT OF LICENSES AND APPROVAL OF "
      "LONG- TERM DE FACTO LEASING ARRANGEMENTS")
R.append(federal(
 "us-fcc-cingular-t-mobile-usa-network-infrastructure-joint-venture-unwind-pleading-cycle-public-notice-2004", U1,
 "2004-07-13",
 H1,
 "Released: July 13, 2004\n\n" + H1 + "\n\n"
 "WT Docket No. 04- 254\n\n"
 "PLEADING CYCLE ESTABLISHED\n\n"
 "Petitions to Deny Due: August 12, 2004\n\n"
 "Oppositions Due: August 23, 2004\n\n"
 "Replies Due: August 30, 2004\n\n"
 "I. INTRODUCTION\n\n"
 "Cingular Wireless Corporation (\u201c Cingular\u201d) and T- Mobile USA, Inc. (\u201c T- Mobile\u201d) (collectively, "
 "\u201cthe Applicants\u201d) have filed three applications as part of a larger transaction in which Cingular and "
 "T-Mobile propose to unwind a network infrastructure joint venture (\u201c Joint Venture\u201d). Two of these "
 "applications seek approval for a proposed long- term de facto transfer leasing arrangement between various "
 "subsidiaries of Cingular and a subsidiary of T- Mobile; the third application seeks consent under Section 310( d) of "
 "the Communications Act of 1934, as amended, to assign partitioned and disaggregated portions of three broadband "
 "Personal Communications Services (\u201c PCS\u201d) licenses from a subsidiary of Cingular to a subsidiary of T- "
 "Mobile. The Applicants propose to consummate these transactions following consummation of the proposed transfer of "
 "control of AT& T Wireless Services, Inc. (\u201c AT& T Wireless\u201d) to Cingular, assuming approval of that "
 "transfer of control.",
 "telecoms/wireless", "deal,regulatory,partnership",
 "U.S. Federal Communications Commission, public notice DA 04-2119, 'Cingular Wireless Corporation and T-Mobile USA, "
 "Inc. Seek FCC Consent to Assignment of Licenses and Approval of Long-Term De Facto Leasing Arrangements', WT Docket "
 "No. 04-254, July 13, 2004, US federal government work (public domain); text as the FCC's EDOCS plain-text "
 "attachment holds it, from the search tool's page store at " + U1,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 13 July 2004 opening the pleading cycle on Cingular Wireless Corporation's and T-Mobile USA, "
 "Inc.'s three applications, part of the unwinding of their network infrastructure joint venture (DA 04-2119, WT "
 "Docket No. 04-254), as the FCC's own plain-text attachment DA-04-2119A1.txt holds it (one run of text, a PDF "
 "rendering with spaces after hyphens, after '&' in 'AT& T', after '(' in '310( d)' and after most opening quotation "
 "marks); an FCC public notice is a US federal work, public domain (batch 15f). The issuing bureau is not named in the "
 "kept text. Left out: the rendering's page line ('*Pages 1--6 from Microsoft Word - 40149*'); the letterhead "
 "('PUBLIC NOTICE FEDERAL COMMUNICATIONS COMMISSION 445 TWELFTH STREET, S. W. WASHINGTON, D. C. 20554'), the DA "
 "number ('DA 04- 2119') and the information line ('News media information 202/ 418- 0500 Fax- On- Demand 202/ 418- "
 "2830 Internet: http:// www. fcc. gov ftp. fcc. gov'); the footnote marker ' 1' (after '(\u201c Joint "
 "Venture\u201d).'). Kept: the release date, the heading, the docket line, 'PLEADING CYCLE ESTABLISHED', the three "
 "due dates and 'I. INTRODUCTION', each on its own line (whitespace only, as 45zx's DA 02-3081), and the body's first "
 "three sentences. Cut after '... assuming approval of that transfer of control.', before the footnote marker ' 2' "
 "and the footnotes' text that runs in after it ('1 47 U. S. C. \u00a7 310( d). Some of these applications were "
 "amended subsequent to their initial submission. ...'), the excerpt breaking off inside footnote 2 ('Applications "
 "are on file to transfer control of licenses '); `truncated`. Kept as written: 'T- Mobile' with the rendering's "
 "space beside 'T-Mobile' without it ('Cingular and T-Mobile propose'), 'AT& T', '(\u201c Cingular\u201d)' with the space after the opening quotation mark beside "
 "'\u201cthe Applicants\u201d' without it, 'long- term', 'Section 310( d)', 'WT Docket No. 04- 254'. The title field "
 "is the heading as written. In the lane (two named wireless carriers unwinding their stated joint venture, with the "
 "pending transfer of control of a named third carrier to one of them: sector telecoms/wireless, as 45zx's GSM "
 "Corridor notice). One text per event: the FCC's transaction page for WT Docket 04-254 (fcc.gov, a summary of the "
 "same notice) and the Cingular/AT&T Wireless merger itself (WT Docket 04-70, the DOJ's 2004 divestiture text in "
 "train; here only named as the condition of consummation) not used. Found with 'Cingular Wireless T-Mobile USA "
 "joint venture GSM Facilities LLC transfer of control licenses public notice' (rank 1). " + CHECK + "'04-2119', "
 "'04- 2119', 'GSM Facilities', 'infrastructure joint venture', 'T- Mobile': no corpus file, script, note or pool; "
 "'04-254' only inside 'DA 04-2541' (45zu's Verizon Hawaii notice, another matter); 'T-Mobile USA' only in files on "
 "other matters (T-Mobile consent decrees, Wikipedia articles on its chiefs); 'Cingular' in files on other deals "
 "(the DOJ's Cingular/AT&T Wireless divestitures, 45zx's GSM Corridor, ALLTEL/Cingular, SBC/BellSouth Alloy and "
 "others), none naming T-Mobile; file names only.", True))

# ---- Clear Channel / Thomas H. Lee / Bain Capital, Media Bureau-era public notice DA 06-2531, 20 December 2006 -------
U2 = "https://docslib.org/doc/10748443/public-notice"
H2 = ("CLEAR CHANNEL COMMUNICATIONS, INC., THOMAS H. LEE EQUITY FUND VI, L.P., AND BAIN CAPITAL (CC) IX, L.P. SEEK "
      "APPROVAL TO TRANSFER CONTROL OF LICENSEE ENTITIES HOLDING FCC LICENSES AND OTHER AUTHORIZATIONS")
R.append(federal(
 "us-fcc-clear-channel-thomas-h-lee-bain-capital-transfer-of-control-pleading-cycle-public-notice-2006", U2,
 "2006-12-20",
 H2,
 "Released: December 20, 2006\n\n" + H2 + "\n\n"
 "MB Docket No. 06-226\n\n"
 "PLEADING CYCLE ESTABLISHED\n\n"
 "Comments/Petitions Due: January 19, 2007\n\n"
 "Responses/Oppositions to Comments/Petitions Due: February 1, 2007\n\n"
 "Replies to Responses/Oppositions to Comments/Petitions Due: February 13, 2007\n\n"
 "On December 12, 2006, pursuant to Section 310(d) of the Communications Act of 1934, as amended, Clear Channel "
 "Communications, Inc. (\u201cClear Channel\u201d), Thomas H. Lee Equity Fund VI, L.P. and Bain Capital (CC) IX, L.P. "
 "(collectively, the \u201cTransferees\u201d) jointly submitted applications to the Commission seeking consent to "
 "transfer control of certain subsidiaries of Clear Channel that are the holders of various Commission licenses and "
 "other authorizations. Clear Channel, through its subsidiaries, controls 1172 broadcast radio stations and 35 "
 "broadcast television stations. The applications seek Commission consent to the proposed transfer of control of "
 "Clear Channel from its shareholders to the Transferees. Pursuant to the Agreement and Plan of Merger between the "
 "parties, appended as Exhibit 6 to the lead application (File Number BTCH-20061212AET, et al.), the transfer will be "
 "effectuated by the merger of BT Triple Crown Merger Co., Inc. (\u201cMergerCo\u201d), which is co-owned by the "
 "Transferees, with and into Clear Channel. Once this occurs, the separate existence of MergerCo will cease and the "
 "surviving corporation will continue under the name \u201cClear Channel Communications, Inc.\u201d and under the "
 "control of the Transferees.",
 "media/broadcasting", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, public notice DA 06-2531, 'Clear Channel Communications, Inc., Thomas H. Lee "
 "Equity Fund VI, L.P., and Bain Capital (CC) IX, L.P. Seek Approval to Transfer Control of Licensee Entities Holding "
 "FCC Licenses and Other Authorizations', MB Docket No. 06-226, December 20, 2006, US federal government work (public "
 "domain); text as a docslib.org copy of the notice holds it, from the search tool's page store at " + U2,
 "docslib.org copy of an FCC public notice (search tool page store)",
 "The public notice of 20 December 2006 opening the pleading cycle on the applications to pass control of Clear "
 "Channel Communications, Inc. from its shareholders to two private-equity funds (DA 06-2531, MB Docket No. 06-226) "
 "as a docslib.org copy holds it (a PDF text rendering in one run, footnote markers set against the word before "
 "them, the footnotes' text after the body); an FCC public notice is a US federal work, public domain (batch 15f), "
 "whichever site copies it (docslib copies as 45zo's DA 06-118 and 43u's DA 06-838). The issuing bureau is not named "
 "in the kept text (the MB docket is the Media Bureau's). Left out: docslib's own lines ('Public Notice', 'Total "
 "Page:16', 'File Type:pdf, Size:1020Kb'); the letterhead as the rendering runs it together ('PUBLIC NOTICE Federal "
 "Communications Commission News Media Information 202 / 418-0500 445 12th St., S.W. Internet: http://www.fcc.gov "
 "TTY: 1-888-835-5322 Washington, D.C. 20554'); the DA number ('DA 06-2531'); the footnote markers '1' (in 'as "
 "amended,1') and '2' (in 'other authorizations.2'). Kept: the release date, the heading, the docket line, 'PLEADING "
 "CYCLE ESTABLISHED' and the three due dates, each on its own line (whitespace only), and the body's five sentences. "
 "Cut after '... under the control of the Transferees.', before the footnotes' text ('1 See 47 U.S.C. \u00a7 310(d). "
 "2 See Attachment (lis') where the excerpt breaks off; `truncated`. Kept as written: 'Thomas H. Lee Equity Fund VI, "
 "L.P. and Bain Capital (CC) IX, L.P.' without a serial comma in the body (the heading has one), '(collectively, the "
 "\u201cTransferees\u201d)' after the three names, '1172' without a comma, 'co-owned', 'File Number "
 "BTCH-20061212AET, et al.', the curly quotation marks. The title field is the heading as written. In the lane "
 "(control of a named broadcaster passing from its shareholders to two named funds through a named merger "
 "subsidiary, applied for: sector media/broadcasting). One text per event: the Commission's order FCC 08-3 of January "
 "2008 (docslib: its excerpt is the caption's bracket column only), the DOJ's 2008 Federal Register notice 'United "
 "States v. Bain Capital, LLC, Thomas H. Lee Partners, L.P., and Clear Channel Communications, Inc.' (73 FR 10808, a "
 "lead for the DOJ lane) and Clear Channel's own releases and SEC papers (webwire, sec.gov: party texts) not used. "
 "Found with 'Media Bureau public notice applications filed transfer of control cable television company 2005 seek "
 "approval to transfer control' (rank 7) and 'DA 06-2531 MB Docket No. 06-226 BT Triple Crown Merger Co. MergerCo "
 "Clear Channel public notice pleading cycle' (rank 1). " + CHECK + "'06-2531', '06-226', 'Triple Crown', "
 "'BTCH-2006', 'FCC 08-3', '08-867', '08-cv-00245', 'Bain Capital, LLC': no corpus file, script, note or pool; "
 "'Clear Channel' only in files on other deals (the DOJ's Clear Channel/AMFM 2000 and Universal Outdoor 1998 "
 "texts, a 2005 Wikinews story on Mean Fiddler) and GATHERING.md lines on those; 'Thomas H. Lee' and 'Bain Capital' "
 "only in files on other deals (Allied Domecq, Toys R Us, Kioxia, Island ECN, Worldpay); file names only.", True))

# ---- AWS / USCC / Arnage / Skagit / ABC licence assignments and exchanges, public notice DA 03-1523, 6 May 2003 -----
U3 = "https://docs.fcc.gov/public/attachments/DA-03-1523A1.txt"
H3 = ("AT& T WIRELESS SERVICES, INC., UNITED STATES CELLULAR CORPORATION, ARNAGE WIRELESS, LLC, SKAGIT WIRELESS, LLC, "
      "AND ABC WIRELESS, LLC SEEK FCC CONSENT TO ASSIGN CELLULAR AND BROADBAND PERSONAL COMMUNICATIONS SERVICES LICENSES")
R.append(federal(
 "us-fcc-att-wireless-us-cellular-arnage-skagit-abc-license-assignments-exchanges-pleading-cycle-public-notice-2003",
 U3, "2003-05-06",
 H3,
 "Released: May 6, 2003\n\n" + H3 + "\n\n"
 "WT Dkt. No. 03- 113\n\n"
 "PLEADING CYCLE ESTABLISHED\n\n"
 "Petitions/ Comments Due: June 5, 2003\n\n"
 "Oppositions Due: June 16, 2003\n\n"
 "Replies Due: June 23, 2003\n\n"
 "Subsidiaries of AT& T Wireless Services, Inc. (\u201c AWS\u201d) and United States Cellular Corporation (\u201c "
 "USCC\u201d), Arnage Wireless, LLC (\u201c Arnage\u201d), Skagit Wireless, LLC (\u201c Skagit\u201d) and ABC "
 "Wireless, LLC (\u201c ABC\u201d) have filed a series of thirteen applications pursuant to Section 310( d) of the "
 "Communications Act of 1934, as amended, seeking Commission consent for the full and partial assignment of cellular, "
 "broadband Personal Communications Services (\u201c PCS\u201d), and point- to- point microwave licenses in various "
 "markets. This transaction consists of assignments from Arnage to AWS, Skagit to AWS, and ABC to AWS, and subsequent "
 "exchanges of full and partial licenses between AWS and USCC. As a result of this transaction, USCC will receive 10 "
 "or 20 MHz of broadband PCS spectrum in discrete portions of six states. In addition, AWS will receive eight 25 MHz "
 "cellular operating systems in discrete portions of Florida and Georgia, along with the ancillary microwave "
 "facilities that support those systems. Upon consummation of this transaction, USCC will cease providing mobile "
 "telephony service in the applicable Florida and Georgia markets, and the current USCC customers will be "
 "transitioned to AWS.",
 "telecoms/wireless", "deal,regulatory",
 "U.S. Federal Communications Commission, public notice DA 03-1523, 'AT&T Wireless Services, Inc., United States "
 "Cellular Corporation, Arnage Wireless, LLC, Skagit Wireless, LLC, and ABC Wireless, LLC Seek FCC Consent to Assign "
 "Cellular and Broadband Personal Communications Services Licenses', WT Docket No. 03-113, May 6, 2003, US federal "
 "government work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's "
 "page store at " + U3,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 6 May 2003 opening the pleading cycle on thirteen applications to assign and exchange "
 "cellular, PCS and microwave licences among AT&T Wireless Services, Inc., United States Cellular Corporation and "
 "three named LLCs (DA 03-1523, WT Dkt. No. 03-113), as the FCC's own plain-text attachment DA-03-1523A1.txt holds it "
 "(one run of text, a PDF rendering with spaces after hyphens, after '&' in 'AT& T', after '(' in '310( d)' and "
 "after opening quotation marks); an FCC public notice is a US federal work, public domain (batch 15f). The issuing "
 "bureau is not named in the kept text. Taken as 45zx's lead: a relation-poor text (licences and systems change "
 "hands, no company does). Left out: the rendering's page line ('*Pages 1--5 from Microsoft Word - 27511.doc*'); the "
 "letterhead ('PUBLIC NOTICE FEDERAL COMMUNICATIONS COMMISSION 445 TWELFTH STREET, S. W. WASHINGTON, D. C. 20554'), "
 "the DA number ('DA 03- 1523') and the information line ('News media information 202/ 418- 0500 Fax- On- Demand "
 "202/ 418- 2830 Internet: http:// www. fcc. gov ftp. fcc. gov'); the footnote markers ' 1' (after 'as amended,'), "
 "' 2' (after 'six states.') and ' 3' (after 'transitioned to AWS.'). Kept: the release date, the heading, the "
 "docket line, 'PLEADING CYCLE ESTABLISHED' and the three due dates, each on its own line (whitespace only, as 45zx's "
 "DA 02-3081), and the body's first five sentences. Cut after '... the current USCC customers will be transitioned "
 "to AWS.', before the sentence where the excerpt breaks off ('AWS anticipates that, for a period of several months "
 "following consummation of this transaction, it will continue to o'); `truncated`. Kept as written: 'AT& T', "
 "'(\u201c USCC\u201d)' with the space after the opening quotation mark, "
 "'WT Dkt. No. 03- 113', 'Petitions/ Comments Due', 'point- to- point', 'Section 310( d)', '10 or 20 MHz', 'eight 25 "
 "MHz'. The title field is the heading as written. In the lane (named carriers assigning and exchanging licences, "
 "applied for: sector telecoms/wireless, as 45zx's GSM Corridor notice). One text per event: the Bureau's later grant "
 "not found, not used. Found with 'Cingular Wireless T-Mobile USA joint venture GSM Facilities LLC transfer of "
 "control licenses public notice' (rank 8) and 'Alamosa AirGate PCS transfer of control FCC Sprint PCS affiliate "
 "public notice' (rank 2). " + CHECK + "'03-1523', 'Arnage' and '03- 1523': only in the notes of 45zx's GSM Corridor "
 "record (its not-used list naming this notice), no text; 'Skagit Wireless' likewise only "
 "in those notes; '03-113', '03- 113', 'United States Cellular', 'ABC Wireless': no corpus file, script, note or "
 "pool; 'AT&T Wireless' only in files on other deals; file "
 "names only.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
