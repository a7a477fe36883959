#!/usr/bin/env python3
"""Batch 43r (session 44, gatherer 43r): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a third round of session 44 in the FCC transaction lane of batches 15f,
43n and 43p: transfers of control naming a parent, its subsidiaries and the buyer --
  - the Wireline Competition Bureau's public notice DA 04-927 (1 April 2004) on the domestic section 214 application
    for the transfer of control of Focal Communications Corporation and its operating subsidiaries, including Focal
    Telecommunications Corporation, to Corvis Corporation (docs.fcc.gov plain-text attachment);
  - the Bureau's public notice DA 06-1323 (27 June 2006) on the domestic section 214 application for the transfer of
    control of Looking Glass Networks Holding Co., Inc. to Level 3 Communications, Inc. (docs.fcc.gov plain-text
    attachment);
  - the public notice DA 11-1934 (22 November 2011) on PAETEC Holding Corporation's and Windstream Corporation's
    applications for the transfer of control of PAETEC's subsidiaries to Windstream, 'Windstream would become the
    parent company of PAETEC and its subsidiaries', the City of Rochester's comments and their withdrawal (the FCC's
    IBFS attachment as fcc.report holds it).
Texts are the search tool's page-store excerpts (corpus `pages`). The hosts' chrome, the notices' letterheads,
footnote markers and footnote text are left out; each text is cut at the last full sentence before the excerpt
breaks off or before footnote text runs in. No word added or changed. Per-item notes in `notes`. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch43r.py [POOL_DIR] [--dry]   (default /tmp/gather44r/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather44r/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -ril over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "and the session-44 pools /tmp/gather44*/pool (43a-43j, 43l-43q at the time): ")
R = []

# ---- Corvis / Focal, public notice DA 04-927, 1 April 2004 --------------------------------------------------------
U1 = "https://docs.fcc.gov/public/attachments/DA-04-927A1.txt"
R.append(federal(
 "us-fcc-corvis-focal-transfer-of-control-public-notice-2004", U1, "2004-04-01",
 "Domestic Section 214 Application Filed for Transfer of Control of Focal Communications Corporation to Corvis "
 "Corporation",
 "DA 04- 927 Released: April 1, 2004\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR TRANSFER OF CONTROL OF FOCAL COMMUNICATIONS CORPORATION TO CORVIS "
 "CORPORATION\n\n"
 "STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 04- 126\n\n"
 "Comments Due: April 15, 2004\n\n"
 "Reply Comments Due: April 22, 2004\n\n"
 "On March 18, 2004, Focal Communications Corporation (Focal) and Corvis Corporation (Corvis) (together, "
 "Applicants), filed an application, pursuant to sections 63.03 and 63.04 of the Commission\u2019s rules, requesting "
 "approval to transfer control of Focal and its operating subsidiaries, including Focal Telecommunications "
 "Corporation (Focal Telecommunications), to Corvis. Applicants assert that this transaction is entitled to "
 "presumptive streamlined treatment pursuant to section 63.03( b)( 2)( i) of the Commission\u2019s rules because the "
 "proposed transaction would result in Corvis having a market share in the interstate, interexchange market of "
 "substantially less than 10 percent; Corvis would provide competitive telephone exchange services or exchange "
 "access services (if at all) exclusively in geographic areas served by a dominant local exchange carrier (LEC) that "
 "is not a party to the transaction; and neither Focal nor Corvis is dominant with respect to any service.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 04-927, 'Domestic Section 214 "
 "Application Filed for Transfer of Control of Focal Communications Corporation to Corvis Corporation; Streamlined "
 "Pleading Cycle Established', WC Docket No. 04-126, April 1, 2004, US federal government work (public domain); text "
 "as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U1,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 1 April 2004 (DA 04-927, WC Docket No. 04-126) as the FCC's own plain-text attachment "
 "DA-04-927A1.txt holds it (one run of text, a 2004 Word-to-text rendering with spaces after hyphens and parentheses; "
 "footnote text runs into the body at the page foot); an FCC public notice is a US federal work, public domain "
 "(batch 15f). The notice names no bureau in its excerpt; docket 'WC' is the Wireline Competition Bureau's "
 "(attribution only). Left out: the rendering's '*Pages 1--5 from Microsoft Word - 37216*'; the letterhead ('PUBLIC "
 "NOTICE Federal Communications Commission 445 12 th Street, S. W. Washington, D. C. 20554 News Media Information "
 "202 / 418- 0500 Fax- On- Demand 202 / 418- 2830 TTY 202 / 418- 2555 Internet: http:// www. fcc. gov ftp. fcc. "
 "gov'); the footnote markers ' 1' (after 'rules,'), ' 2' (after 'to Corvis.') and ' 3' (after 'any service.'). "
 "Kept, as 43n and 43p kept their notices' headers: the DA number with the release date, the upper-case heading, "
 "'STREAMLINED PLEADING CYCLE ESTABLISHED', the docket number and the two due-date lines, each on its own line "
 "(whitespace only). Cut after '... dominant with respect to any service.', before 'Focal is a privately held, "
 "Delaware corporation with its principal place of business in', which the footnote text ('1 47 C. F. R §§ 63.03, "
 "63.04; ...') interrupts, and the rest; `truncated`. Kept as written: 'DA 04- 927', 'WC Docket No. 04- 126' and "
 "'63.03( b)( 2)( i)' (the rendering's spaces; no word changed), the curly apostrophes. One text per event: Corvis's "
 "Form S-4/A and Focal's letter of transmittal (SEC filings), Corvis's closing release of 2 September 2004 (sec.gov "
 "exhibit) and the 2006 Broadwing/Focal pro forma restructuring letter (fcc.report) are no FCC texts or other "
 "papers on the same deal, not taken. Found with 'domestic section 214 application "
 "filed for the transfer of control of Broadwing Corporation to Level 3 Communications streamlined pleading cycle' "
 "(rank 3) and 'Focal Communications Corporation Corvis Corporation transfer of control operating subsidiaries Focal "
 "Telecommunications Corporation' (rank 1). " + CHECK + "'Focal Communications', 'Focal Telecommunications', "
 "'Corvis', 'Broadwing', '04-927', '04-126': 0 in the corpus, the scripts and the pools.", True))

# ---- Level 3 / Looking Glass, public notice DA 06-1323, 27 June 2006 ----------------------------------------------
U2 = "https://docs.fcc.gov/public/attachments/DA-06-1323A1.txt"
R.append(federal(
 "us-fcc-level-3-looking-glass-transfer-of-control-public-notice-2006", U2, "2006-06-27",
 "Domestic Section 214 Application Filed for Transfer of Control of Looking Glass Networks Holding Co., Inc. to "
 "Level 3 Communications, Inc.",
 "DA 06- 1323 Released: June 27, 2006\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR TRANSFER OF CONTROL OF LOOKING GLASS NETWORKS HOLDING CO., INC. TO "
 "LEVEL 3 COMMUNICATIONS, INC.\n\n"
 "STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 06- 116\n\n"
 "Comments Due: July 11, 2006\n\n"
 "Reply Comments Due: July 18, 2006\n\n"
 "On June 20, 2006, Looking Glass Networks Holding Co., Inc. (\u201c Looking Glass\u201d) and Level 3 Communications, "
 "Inc. (\u201c Level 3\u201d) (together, \u201cApplicants\u201d) filed an application (\u201c Application\u201d) "
 "pursuant to section 63.04 of the Commission\u2019s rules requesting authority to transfer control of Looking Glass "
 "to Level 3. Applicants assert that this transaction is entitled to presumptive streamlined treatment pursuant to "
 "section 63.03( b)( 2)( i) of the Commission\u2019s rules because immediately following the transaction: (1) Level "
 "3 will hold less than a ten percent (10%) share of the interstate, interexchange market; (2) Level 3 will provide "
 "exchange access services only in geographic areas served by dominant local exchange carriers (none of which are "
 "parties to the proposed transaction); and (3) neither of the Applicants nor their affiliates are dominant with "
 "respect to any service.",
 "telecoms/wireline carrier", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 06-1323, 'Domestic Section "
 "214 Application Filed for Transfer of Control of Looking Glass Networks Holding Co., Inc. to Level 3 "
 "Communications, Inc.; Streamlined Pleading Cycle Established', WC Docket No. 06-116, June 27, 2006, US federal "
 "government work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's "
 "page store at " + U2,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 27 June 2006 (DA 06-1323, WC Docket No. 06-116) as the FCC's own plain-text attachment "
 "DA-06-1323A1.txt holds it (one run of text, a 2006 Word-to-text rendering with spaces after hyphens, parentheses "
 "and opening quotation marks; footnote text runs into the body at the page foot). Left out: the rendering's "
 "'*Pages 1--5 from Microsoft Word - 57940.doc*'; the letterhead ('PUBLIC NOTICE Federal Communications Commission "
 "445 12 th Street, S. W. Washington, D. C. 20554 News Media Information 202 / 418- 0500 Fax- On- Demand 202 / 418- "
 "2830 TTY 202 / 418- 2555 Internet: http:// www. fcc. gov ftp. fcc. gov'); the footnote markers ' 1' (after 'the "
 "Commission\u2019s rules', the first time), ' 2' (after 'to Level 3.') and ' 3' (after 'any service.'). Kept, as "
 "43n and 43p kept their notices' headers: the DA number with the release date, the upper-case heading, "
 "'STREAMLINED PLEADING CYCLE ESTABLISHED', the docket number and the two due-date lines, each on its own line "
 "(whitespace only). Cut after '... dominant with respect to any service.', before 'Looking Glass, a Delaware "
 "corporation, is a holding company and the ultimate sole owner of Looking Glass Networks, Inc. (\u201c Looking Glass "
 "Operations\u201d) and Looking Glass Networks of Virginia, Inc. (\u201c Looking Glass Virginia\u201d) (together, "
 "the \u201cLooking Glass Operating', which the footnote text ('1 47 C. F. R § 63.04; ...') interrupts, and the "
 "rest (the two operating companies are thus not in the kept text); `truncated`. Kept as written: 'DA 06- 1323', "
 "'WC Docket No. 06- 116', '63.03( b)( 2)( i)', '\u201c Looking Glass\u201d', '\u201c Level 3\u201d', '\u201c "
 "Application\u201d' (the rendering's spaces; no word changed). One text per event: no other paper on the deal came "
 "back. Found with 'domestic section 214 application filed for the transfer of "
 "control of Broadwing Corporation to Level 3 Communications streamlined pleading cycle' (rank 2) and 'docsbay domestic "
 "section 214 application filed for the transfer of control Level 3 Communications holding company wholly-owned "
 "principal operating subsidiaries' (rank 7); no docsbay.net copy with the footnotes apart came back. " + CHECK +
 "'Looking Glass', '06-1323', '06-116': 0 in the corpus, the scripts and the pools; 'Level 3' only in other matters "
 "(train us-fcc-level-3-network-outage-reporting-consent-decree-order-2012, test "
 "us-doj-centurylink-level-3-divest-networks-dark-fiber-2017, test wp-metcalf-sniper-attack: file names only; "
 "batches 22b, 33b, 39p, 40zi).", True))

# ---- Windstream / PAETEC, public notice DA 11-1934, 22 November 2011 ----------------------------------------------
U3 = "https://fcc.report/IBFS/ITC-T-C-20110819-00270/928674"
R.append(federal(
 "us-fcc-windstream-paetec-transfer-of-control-public-notice-2011", U3, "2011-11-22",
 "Public notice DA 11-1934, WC Docket No. 11-142: PAETEC Holding Corporation and Windstream Corporation "
 "applications for the transfer of control of PAETEC's subsidiaries",
 "DA 11-1934 Released: November 22, 2011\n\n"
 "WC Docket No. 11-142\n\n"
 "On August 19, 2011, PAETEC Holding Corporation (PAETEC) and Windstream Corporation (Windstream) (together, "
 "Applicants) filed applications pursuant to section 214 of the Communications Act of 1934, as amended (Act), 47 "
 "U.S.C. \u00a7 214, seeking approval for the transfer of control of PAETEC\u2019s subsidiaries from PAETEC to "
 "Windstream. PAETEC, a Delaware corporation, provides, through its competitive local exchange carrier (LEC) "
 "subsidiaries, telecommunications services primarily to business customers in the District of Columbia and in all "
 "states except Alaska. Windstream, a Delaware corporation with operations throughout much of the United States, "
 "provides incumbent LEC and competitive LEC services. As a result of the proposed transaction, Windstream would "
 "become the parent company of PAETEC and its subsidiaries.\n\n"
 "On September 15, 2011, the Wireline Competition Bureau and the International Bureau (Bureaus) released a Public "
 "Notice requesting comment on the domestic services application. The Bureaus received comments from the City of "
 "Rochester, New York (Rochester or the City) opposing the applications. The City noted that New York State has "
 "spent substantial resources to prepare a site to accommodate a new headquarters facility for PAETEC in Rochester, "
 "and that investment might be wasted if the transfer of control is approved. On November 13, 2011, the City filed "
 "a letter stating that it has reached an agreement with Windstream and that the City withdraws its opposition to "
 "the transfer of control.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, public notice DA 11-1934, WC Docket No. 11-142, November 22, 2011, US "
 "federal government work (public domain); text as fcc.report's copy of the FCC's IBFS attachment (under "
 "ITC-T/C-20110819-00270) holds it, from the search tool's page store at " + U3,
 "fcc.report IBFS attachment (search tool page store)",
 "The public notice of 22 November 2011 (DA 11-1934, WC Docket No. 11-142) as fcc.report's copy of the FCC's IBFS "
 "attachment holds it (fixed-width text, footnotes at the page foot); an FCC notice stays public domain on a "
 "third-party copy (batches 15f, 43n). The copy's text carries no heading or letterhead (it begins with the DA "
 "number): the `title` is the gatherer's description from the DA number, the docket and the first sentence, not a "
 "heading of the notice (doubtful; the notice's own heading did not come back). Left out: fcc.report's line 'This "
 "document pretains to ITC-T/C-20110819-00270 for Transfer of Control on a International Telecommunications "
 "filing.'; the footnote markers '1' (after 'to Windstream.'), '2' (after 'services application.'), '3' (after 'is "
 "approved.') and '4' (after 'the transfer of control.'). Kept: the DA number with the release date and the docket "
 "number, each on its own line (whitespace only); line breaks inside paragraphs joined. Cut after '... withdraws its "
 "opposition to the transfer of control.', before the sentence the excerpt breaks off inside ('Rochester urges the "
 "Commission to approve the planned m'); `truncated`. Kept as written: the curly apostrophe, '\u00a7 214'. One text "
 "per event: the Bureaus' pleading-cycle notice DA 11-1563 of 15 September 2011 (fcc.report; 'various assignments "
 "and transfers of control of PAETEC and its subsidiaries to Windstream', no heading in its copy either), the "
 "parties' application (fcc.report, a party's filing) and Senator Schumer's letter of 8 September 2011 (docs.fcc.gov "
 "DOC-311505A2, an OCR'd letter) are other papers on the same deal, not taken. Found with "
 "'applications filed for the transfer of control of EarthLink Holdings Corp. to Windstream Holdings pleading cycle "
 "established' (rank 6, DA 11-1563), 'applications filed for the transfer of control of PAETEC Holding Corp. to "
 "Windstream Corporation WC Docket No. 11-142' (rank 2) and 'DA 11-1934 domestic section 214 application granted "
 "transfer of control PAETEC Holding Corporation Windstream Corporation City of Rochester' (rank 1). " + CHECK +
 "'PAETEC', 'Windstream Corporation', 'City of Rochester', '11-1934', '11-1563', '11-142': 0 in the corpus, the "
 "scripts and the pools; 'Windstream' only in train wp-iowa-telecom (Windstream's purchase of Iowa Telecom, another "
 "deal: file name only) and in GATHERING.md's notes on Windstream's enforcement matters and 43p's leads; 'Rochester' "
 "only in other matters (dev wn-southwest-airlines-purchase-airtran-airways-us-2010, dev "
 "wn-labatt-usa-move-headquarters-buffalo-new-2007: file names only).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
