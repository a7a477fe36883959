#!/usr/bin/env python3
"""Batch 44k (session 45, gatherer 44k): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a third round of session 45 in the FCC transaction lane of batches 15f,
43n, 43p, 43r, 43t, 43u, 44b and 44g: Wireline Competition Bureau public notices on domestic section 214 transfers of
control, and one Commission order, naming the seller, the target, its owners and subsidiaries and the buyer --
  - the Wireline Competition Bureau's public notice DA 07-4520 (5 November 2007) granting the application to
    transfer control of North Pittsburgh Systems, Inc. and its subsidiaries to Consolidated Communications Holdings,
    Inc., North Pittsburgh Telephone Company 'NPSI's subsidiary', Salsgiver's opposition (docs.fcc.gov);
  - the Commission's Memorandum Opinion and Order FCC 18-62 (11 May 2018) approving the transfer of control of
    ComSouth Corporation from W. Mansfield Jennings Limited Partnership to Hargray Communications Group, Inc.,
    'ComSouth Telecommunications, Inc., a subsidiary of ComSouth', Commissioner O'Rielly issuing a statement
    (docs.fcc.gov);
  - the public notice DA 05-3023 (22 November 2005) on the application to transfer control of Enventis Telecom, Inc.,
    the subsidiary of Minnesota Power Enterprises, Inc., from ALLETE, Inc. to Hickory Tech Corporation (docs.fcc.gov);
  - the public notice DA 10-2082 (28 October 2010) on the application to transfer control of Piedmont Telephone
    Membership Corporation 'as the result of a merger of Piedmont into Surry', Surry Telephone Membership Corporation,
    closed on 1 January 2009, with each cooperative's long-distance subsidiary (docs.fcc.gov).
Texts are the search tool's page-store excerpts (corpus `pages`) of the FCC's own EDOCS plain-text attachments. The
renderings' page lines, the notices' letterheads, an order's header and caption (kept as `title`), paragraph numbers,
footnote markers and the footnote text a plain-text rendering runs into the body are left out; each text is cut at
the last full sentence before the excerpt breaks off (or before footnote text runs in). No word added or changed.
Per-item notes in `notes`. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch44k.py [POOL_DIR] [--dry]   (default /tmp/gather45k/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch44g import LETTERHEAD_05

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather45k/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rilF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "and the session-45 pools /tmp/gather45*/pool (45a to 45j and 45l at the last check): ")
LETTERHEAD_07 = ("'PUBLIC NOTICE Federal Communications Commission 445 12th Street, S.W. Washington, D.C. 20554 News Media "
                 "Information 202 / 418-0500 Fax-On-Demand 202 / 418-2830 TTY 202 / 418-2555 Internet: "
                 "http://www.fcc.gov ftp.fcc.gov'")
LETTERHEAD_10 = ("'PUBLIC NOTICE Federal Communications Commission 445 12th St., S.W. Washington, D.C. 20554 News Media "
                 "Information 202 / 418-0500 Internet: http://www.fcc.gov TTY: 1-888-835-5322'")
ORIGIN = "docs.fcc.gov EDOCS attachment (search tool page store)"
R = []

# ---- Consolidated / North Pittsburgh Systems, public notice DA 07-4520 (grant), 5 November 2007 --------------------
U1 = "https://docs.fcc.gov/public/attachments/DA-07-4520A1.txt"
R.append(federal(
 "us-fcc-consolidated-north-pittsburgh-systems-transfer-of-control-granted-public-notice-2007", U1, "2007-11-05",
 "Domestic Section 214 Authorization Granted: Domestic Section 214 Application Filed for the Transfer of Control of "
 "North Pittsburgh Systems, Inc. to Consolidated Communications Holdings, Inc.",
 "DA 07-4520 Released: November 5, 2007\n\n"
 "DOMESTIC SECTION 214 AUTHORIZATION GRANTED\n\n"
 "Domestic Section 214 Application Filed for the Transfer of Control of North Pittsburgh Systems, Inc. to "
 "Consolidated Communications Holdings, Inc.\n\n"
 "WC Docket No. 07-151\n\n"
 "By the Chief, Wireline Competition Bureau:\n\n"
 "Pursuant to section 214 of the Communications Act of 1934, as amended (Act), 47 U.S.C. \u00a7 214, and sections "
 "0.91, 0.291, and 63.03 of the Commission\u2019s rules, 47 C.F.R. \u00a7\u00a7 0.91, 0.291, 63.03, the Wireline "
 "Competition Bureau (Bureau) approves the application of North Pittsburgh Systems, Inc. (NPSI) and Consolidated "
 "Communications Holdings, Inc. (CCH) (together, Applicants) requesting approval to transfer control of NPSI and its "
 "subsidiaries to CCH. The Bureau has determined that grant of this application serves the public interest, and "
 "accordingly the application is granted pursuant to the Commission\u2019s procedures for domestic section 214 "
 "transfer of control applications.\n\n"
 "Salsgiver opposes grant of the application, arguing that, unless the Bureau were to impose conditions, approval of "
 "the transaction would result in anticompetitive conduct by NPSI in the service area of NPSI\u2019s subsidiary, North "
 "Pittsburgh Telephone Company (NPTC).",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 07-4520, 'Domestic Section 214 "
 "Authorization Granted; Domestic Section 214 Application Filed for the Transfer of Control of North Pittsburgh "
 "Systems, Inc. to Consolidated Communications Holdings, Inc.', WC Docket No. 07-151, November 5, 2007, US federal "
 "government work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's "
 "page store at " + U1,
 ORIGIN,
 "The Wireline Competition Bureau's public notice of 5 November 2007 (DA 07-4520, WC Docket No. 07-151) granting the "
 "application, as the FCC's own plain-text attachment DA-07-4520A1.txt holds it (one run of text, footnote markers "
 "as bare digits, the footnotes' text at the page's foot); an FCC public notice is a US federal work, public domain "
 "(batch 15f). Left out: the letterhead (" + LETTERHEAD_07 + "); the footnote markers '1' (after '... its "
 "subsidiaries to CCH.'), '2' (after 'serves the public interest,'), '3' (after '... transfer of control "
 "applications.') and '4' (after '... North Pittsburgh Telephone Company (NPTC).'). Kept: the DA number with the "
 "release date, the upper-case heading 'DOMESTIC SECTION 214 AUTHORIZATION GRANTED', the docket's title line (as "
 "written, in title case), the docket number and 'By the Chief, Wireline Competition Bureau:', each on its own line "
 "(a grant notice: no due dates), and the body split before 'Salsgiver opposes' (whitespace only; the rendering runs "
 "all as one line). Cut after '... North Pittsburgh Telephone Company (NPTC).', before the sentence the footnotes' "
 "text breaks ('Specifically, Salsgiver contends that it has been improperly denied access under the Act to NPTC\u2019s "
 "poles or other facilities, and 1 Application of North Pittsburgh Systems, Inc. and Consolidated Communications "
 "Holdings, Inc. WC Docket No. 07-151 (filed July 17, 2007) (Application); ...'), and the rest; `truncated`. `title` "
 "is the heading and the docket's title line joined (title case). Kept as written: 'Salsgiver' (the text does not say "
 "what it is), the curly apostrophes, '47 C.F.R. \u00a7\u00a7'. One text per event: the Bureau's notice seeking "
 "comment (22 FCC Rcd 13697, 2007, cited in the cut footnote; not in the page store's answers) not used. Found with "
 "'domestic section 214 application filed transfer of control telephone company to Otelco Consolidated "
 "Communications SureWest North Pittsburgh' (rank 7). " + CHECK + "'North Pittsburgh', 'Consolidated "
 "Communications', 'Salsgiver', 'NPSI', '07-4520', '07-151': 0 in the corpus texts, the scripts, GATHERING.md and "
 "the pools.", True))

# ---- Hargray / ComSouth, Memorandum Opinion and Order FCC 18-62, 11 May 2018 --------------------------------------
U2 = "https://docs.fcc.gov/public/attachments/FCC-18-62A1.txt"
R.append(federal(
 "us-fcc-hargray-comsouth-transfer-of-control-order-2018", U2, "2018-05-11",
 "Joint Application of W. Mansfield Jennings Limited Partnership and Hargray Communications Group, Inc., for Consent "
 "to the Transfer of Control of ComSouth Corporation Pursuant to Section 214 of the Communications Act of 1934",
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: May 10, 2018 Released: May 11, 2018\n\n"
 "By the Commission: Commissioner O\u2019Rielly issuing a statement.\n\n"
 "I. INTRODUCTION\n\n"
 "By this Memorandum Opinion and Order, we approve, subject to a condition, an application filed by Hargray "
 "Communications Group, Inc. (Hargray) and W. Mansfield Jennings Limited Partnership (Mansfield) (collectively, "
 "Applicants) for the transfer of control of ComSouth Corporation (ComSouth) from Mansfield to Hargray.\n\n"
 "For the reasons set forth below, we conclude that, with the adoption of a condition designed to address a "
 "potential harm involving federal universal service fund (USF) high-cost support, the proposed transaction will "
 "serve the public interest and meets the requirements of section 214 of the Communications Act of 1934, as amended "
 "(the Act), and our rules for transfers of authorizations. Accordingly, we grant the Application subject to the "
 "specified condition.\n\n"
 "II. BACKGROUND\n\n"
 "Applicants and Transaction. ComSouth, a Georgia corporation, provides local and long distance telephone, "
 "broadband, and video services through its subsidiaries and affiliates in the cities of Hawkinsville, Perry, Fort "
 "Valley, Cochran, Unadilla, Pinehurst, Marshallville, Kathleen, and Bonaire, and in the counties of Peach and Macon "
 "in Georgia. ComSouth Telecommunications, Inc., a subsidiary of ComSouth, is an incumbent local exchange carrier "
 "(LEC) serving 3,339 lines in those areas.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Memorandum Opinion and Order FCC 18-62, 'In the Matter of Joint "
 "Application of W. Mansfield Jennings Limited Partnership and Hargray Communications Group, Inc., for Consent to the "
 "Transfer of Control of ComSouth Corporation Pursuant to Section 214 of the Communications Act of 1934', WC Docket "
 "No. 18-52, adopted May 10, 2018, released May 11, 2018, US federal government work (public domain); text as the "
 "FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U2,
 ORIGIN,
 "The Commission's order of 11 May 2018 (FCC 18-62, WC Docket No. 18-52) as the FCC's own plain-text attachment "
 "FCC-18-62A1.txt holds it (one run of text, footnote markers as bare digits after a space, the footnotes' text at "
 "the page's foot); an FCC order is a US federal work, public domain (batch 15f). Left out, as 43p cut the Straight "
 "Path order's header: 'Federal Communications Commission FCC 18-62', 'Before the Federal Communications Commission "
 "Washington, D.C. 20554', the caption (kept as `title`, without 'In the Matter of' and the ')' brackets) and 'WC "
 "Docket No. 18-52'; the paragraph numbers '1.', '2.', '3.'; the footnote markers ' 1' (after '... from Mansfield to "
 "Hargray.'), ' 2' (after '... our rules for transfers of authorizations.'), ' 3' (after '... Peach and Macon in "
 "Georgia.') and ' 4' (after '... serving 3,339 lines in those areas.'). Kept: 'MEMORANDUM OPINION AND ORDER', the "
 "adopted and released dates, 'By the Commission: Commissioner O\u2019Rielly issuing a statement.', the section "
 "headings 'I. INTRODUCTION' and 'II. BACKGROUND', each on its own line; the run-in paragraph heading 'Applicants and "
 "Transaction.' as written. Cut after '... serving 3,339 lines in those areas.', before the sentence the footnotes' "
 "text breaks ('ComSouth 1 Application of W. Mansfield Jennings Limited Partnership, Transferor, and Hargray "
 "Communication Group, Inc., Transferee, For Consent to the Transf'), and the rest; `truncated`. Kept as written: "
 "the curly apostrophe in 'O\u2019Rielly', 'long distance' (no hyphen), 'high-cost'. docslib.org's copy of the PDF "
 "(the same order, its first page) not used: the FCC's own text. One text per event: no other paper on the deal came "
 "back. Found with 'Hargray of Georgia ComSouth Telecommunications Cable One Delaware corporation Phoenix Sparklight "
 "cable operator competitive LEC' (rank 6; docslib's copy rank 3); 44g saw it and did not take it (time). " + CHECK +
 "'ComSouth', 'Mansfield Jennings', 'Hawkinsville', 'Marshallville', 'FCC 18-62', 'O\u2019Rielly', \"O'Rielly\": 0 "
 "in the corpus texts, the scripts and the pools (GATHERING.md names 'ComSouth' and 'FCC 18-62' only in 44g's "
 "not-used list); '18-52' only as DA 18-52 (43p's Verizon/Straight Path order, another matter); 'Hargray' only in "
 "dev wp-cricket-wireless and batch 31i's scripts (another matter; file names only).", True))

# ---- Hickory Tech / Enventis Telecom, public notice DA 05-3023, 22 November 2005 ----------------------------------
U3 = "https://docs.fcc.gov/public/attachments/DA-05-3023A1.txt"
R.append(federal(
 "us-fcc-hickory-tech-enventis-telecom-transfer-of-control-public-notice-2005", U3, "2005-11-22",
 "Domestic Section 214 Application Filed for Transfer of Control of Enventis Telecom, Inc. from ALLETE, Inc. to "
 "Hickory Tech Corporation",
 "DA 05- 3023 Released: November 22, 2005\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR TRANSFER OF CONTROL OF ENVENTIS TELECOM, INC. FROM ALLETE, INC. TO "
 "HICKORY TECH CORPORATION\n\n"
 "STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 05- 324\n\n"
 "Comments Due: December 6, 2005\n\n"
 "Reply Comments Due: December 13, 2005\n\n"
 "On November 16, 2005, ALLETE, Inc. (\u201c ALLETE\u201d), Minnesota Power Enterprises, Inc., (\u201c MP "
 "Enterprises\u201d) and its subsidiary Enventis Telecom, Inc. (\u201c Enventis\u201d), and Hickory Tech Corporation "
 "(\u201c Hickory Tech\u201d) (collectively, the \u201cApplicants\u201d), filed an application, pursuant to section "
 "63.04 of the Commission\u2019s rules, seeking approval to transfer control of Enventis from ALLETE to Hickory Tech. "
 "Applicants assert that this transaction is entitled to presumptive streamlined treatment under section 63.03( b)( "
 "2)( ii) of the Commission\u2019s rules because at the completion of the transaction: (1) Hickory Tech, together "
 "will all of its affiliates, will have a market share in the interstate, interexchange market of less than 10 "
 "percent; (2) Hickory Tech will provide competitive telephone exchange services exclusively in geographic areas "
 "served by a dominant carrier that is not a party to the transaction; and (3) the Applicants are a dominant "
 "carrier, Hickory Tech, and a non- dominant carrier, Enventis, that provides services exclusively outside the "
 "geographic areas where the dominant carrier is dominant.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 05-3023, 'Domestic Section 214 "
 "Application Filed for Transfer of Control of Enventis Telecom, Inc. from ALLETE, Inc. to Hickory Tech Corporation; "
 "Streamlined Pleading Cycle Established', WC Docket No. 05-324, November 22, 2005, US federal government work "
 "(public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U3,
 ORIGIN,
 "The public notice of 22 November 2005 (DA 05-3023, WC Docket No. 05-324) as the FCC's own plain-text attachment "
 "DA-05-3023A1.txt holds it (one run of text, a PDF rendering with spaces after hyphens, opening brackets and "
 "opening quotation marks, as 44g's DA 05-3187); an FCC public notice is a US federal work, public domain (batch "
 "15f). Left out: the rendering's page line ('*Pages 1--4 from Microsoft Word - 53227.doc*'); the letterhead ("
 + LETTERHEAD_05 + "); the footnote markers ' 1' (after 'the Commission\u2019s rules,'), ' 2' (after '... from ALLETE "
 "to Hickory Tech.') and ' 3' (after '... where the dominant carrier is dominant.'). Kept: the DA number with the "
 "release date, the upper-case heading, 'STREAMLINED PLEADING CYCLE ESTABLISHED', the docket number and the two "
 "due-date lines, each on its own line; the body's first paragraph. Cut after '... where the dominant carrier is "
 "dominant.', where the next sentence ('Enventis, a Minnesota corporation, offers fiber optic communication and "
 "advanced data') is broken by the footnotes' text running in at the page's foot ('1 47 C. F. R \u00a7 63.04; see 47 "
 "U. S. C. \u00a7 214. 2 Applicants are also filing an application for transfer of control associated with "
 "authorization for international services. Any action on this d'), and the rest; `truncated`. Kept as written (the "
 "rendering's spaces and the notice's words): 'DA 05- 3023', 'WC Docket No. 05- 324', '(\u201c ALLETE\u201d', "
 "'Minnesota Power Enterprises, Inc., (\u201c MP Enterprises\u201d)' (the comma before the bracket), "
 "'63.03( b)( 2)( ii)', 'together will all of its affiliates' (sic, 'will' for 'with'), 'non- dominant'. One text "
 "per event: no other paper on the deal came back. Found with 'transfer of control Hutchinson Telephone Company to "
 "New Ulm Telecom domestic section 214 public notice 2007' (rank 5). " + CHECK + "'Enventis', 'ALLETE', 'Hickory "
 "Tech', 'HickoryTech', 'Minnesota Power', '05-3023', '05-324': 0 in the corpus texts, the scripts, GATHERING.md and "
 "the pools.", True))

# ---- Surry / Piedmont Telephone Membership, public notice DA 10-2082, 28 October 2010 -----------------------------
U4 = "https://docs.fcc.gov/public/attachments/DA-10-2082A1.txt"
R.append(federal(
 "us-fcc-surry-piedmont-telephone-membership-transfer-of-control-public-notice-2010", U4, "2010-10-28",
 "Domestic Section 214 Application Filed for the Transfer of Control of Piedmont Telephone Membership Corporation to "
 "Surry Telephone Membership Corporation",
 "DA 10-2082 Released: October 28, 2010\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR THE TRANSFER OF CONTROL OF PIEDMONT TELEPHONE MEMBERSHIP CORPORATION TO "
 "SURRY TELEPHONE MEMBERSHIP CORPORATION\n\n"
 "NON-STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 10-219\n\n"
 "Comments Due: November 12, 2010\n\n"
 "Reply Comments Due: November 18, 2010\n\n"
 "On October 20, 2010, Piedmont Telephone Membership Corporation (Piedmont) and Surry Telephone Membership "
 "Corporation (Surry) (together, Applicants) filed an application pursuant to section 63.03 of the Commission\u2019s "
 "rules to transfer control of Piedmont as the result of a merger of Piedmont into Surry. Applicants do not seek "
 "presumptive streamlined treatment for this application under section 63.03(b) of the Commission\u2019s rules and "
 "closed the transaction without authority on January 1, 2009.\n\n"
 "Piedmont, a North Carolina corporation, provided incumbent local exchange carrier (LEC) service in Davidson County, "
 "North Carolina. Its subsidiary, Piedmont Communications Services, Inc. (PCS), operated as a reseller of long "
 "distance services in Piedmont\u2019s service territory. Piedmont was a member owned cooperative with no 10 percent "
 "or greater interest holders. Surry, a North Carolina corporation and member owned cooperative with no 10 percent "
 "or greater interest holders, provides incumbent LEC service in Surry and Stokes Counties in North Carolina. As a "
 "result of the January 1, 2009 merger of Piedmont into Surry, Surry now provides incumbent LEC service in "
 "Piedmont\u2019s former territory in Davidson County.\n\n"
 "Surry had a subsidiary named Surry Telecommunications, Inc. (STI) that operated as a reseller of long distance "
 "services in Surry and Stoke Counties until STI was merged into PCS as of July 1, 2009.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 10-2082, 'Domestic Section 214 "
 "Application Filed for the Transfer of Control of Piedmont Telephone Membership Corporation to Surry Telephone "
 "Membership Corporation; Non-Streamlined Pleading Cycle Established', WC Docket No. 10-219, October 28, 2010, US "
 "federal government work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search "
 "tool's page store at " + U4,
 ORIGIN,
 "The public notice of 28 October 2010 (DA 10-2082, WC Docket No. 10-219) as the FCC's own plain-text attachment "
 "DA-10-2082A1.txt holds it (one run of text, footnote markers as bare digits, the footnotes' text at the page's "
 "foot, as 44b's DA 10-1915); an FCC public notice is a US federal work, public domain (batch 15f). Left out: the "
 "letterhead (" + LETTERHEAD_10 + "); the footnote markers ' 1' (after '... a merger of Piedmont into Surry.'), '2' "
 "(after 'section 63.03(b) of the Commission\u2019s rules', before 'and closed') and ' 3' (after '... former territory "
 "in Davidson County.'). Kept: the DA number with the release date, the upper-case heading, 'NON-STREAMLINED "
 "PLEADING CYCLE ESTABLISHED', the docket number and the two due-date lines, each on its own line, and the body split "
 "before 'Piedmont, a North Carolina corporation' and before 'Surry had a subsidiary' (whitespace only; the "
 "rendering runs all as one line). Cut after '... merged into PCS as of July 1, 2009.', before the sentence the "
 "excerpt breaks off inside ('PCS now provides resold long distance services in Davidson, Surry, and Stokes'), and "
 "the rest; `truncated`. Kept as written: 'member owned' (no hyphen), 'Surry and Stoke Counties' (sic, beside 'Surry "
 "and Stokes Counties'), 'the January 1, 2009 merger', the curly apostrophes. One text per event: the Enforcement "
 "Bureau's order and consent decree with Piedmont Communications Services, Inc. and Surry Telephone Membership Corp. "
 "(DA 11-880, 18 May 2011, docs.fcc.gov and transition.fcc.gov: the same transactions made without authority) not "
 "used. Found with 'domestic section 214 application filed transfer of control telephone company to Otelco "
 "Consolidated Communications SureWest North Pittsburgh' (rank 3) and 'Piedmont Telephone Membership Corporation "
 "merger into Surry Telephone Membership Corporation Davidson County transfer of control' (rank 1). " + CHECK +
 "'Piedmont Telephone', 'Piedmont Communications', 'Surry Telephone', 'Surry Telecommunications', '10-2082', "
 "'10-219': 0 in the corpus texts, the scripts, GATHERING.md and the pools; 'Surry' alone only in test "
 "wp-1998-sydney-water-crisis and batch 36f's script (Surry Hills, another matter; file names only).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
