#!/usr/bin/env python3
"""Batch 44g (session 45, gatherer 44g): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a second round of session 45 in the FCC transaction lane of batches 15f,
43n, 43p, 43r, 43t, 43u and 44b: Wireline Competition Bureau public notices on domestic section 214 transfers of
control naming the buyer, the target, its owners and its subsidiaries --
  - the public notice DA 05-3187 (14 December 2005) on the application to transfer control of Laurel Telephone
    Company, Inc. to Heart of Iowa Communications Cooperative (docs.fcc.gov);
  - the public notice DA 22-579 (25 May 2022) on the application to transfer control of Emmental, Inc., Moundridge
    Telephone Company, Moundridge Telecom, Inc. and Mid-Kansas Cable Services, Inc. to Rural Telephone Service
    Company, Inc. dba Nex-Tech, Emmental's 'direct and indirect wholly-owned subsidiaries' (docs.fcc.gov; 44b's lead);
  - the public notice DA 07-4146 (3 October 2007) on the application to transfer control of Cannon Valley
    Communications, Inc. and its wholly-owned subsidiary Cannon Valley Telecom, Inc. to Rural Communications Holding
    Corporation (docs.fcc.gov; 44b's lead);
  - the public notice DA 21-1376 (3 November 2021) granting, as conditioned, the application to transfer control of
    the New Knoxville Telephone Company and its subsidiary GoldStar Communications, LLC to Schurz Communications,
    Inc. (docs.fcc.gov).
Texts are the search tool's page-store excerpts (corpus `pages`) of the FCC's own EDOCS plain-text attachments. The
renderings' page lines, the notices' letterheads, footnote markers and the footnote text a plain-text rendering runs
into the body are left out; each text is cut at the last full sentence before the excerpt breaks off (or before
footnote text runs in). No word added or changed. Per-item notes in `notes`. Written before any extractor ran on the
texts (newskg was not run on them).
usage: batch44g.py [POOL_DIR] [--dry]   (default /tmp/gather45g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather45g/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rilF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "and the session-45 pools /tmp/gather45*/pool (45a to 45f and 45h at the time): ")
LETTERHEAD_05 = ("'PUBLIC NOTICE Federal Communications Commission 445 12 th Street, S. W. Washington, D. C. 20554 News "
                 "Media Information 202 / 418- 0500 Fax- On- Demand 202 / 418- 2830 TTY 202 / 418- 2555 Internet: "
                 "http:// www. fcc. gov ftp. fcc. gov'")
R = []

# ---- Heart of Iowa / Laurel Telephone, public notice DA 05-3187, 14 December 2005 --------------------------------
U1 = "https://docs.fcc.gov/public/attachments/DA-05-3187A1.txt"
R.append(federal(
 "us-fcc-heart-of-iowa-laurel-telephone-transfer-of-control-public-notice-2005", U1, "2005-12-14",
 "Domestic Section 214 Application Filed for Transfer of Control of Laurel Telephone Company, Inc. to Heart of Iowa "
 "Communications Cooperative",
 "DA 05- 3187 Released: December 14, 2005\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR TRANSFER OF CONTROL OF LAUREL TELEPHONE COMPANY, INC. TO HEART OF IOWA "
 "COMMUNICATIONS COOPERATIVE\n\n"
 "NON- STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 05- 329\n\n"
 "Comments Due: December 28, 2005\n\n"
 "Reply Comments Due: January 4, 2006\n\n"
 "On November 22, 2005, Laurel Telephone Company, Inc. (\u201c Laurel\u201d or \u201cTransferor\u201d) and Heart of Iowa "
 "Communications Cooperative (\u201c Heart of Iowa\u201d or \u201cTransferee\u201d) (collectively the "
 "\u201cApplicants\u201d), filed an application, pursuant to sections 63.03 and 63.04 of the Commission\u2019s rules, "
 "seeking authority to transfer control of Laurel to Heart of Iowa. The Applicants request streamlined treatment on "
 "a case- by- case basis although Heart of Iowa and Laurel have adjacent service areas. The Applicants argue that "
 "streamlined treatment would be consistent with the purposes of the streamlined procedures for two reasons. First, "
 "the Applicants state that Laurel serves only 306 access lines and is currently under common management with Heart "
 "of Iowa. Secondly, the Applicants argue that any increase in concentration in the industry will be entirely de "
 "minimis. Since, however, Laurel has one exchange that is adjacent to two Heart of Iowa exchanges, we reject the "
 "Applicants\u2019 arguments and conclude that the application is not eligible for streamlined treatment.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 05-3187, 'Domestic Section 214 "
 "Application Filed for Transfer of Control of Laurel Telephone Company, Inc. to Heart of Iowa Communications "
 "Cooperative; Non-Streamlined Pleading Cycle Established', WC Docket No. 05-329, December 14, 2005, US federal "
 "government work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's "
 "page store at " + U1,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 14 December 2005 (DA 05-3187, WC Docket No. 05-329) as the FCC's own plain-text attachment "
 "DA-05-3187A1.txt holds it (one run of text, a PDF rendering with spaces after hyphens and opening quotation marks, "
 "as 43u's DA 03-2756); an FCC public notice is a US federal work, public domain (batch 15f). Left out: the "
 "rendering's page line ('*Pages 1--4 from Microsoft Word - 53718.doc*'); the letterhead (" + LETTERHEAD_05 + "); "
 "the footnote markers ' 1' (after 'the Commission\u2019s rules,'), ' 2' (after '... adjacent service areas.') and "
 "' 3' (after '... not eligible for streamlined treatment.'). Kept: the DA number with the release date, the "
 "upper-case heading, 'NON- STREAMLINED PLEADING CYCLE ESTABLISHED', the docket number and the two due-date lines, "
 "each on its own line (whitespace only); the body's first paragraph. Cut after '... not eligible for streamlined "
 "treatment.', where the next sentence ('Heart of Iowa, an Iowa cooperative corporation, provides local exchange and "
 "exchange') is broken by the footnotes' text running in at the page's foot ('1 47 C. F. R \u00a7\u00a7 63.03, "
 "63.04; see 47 U. S. C. \u00a7 214. 2 The Bureau can exercise its discretion ...'), and the rest; `truncated`. Kept "
 "as written (the rendering's spaces): 'DA 05- 3187', 'WC Docket No. 05- 329', 'NON- STREAMLINED', '(\u201c Laurel\u201d', "
 "'(\u201c Heart of Iowa\u201d', 'case- by- case'; 'de minimis' in roman. One text per event: no other paper on the "
 "deal came back. Found with 'DA 05-3187 transfer of control of Laurel Telephone to Heart of Iowa' (44b, rank 1) "
 "and again with 'Domestic Section 214 Application Filed for the Transfer of Control of the New Knoxville Telephone "
 "Company and GoldStar Communications to Schurz Communications' (rank 3); 44b's lead. " + CHECK + "'Laurel "
 "Telephone', 'Heart of Iowa', '05-3187', '05-329': 0 in the corpus texts, the scripts and the pools (GATHERING.md "
 "names 'Laurel Telephone', 'Heart of Iowa' and '05-3187' only in 44b's lead lists).", True))

# ---- Nex-Tech / Emmental, Moundridge, public notice DA 22-579, 25 May 2022 ----------------------------------------
U2 = "https://docs.fcc.gov/public/attachments/DA-22-579A1.txt"
R.append(federal(
 "us-fcc-nex-tech-emmental-moundridge-telephone-transfer-of-control-public-notice-2022", U2, "2022-05-25",
 "Domestic Section 214 Application Filed for the Transfer of Control of Moundridge Telephone Company, Moundridge "
 "Telcom, Inc., and Mid-Kansas Cable Services, Inc. to Rural Telephone Service Company, Inc.",
 "DA 22-579 Released: May 25, 2022\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR THE TRANSFER OF CONTROL OF MOUNDRIDGE TELEPHONE COMPANY, MOUNDRIDGE "
 "TELCOM, INC., AND MID-KANSAS CABLE SERVICES, INC. TO RURAL TELEPHONE SERVICE COMPANY, INC.\n\n"
 "NON-STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 22-173\n\n"
 "Comments Due: June 8, 2022\n\n"
 "Reply Comment Due: June 15, 2022\n\n"
 "By this Public Notice, the Wireline Competition Bureau seeks comment from interested parties on an application "
 "filed by Emmental, Inc. (Emmental), Moundridge Telephone Company (Moundridge), Moundridge Telecom, Inc. (MTI), "
 "Mid-Kansas Cable Services, Inc. (Mid-Kansas) (collectively, Transferors), and Rural Telephone Service Company, Inc. "
 "dba Nex-Tech (RTSC), together with Transferors, Applicants), pursuant to section 214 of the Communications Act of "
 "1934, as amended, and sections 63.03-04 of the Commission\u2019s rules, requesting approval for the transfer of "
 "control of the Transferors to RTSC.\n\n"
 "Emmental is a holding company that provides telecommunications services through its direct and indirect "
 "wholly-owned subsidiaries, Moundridge, MTI, and Mid-Kansas, each Kansas corporations.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 22-579, 'Domestic Section 214 "
 "Application Filed for the Transfer of Control of Moundridge Telephone Company, Moundridge Telcom, Inc., and "
 "Mid-Kansas Cable Services, Inc. to Rural Telephone Service Company, Inc.; Non-Streamlined Pleading Cycle "
 "Established', WC Docket No. 22-173, May 25, 2022, US federal government work (public domain); text as the FCC's "
 "EDOCS plain-text attachment holds it, from the search tool's page store at " + U2,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 25 May 2022 (DA 22-579, WC Docket No. 22-173) as the FCC's own plain-text attachment "
 "DA-22-579A1.txt holds it (one run of text, each footnote's text run into the body where its marker stood, as 44b's "
 "DA 20-293); an FCC public notice is a US federal work, public domain (batch 15f). Left out: the first footnote's "
 "text, run in after '... the transfer of control of the Transferors to RTSC.' ('See 47 U.S.C. \u00a7 214; 47 CFR "
 "\u00a7\u00a7 63.03-04. See Application of Emmental, Inc., Moundridge Telephone Company, Moundridge Telcom, Inc., and "
 "Mid-Kansas Cable Services, inc., to Rural Telephone Service Company, Inc., WC Docket No 22-173 (filed Apr. 25, "
 "2022) (Application).') and the sentences that follow it before the next body paragraph ('Applicants also filed an "
 "application for the transfer of an authorization associated with international service. On May 16, 2022, "
 "Applicants filed a supplement to their domestic section 214 application. See Supplement to the Application for "
 "Transfer of Control of Domestic and International Section 214 Authorizations, WC Docket No. 22-173 (filed May 16, "
 "2022) (Supplement). Any action on this domestic section 214 application is without prejudice to Commission action "
 "on other related, pending applications.'; footnote text in the Bureau's form, the rendering does not mark where a "
 "footnote ends, so all cut); the second footnote's text, run in after '... each Kansas corporations.' ('Application "
 "at 2-3.'). Kept: the DA number with the release date, the upper-case heading, 'NON-STREAMLINED PLEADING CYCLE "
 "ESTABLISHED', the docket number and the two due-date lines, each on its own line, and the body split before "
 "'Emmental is a holding company' (whitespace only; the rendering runs all as one line). Cut after '... each Kansas "
 "corporations.', before the sentence the excerpt breaks off inside ('Moundridge is an eligible telecommunications "
 "carrier (E'), and the rest; `truncated`. Kept as written: 'MOUNDRIDGE TELCOM, INC.' (heading) beside 'Moundridge "
 "Telecom, Inc.' (body), 'Reply Comment Due' (singular), the unmatched bracket in '(RTSC), together with Transferors, "
 "Applicants)', 'each Kansas corporations', 'dba', 'wholly-owned', the curly apostrophe. One text per event: the "
 "Bureau's grant (not in the page store's answers) not used; RTSC's 2006 purchase of United Telephone exchanges (DA "
 "06-941, an asset purchase) is another deal. Found with 'Emmental Moundridge Telephone Rural Telephone Service "
 "Company Nex-Tech transfer of control domestic section 214' (rank 1; 44b's lead). " + CHECK + "'Emmental', "
 "'Moundridge', 'Mid-Kansas', 'Nex-Tech', 'Rural Telephone Service', '22-579', '22-173': 0 in the corpus texts, the "
 "scripts and the pools (GATHERING.md names 'Emmental', 'Moundridge' and 'Nex-Tech' only in 44b's lead lists); "
 "'RTSC' only in another matter (a Wikinews text of batch 37m; file names only).", True))

# ---- RCHC / Cannon Valley Communications, public notice DA 07-4146, 3 October 2007 ------------------------------
U3 = "https://docs.fcc.gov/public/attachments/DA-07-4146A1.txt"
R.append(federal(
 "us-fcc-rchc-cannon-valley-communications-transfer-of-control-public-notice-2007", U3, "2007-10-03",
 "Domestic Section 214 Application Filed for the Transfer of Control of Cannon Valley Communications, Inc. and Its "
 "Subsidiary Cannon Valley Telecom, Inc. to Rural Communications Holding Corporation",
 "DA 07-4146 Released: October 3, 2007\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR THE TRANSFER OF CONTROL OF CANNON VALLEY COMMUNICATIONS, INC. AND ITS "
 "SUBSIDIARY CANNON VALLEY TELECOM, INC. TO RURAL COMMUNICATIONS HOLDING CORPORATION\n\n"
 "NON-STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 07-219\n\n"
 "Comments Due: October 17, 2007\n\n"
 "Reply Comments Due: October 24, 2007\n\n"
 "On September 21, 2007, Cannon Valley Communications, Inc. (\u201cCannon Valley\u201d or \u201cTransferors\u201d) and "
 "Rural Communications Holding Corporation (\u201cRCHC\u201d or \u201cTransferees,\u201d collectively "
 "\u201cApplicants\u201d) filed an application pursuant to sections 63.03 and 63.04 of the Commission\u2019s rules "
 "requesting approval to transfer control of Cannon Valley and its wholly-owned subsidiary, Cannon Valley Telecom, "
 "Inc. (\u201cCVT\u201d), from the current shareholders of Cannon Valley to RCHC. The Applicants do not seek "
 "streamlined treatment for this application under section 63.03(b) of the Commission\u2019s rules.\n\n"
 "CVT, a Minnesota corporation, is an incumbent local exchange carrier (\u201cLEC\u201d) that serves the Bricelyn "
 "(Faribault County), Freeborn (Freeborn County), Frost (Faribault County), and Morristown (Rice County) exchanges in "
 "rural south central Minnesota.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 07-4146, 'Domestic Section 214 "
 "Application Filed for the Transfer of Control of Cannon Valley Communications, Inc. and Its Subsidiary Cannon "
 "Valley Telecom, Inc. to Rural Communications Holding Corporation; Non-Streamlined Pleading Cycle Established', WC "
 "Docket No. 07-219, October 3, 2007, US federal government work (public domain); text as the FCC's EDOCS "
 "plain-text attachment holds it, from the search tool's page store at " + U3,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 3 October 2007 (DA 07-4146, WC Docket No. 07-219) as the FCC's own plain-text attachment "
 "DA-07-4146A1.txt holds it (one run of text, footnote markers as bare digits); an FCC public notice is a US federal "
 "work, public domain (batch 15f). Left out: the letterhead ('PUBLIC NOTICE Federal Communications Commission 445 "
 "12th Street, S.W. Washington, D.C. 20554 News Media Information 202 / 418-0500 Fax-On-Demand 202 / 418-2830 TTY "
 "202 / 418-2555 Internet: http://www.fcc.gov ftp.fcc.gov'); the footnote markers '1' (after 'the "
 "Commission\u2019s rules', before 'requesting') and '2' (after '... of the Commission\u2019s rules.'). Kept: the DA "
 "number with the release date, the upper-case heading, 'NON-STREAMLINED PLEADING CYCLE ESTABLISHED', the docket "
 "number and the two due-date lines, each on its own line, and the body split before 'CVT, a Minnesota corporation' "
 "(whitespace only; the rendering runs all as one line). Cut after '... exchanges in rural south central "
 "Minnesota.', before the sentence the excerpt breaks off inside ('RCHC owns five incumbent LECs that serve 10 rural "
 "local exchanges in southern Minnesota and northern Iowa: Blue Earth Valley Telephone Company (\u201cBlue "
 "Earth\u201d), ... Eckles Telephone Company (\u201cEckles\u201d), a Minnesota corporation that serves the New Prague "
 "exchange in eastern Minnesota; Shell '), and the rest; `truncated` (so RCHC's carriers, named in the broken "
 "sentence, are not in the text). Kept as written: the curly quotation marks of the defined names, "
 "'(\u201cRCHC\u201d or \u201cTransferees,\u201d collectively \u201cApplicants\u201d)', 'wholly-owned', 'south "
 "central' (no hyphen). One text per event: no other paper on the deal came back; RCHC's 2020 purchase of Lonsdale "
 "Telephone (DA 20-293, batch 44b, dev) is another deal, its text naming Cannon Valley Telecom, Inc. among RCHC's "
 "carriers (told there as RCHC's, here as the target). Found with 'Cannon Valley Communications Cannon Valley "
 "Telecom Rural Communications Holding Corporation transfer of control' (rank 1; 44b's lead). " + CHECK + "'Cannon "
 "Valley Communications', 'Bricelyn', 'Morristown', '07-4146', '07-219': 0 in the corpus texts, the scripts and the "
 "pools (GATHERING.md names 'Cannon Valley Communications' and '07-4146' only in 44b's notes and lead lists; the "
 "pool record and dev file of 44b's Lonsdale notice hold '07-4146' in their notes); 'Cannon Valley' and 'Rural "
 "Communications Holding' only in 44b's Lonsdale notice (another deal).", True))

# ---- Schurz / New Knoxville Telephone, public notice DA 21-1376 (grant), 3 November 2021 ------------------------
U4 = "https://docs.fcc.gov/public/attachments/DA-21-1376A1.txt"
R.append(federal(
 "us-fcc-schurz-new-knoxville-telephone-transfer-of-control-granted-public-notice-2021", U4, "2021-11-03",
 "Domestic Section 214 Application Granted Subject to Condition",
 "DA 21-1376 Released: November 3, 2021\n\n"
 "DOMESTIC SECTION 214 APPLICATION GRANTED SUBJECT TO CONDITION\n\n"
 "WC Docket No. 21-361\n\n"
 "By this Public Notice, the Wireline Competition Bureau (Bureau) grants, as conditioned, an application filed by the "
 "New Knoxville Telephone Company (NKTC) and Schurz Communications, Inc. (Schurz) (together, Applicants), pursuant to "
 "section 214 of the Communications Act of 1934, as amended, and sections 63.03-04 of the Commission\u2019s rules, "
 "requesting consent to transfer control of NKTC and its subsidiary, GoldStar Communications, LLC (GoldStar) (NKTC "
 "and Goldstar, together, the Licensees), to Schurz. On September 28, 2021, the Bureau released a Public Notice "
 "seeking comment on the Application. The Bureau received no comments in opposition to a grant of the "
 "Application.\n\n"
 "NKTC, an Ohio corporation, provides service as an incumbent local exchange carrier (LEC) in Auglaize County and "
 "certain rural portions of Shelby County, Ohio.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 21-1376, 'Domestic Section 214 "
 "Application Granted Subject to Condition', WC Docket No. 21-361, November 3, 2021, US federal government work "
 "(public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at "
 + U4,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 3 November 2021 (DA 21-1376, WC Docket No. 21-361) as the FCC's own plain-text attachment "
 "DA-21-1376A1.txt holds it (one run of text, each footnote's text run into the body where its marker stood, as 44b's "
 "DA 20-293); an FCC public notice is a US federal work, public domain (batch 15f). Left out: the first footnote's "
 "text, run in after 'the Commission\u2019s rules,' ('See 47 U.S.C. \u00a7 214; 47 CFR \u00a7\u00a7 63.03-04.'); the "
 "second footnote's text, run in after '... together, the Licensees), to Schurz.' ('Application of the New Knoxville "
 "Telephone Company and Schurz Communications, Inc., for Grant of Authority Pursuant to Section 214 of the "
 "Communications Act of 1934, as amended, and Section 63.03 and 63.24 of the Commission\u2019s Rules to Transfer "
 "Control of Authorization Holders to Schurz Communications, Inc., WC Docket No. 21-361 (filed Sept. 13, 2021) "
 "(Application).'), with the sentences that follow it before the next body sentence ('Applicants also filed an "
 "application for the transfer of authorizations associated with international services. On September 23, 2021, "
 "Applicants filed a supplement (Supplement) to their domestic section 214 application. Any action on this domestic "
 "section 214 application is without prejudice to Commission action on other related, pending applications.'; "
 "footnote text in the Bureau's form, the rendering does not mark where a footnote ends, so all cut); the third "
 "footnote's text, run in after '... seeking comment on the Application.' ('Domestic Section 214 Application Filed "
 "for the Transfer of Control of the New Knoxville Telephone Company and GoldStar Communications, LLC to Schurz "
 "Communications, Inc., WC Docket No. 21-361, Public Notice, DA 21-1214 (WCB Sept. 28, 2021).'). Kept: the DA number "
 "with the release date, the upper-case heading (also as `title`; it names no party) and the docket number, each on "
 "its own line (a grant notice: no due dates), and the body split before 'NKTC, an Ohio corporation' (whitespace "
 "only). Cut after '... Shelby County, Ohio.', where the next footnote's text runs in and the excerpt breaks off "
 "('Application at 3; Supplement at '), and the rest; `truncated`. Kept as written: 'the New Knoxville Telephone "
 "Company' (the article in the body), 'GoldStar' beside 'Goldstar', 'grants, as conditioned', the curly apostrophe. "
 "One text per event: the Bureau's notice seeking comment (DA 21-1214, 28 September 2021; not in the page store's "
 "answers) not used. Found with 'Emmental Moundridge Telephone Rural Telephone Service Company Nex-Tech transfer of "
 "control domestic section 214' (rank 4) and 'Domestic Section 214 Application Filed for the Transfer of Control of "
 "the New Knoxville Telephone Company and GoldStar Communications to Schurz Communications' (rank 1). " + CHECK +
 "'New Knoxville', 'Schurz', 'NKTC', 'Auglaize', 'Shelby County', '21-1376', '21-1214', '21-361': 0 in the corpus "
 "texts, the scripts and the pools; 'GoldStar' only in another matter (LG's former brand, batch 30a; file names "
 "only); 'Knoxville' alone only for Knoxville, Tennessee and others (file names only).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
