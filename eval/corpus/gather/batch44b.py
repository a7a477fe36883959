#!/usr/bin/env python3
"""Batch 44b (session 45, gatherer 44b): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a round of session 45 in the FCC transaction lane of batches 15f, 43n,
43p, 43r, 43t and 43u: public notices on domestic section 214 transfers of control naming the buyer, the target, its
owners and its subsidiaries --
  - the public notice DA 01-715 (20 March 2001) on the applications of Telephone and Data Systems, Inc. and Chorus
    Communications, Ltd. to transfer control of Chorus and its subsidiaries to TDS, TDS's 'wholly-owned subsidiary'
    Singer Acquisition Corp. to merge into Chorus (docsbay.net's copy of the FCC's notice; 43t's lead);
  - the public notice DA 10-1953 (12 October 2010) on the application to transfer control of diversiCom, Inc. and
    its wholly owned subsidiaries Melrose Telephone Company and Mainstreet Communications, LLC from the L.H. Arvig
    Trust to Arvig Enterprises, Inc. (the FCC's EDOCS plain-text attachment on docs.fcc.gov);
  - the public notice DA 10-1915 (5 October 2010) on the application to transfer control of Clements Telephone
    Company to Arvig Enterprises, Inc., Hector Communications Corporation 'the parent company of Sleepy Eye
    Telephone Company' and Arvig's 'subsidiary, Tekstar Communications, Inc.' (docs.fcc.gov);
  - the public notice DA 20-293 (18 March 2020) granting the application to transfer control of Lonsdale Telephone
    Co., Inc. from two Simon family trusts to Rural Communications Holding Corporation, the holding company that
    'directly or indirectly controls' eight named incumbent carriers (docs.fcc.gov).
Texts are the search tool's page-store excerpts (corpus `pages`). The hosts' page headers and page numbers, the
notices' letterheads, footnote markers and the footnote text a plain-text rendering runs into the body are left
out; each text is cut at the last full sentence before the excerpt breaks off (or before footnote text runs in). No
word added or changed. Per-item notes in `notes`. Written before any extractor ran on the texts (newskg was not run
on them).
usage: batch44b.py [POOL_DIR] [--dry]   (default /tmp/gather45b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather45b/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rilF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "and the session-45 pools /tmp/gather45*/pool (45a and 45d at the time): ")
R = []

# ---- TDS / Chorus Communications, public notice DA 01-715, 20 March 2001 -----------------------------------------
U1 = ("https://docsbay.net/doc/804797/commission-seeks-comment-on-application-for-consent-to-transfer-control-"
      "filed-by-chorus")
R.append(federal(
 "us-fcc-tds-chorus-communications-transfer-of-control-public-notice-2001", U1, "2001-03-20", None,
 "DA 01-715\n\n"
 "Released: March 20, 2001\n\n"
 "Pleading Cycle Established\n\n"
 "CC Docket No. 01-73\n\n"
 "Comments/Petitions Due: April 19, 2001\n\n"
 "Responses/Oppositions to Petitions Due: May 4, 2001\n\n"
 "On March 7, 2001, Telephone and Data Systems, Inc. (TDS), and Chorus Communications, Ltd. (Chorus) "
 "(collectively Applicants) filed applications pursuant to sections 214 and 310(d) of the Communications Act of "
 "1934, as amended, 47 U.S.C. \u00a7\u00a7 214, 310(d), requesting Federal Communications Commission (Commission) "
 "approval to transfer control to TDS of Commission licenses and authorizations held by Chorus and its subsidiaries "
 "to provide domestic and international telecommunications services pursuant to parts 22, 63 and 90 of the "
 "Commission\u2019s rules. Specifically, Applicants request Commission approval to transfer control of wireless "
 "licenses and domestic authorizations held by Chorus and its subsidiaries, and international authorizations held "
 "by Chorus\u2019s subsidiaries, Pioneer Communications, Inc. (Pioneer), and Chorus Networks, Inc. (Chorus "
 "Networks), to TDS. Under the terms of the proposed transfer of control, Singer Acquisition Corp. (Singer), a "
 "wholly-owned subsidiary of TDS, will merge with and into Chorus, leaving Chorus a wholly-owned subsidiary of TDS. "
 "Chorus\u2019s subsidiaries will also become wholly-owned indirect subsidiaries of TDS.\n\n"
 "TDS is a holding company, which through its wholly-owned subsidiary, TDS Telecommunications Corporation (TDS "
 "Telecom) and operating subsidiaries, serves approximately 731,000 access lines and access line equivalents in 28 "
 "states. In Wisconsin, TDS serves approximately 107,000 access lines in 158 communities through its 16 incumbent "
 "local exchange carriers (LECs). In Minnesota, TDS Telecom serves approximately 34,140 access lines through its "
 "incumbent LEC subsidiaries, and 49,900 access lines through a competitive LEC, USLink.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, public notice DA 01-715 (its heading is not in the "
 "stored text; docsbay.net files it as 'Commission Seeks Comment on Application for Consent to Transfer Control "
 "Filed by Chorus ...'), 'Pleading Cycle Established', CC Docket No. 01-73, March 20, 2001, US federal government "
 "work (public domain); text as docsbay.net's copy of the FCC's notice holds it, from the search tool's page store "
 "at " + U1,
 "docsbay.net copy of an FCC public notice (search tool page store)",
 "The public notice of 20 March 2001 (DA 01-715, CC Docket No. 01-73) as docsbay.net's copy holds it (the notice's "
 "Word text with a bracketed footnote marker; footnote text after the body, not in the excerpt); an FCC notice "
 "stays public domain on a third-party copy (batches 15f, 43n, 43p, 43t, 43u). The copy starts at the DA line: no "
 "letterhead and no upper-case heading in the excerpt, so `title` is null (docsbay.net's page label, 'Commission "
 "Seeks Comment on Application for Consent to Transfer Control Filed by Chorus', is cut short in its address and is "
 "named only in the attribution). Left out: the footnote marker '[1]' (after 'the Commission\u2019s rules.'). Kept: "
 "the DA number, the release date, 'Pleading Cycle Established', the docket number and the two due-date lines, "
 "each on its own line (the copy's empty line after the release date dropped: whitespace only); the copy's two "
 "body paragraphs. Cut after '... through a competitive LEC, USLink.', before the sentence the excerpt breaks off "
 "inside ('Chorus, through its incumbent LEC and competitive LEC subsidiaries, provides local exchange services in "
 "Wisconsin and Minnes'), and the rest; `truncated`. Kept as written: '47 U.S.C. \u00a7\u00a7 214, 310(d)' (in the "
 "body), 'Chorus\u2019s', the curly apostrophes. One text per event: the Bureaus' order approving the deal (DA "
 "01-1914, 10 August 2001, docs.fcc.gov/apps.fcc.gov and the UNT web archive's copy) and TDS Metrocom's 2008 pro "
 "forma notification on Chorus Networks, LLC (fcc.report) not used. Found with 'Chorus Communications Group TDS "
 "Telecommunications transfer of control domestic section 214 public notice' (rank 1; 43t's and 43u's lead). "
 + CHECK + "'Chorus Communications', 'Chorus Networks', 'Singer Acquisition', 'Pioneer Communications', 'USLink', "
 "'01-715', '01-73': 0 in the corpus texts, the scripts and the pools (GATHERING.md names 'Singer Acquisition', "
 "'Pioneer Communications', 'Chorus Networks' and '01-715' only in 43t's and 43u's lead lists); 'Chorus' alone only "
 "in other matters (Chorus Ltd of New Zealand, a Nepali name; file names only); 'Telephone and Data Systems' and "
 "'TDS Telecom' in batch 43t's two TDS notices (other deals: Union Telephone 2009, Ark-O 2015).", True))

# ---- Arvig / diversiCom, Melrose Telephone and Mainstreet, public notice DA 10-1953, 12 October 2010 ------------
U2 = "https://docs.fcc.gov/public/attachments/DA-10-1953A1.txt"
R.append(federal(
 "us-fcc-arvig-diversicom-melrose-telephone-transfer-of-control-public-notice-2010", U2, "2010-10-12",
 "Domestic Section 214 Application Filed for the Transfer of Control of diversiCom, Inc. to Arvig Enterprises, Inc.",
 "DA 10-1953 Released: October 12, 2010\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR THE TRANSFER OF CONTROL OF DIVERSICOM, INC. TO ARVIG ENTERPRISES, "
 "INC.\n\n"
 "NON-STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 10-203\n\n"
 "Comments Due: October 26, 2010\n\n"
 "Reply Comments Due: November 2, 2010\n\n"
 "On September 30, 2010, the L.H. Arvig Trust (LHA Trust) and Arvig Enterprises, Inc. (Arvig) (together, "
 "Applicants) filed an application pursuant to section 63.03 of the Commission\u2019s rules to transfer control of "
 "diversiCom, Inc. (DCI) and its wholly owned subsidiaries, Melrose Telephone Company (Melrose) and Mainstreet "
 "Communications, LLC (Mainstreet), from the LHA Trust to Arvig. Applicants do not seek streamlined processing for "
 "this application under section 63.03(b) of the Commission\u2019s rules.\n\n"
 "DCI, a Minnesota holding company that does not itself provide telecommunications services, owns Melrose, a "
 "Minnesota corporation that provides incumbent local exchange carrier (LEC) and resold interstate toll services in "
 "eight rural exchanges in central Minnesota (Eden Valley, Greenwald, Grey Eagle, Kimball, Melrose, Richmond, St. "
 "Martin, and Watkins). DCI also owns Mainstreet, a Minnesota limited liability company that provides competitive "
 "LEC service and resold interstate toll service in the Sauk Centre exchange in Minnesota. Mainstreet is also "
 "authorized to provide competitive LEC services in the Long Prairie, Cold Spring, Alexandria, and Willmar "
 "exchanges in central Minnesota, but has not yet commenced services and has no schedule for doing so.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 10-1953, 'Domestic Section "
 "214 Application Filed for the Transfer of Control of diversiCom, Inc. to Arvig Enterprises, Inc.; Non-Streamlined "
 "Pleading Cycle Established', WC Docket No. 10-203, October 12, 2010, US federal government work (public domain); "
 "text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U2,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 12 October 2010 (DA 10-1953, WC Docket No. 10-203) as the FCC's own plain-text attachment "
 "DA-10-1953A1.txt holds it (one run of text, footnote markers as bare digits, the footnotes' text run in after "
 "the body's third footnote); an FCC public notice is a US federal work, public domain (batch 15f). Left out: the "
 "letterhead ('PUBLIC NOTICE Federal Communications Commission 445 12th St., S.W. Washington, D.C. 20554 News "
 "Media Information 202 / 418-0500 Internet: http://www.fcc.gov TTY: 1-888-835-5322'); the footnote markers '1' "
 "(after '... from the LHA Trust to Arvig.'), '2' (after '... of the Commission\u2019s rules.') and '3' (after '... "
 "for doing so.'). Kept: the DA number with the release date, the upper-case heading (also as `title`, in the "
 "notice's own capitals: 'diversiCom'), 'NON-STREAMLINED PLEADING CYCLE ESTABLISHED', the docket number and the "
 "two due-date lines, each on its own line, and the body split before 'DCI, a Minnesota holding company' "
 "(whitespace only; the rendering runs all as one line). Cut after '... has no schedule for doing so.', before the "
 "sentence broken by the footnotes' text running in ('Applicants state that 1 47 C.F.R \u00a7 63.03; see 47 "
 "U.S.C. \u00a7 214. Applicants are also filing applications for a transfer of control associated with "
 "authorization for international and wireless services. ...'), and the rest; `truncated`. Kept as written: "
 "'diversiCom, Inc.' (body) beside 'DIVERSICOM, INC.' (heading), 'wholly owned' (no hyphen), the curly "
 "apostrophes. One text per event: no other paper on the deal came back. Found with 'Hector Communications Blue "
 "Earth Valley New Ulm Telecom Arvig domestic section 214 transfer of control' (rank 5; DA 06-1768 the lead it was "
 "sought for). " + CHECK + "'diversiCom', 'Melrose Telephone', 'Mainstreet Communications', 'L.H. Arvig', 'LHA "
 "Trust', '10-1953', '10-203': 0 in the corpus, the scripts and the pools; 'Arvig' only in batch 43u (WETEC/Unitel "
 "2006, another deal) and GATHERING.md's lead lists.", True))

# ---- Arvig / Clements Telephone, public notice DA 10-1915, 5 October 2010 ----------------------------------------
U3 = "https://docs.fcc.gov/public/attachments/DA-10-1915A1.txt"
R.append(federal(
 "us-fcc-arvig-clements-telephone-transfer-of-control-public-notice-2010", U3, "2010-10-05",
 "Domestic Section 214 Application Filed for the Transfer of Control of Clements Telephone Company to Arvig "
 "Enterprises, Inc.",
 "DA 10-1915 Released: October 5, 2010\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR THE TRANSFER OF CONTROL OF CLEMENTS TELEPHONE COMPANY TO ARVIG "
 "ENTERPRISES, INC.\n\n"
 "NON-STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 10-202\n\n"
 "Comments Due: October 19, 2010\n\n"
 "Reply Comments Due: October 26, 2010\n\n"
 "On September 23, 2010, Clements Telephone Company (Clements) and Arvig Enterprises, Inc. (Arvig) (together, "
 "Applicants) filed an application pursuant to section 63.03 of the Commission\u2019s rules to transfer control of "
 "Clements to Arvig. Applicants do not seek streamlined processing for this application under section 63.03(b) of "
 "the Commission\u2019s rules.\n\n"
 "Clements, a Minnesota corporation, is a rural incumbent local exchange carrier (LEC) serving the Clements "
 "exchange in south central Minnesota. The company is owned by the following U.S. citizens and U.S.-based entity, "
 "who have family relationships with one another: Linda B. Chambers (49.11%), Michael C. Chambers (0.11%), Lauren "
 "S. Beran Trust (12.45%), Mildred B. Sternick (33.33%), and Joe H. Beran (5.00%). Arvig, a Minnesota corporation, "
 "provides incumbent LEC, competitive LEC, and long distance services in Minnesota. Arvig owns a one third indirect "
 "interest in Hector Communications Corporation, the parent company of Sleepy Eye Telephone Company, an incumbent "
 "local exchange carrier. Sleepy Eye Telephone Company serves the Sleepy Eye exchange, which is adjacent to the "
 "Clements exchange. Arvig\u2019s competitive LEC operations, which are provided by its subsidiary, Tekstar "
 "Communications, Inc., do not overlap with the Clements exchange. Because of the incumbent LEC adjacent service "
 "areas the Applicants have identified, this application is not entitled to presumptive streamlined treatment.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 10-1915, 'Domestic Section "
 "214 Application Filed for the Transfer of Control of Clements Telephone Company to Arvig Enterprises, Inc.; "
 "Non-Streamlined Pleading Cycle Established', WC Docket No. 10-202, October 5, 2010, US federal government work "
 "(public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at "
 + U3,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 5 October 2010 (DA 10-1915, WC Docket No. 10-202) as the FCC's own plain-text attachment "
 "DA-10-1915A1.txt holds it (one run of text, footnote markers as bare digits, the footnotes' text run in after the "
 "body's third footnote); an FCC public notice is a US federal work, public domain (batch 15f). Left out: the "
 "letterhead ('PUBLIC NOTICE Federal Communications Commission 445 12th St., S.W. Washington, D.C. 20554 News "
 "Media Information 202 / 418-0500 Internet: http://www.fcc.gov TTY: 1-888-835-5322'); the footnote markers '1' "
 "(after '... to transfer control of Clements to Arvig.'), '2' (after '... of the Commission\u2019s rules.') and "
 "'3' (after '... presumptive streamlined treatment.'). Kept: the DA number with the release date, the upper-case "
 "heading, 'NON-STREAMLINED PLEADING CYCLE ESTABLISHED', the docket number and the two due-date lines, each on its "
 "own line, and the body split before 'Clements, a Minnesota corporation' (whitespace only; the rendering runs all "
 "as one line). Cut after '... not entitled to presumptive streamlined treatment.', where the footnotes' text runs "
 "in ('1 47 C.F.R \u00a7 63.03; see 47 U.S.C. \u00a7 214. Applicants filed a supplem'), and the rest; `truncated`. "
 "Kept as written: 'one third' (no hyphen), the percentages, the curly apostrophe. One text per event: no other "
 "paper on the deal came back. Found with 'Hector Communications Blue Earth Valley New Ulm Telecom Arvig domestic "
 "section 214 transfer of control' (rank 3). " + CHECK + "'Clements Telephone', 'Sleepy Eye', 'Tekstar', "
 "'Hector Communications', 'Sternick', 'Beran', 'Linda B. Chambers', '10-1915', '10-202': 0 in the corpus texts, "
 "the scripts and the pools ('Hector Communications' only in GATHERING.md's lead lists; '10-202' only inside "
 "'2010-2020' in batch 33b and '2010-2024' in GATHERING.md); 'Clements' alone only in other matters (file names only); 'Arvig' only in batch 43u "
 "(WETEC/Unitel 2006) and beside this batch's diversiCom notice (another deal, a week later).", True))

# ---- RCHC / Lonsdale Telephone, public notice DA 20-293 (grant), 18 March 2020 ----------------------------------
U4 = "https://docs.fcc.gov/public/attachments/DA-20-293A1.txt"
R.append(federal(
 "us-fcc-rchc-lonsdale-telephone-transfer-of-control-granted-public-notice-2020", U4, "2020-03-18",
 "Domestic Section 214 Application Granted for the Transfer of Control of Lonsdale Telephone Co. to Rural "
 "Communications Holding Corporation",
 "DA 20-293 Released: March 18, 2020\n\n"
 "DOMESTIC SECTION 214 APPLICATION GRANTED FOR THE TRANSFER OF CONTROL OF LONSDALE TELEPHONE CO. TO RURAL "
 "COMMUNICATIONS HOLDING CORPORATION\n\n"
 "WC Docket No. 20-24\n\n"
 "By this Public Notice, the Wireline Competition Bureau (Bureau) grants the application filed by the Bonita L. "
 "Simon Revocable Trust U/A/D March 4, 2011 and the Simon Family Trust U/A/D March 4, 2011 (together, the "
 "Transferor Trusts) and Rural Communications Holding Corporation (RCHC) (collectively, Applicants), pursuant to "
 "section 214 of the Communications Act of 1934, as amended, and sections 63.03-04 of the Commission\u2019s rules, "
 "requesting consent to transfer control of Lonsdale Telephone Co., Inc. (LTCI) from the Transferor Trusts to "
 "RCHC. No party filed comments in opposition to a grant of the Application.\n\n"
 "LTCI provides service as an incumbent local exchange carrier (LEC) to 1,748 access lines in a single exchange "
 "serving the area in and around the City of Lonsdale in Rice County in rural southeastern Minnesota. RCHC is a "
 "holding company that directly or indirectly controls the following eight incumbent LECs that also provide local "
 "and resold interstate toll services in 23 rural local exchanges in southern Minnesota and nearby portions of "
 "Wisconsin and Iowa: (1) Blue Earth Valley Telephone Company; (2) Easton Telephone Company; (3) Eckles Telephone "
 "Company (Eckles Telephone); (4) Cannon Valley Telecom, Inc.; (5) Pine Island Telephone Company; (6) Indianhead "
 "Telephone Company; (7) Hager Telecom, Inc.; and (8) Granada Telephone Company. LTCI\u2019s Lonsdale exchange is "
 "adjacent to the New Prague, Minnesota exchange served by Eckles Telephone.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 20-293, 'Domestic Section 214 "
 "Application Granted for the Transfer of Control of Lonsdale Telephone Co. to Rural Communications Holding "
 "Corporation', WC Docket No. 20-24, March 18, 2020, US federal government work (public domain); text as the FCC's "
 "EDOCS plain-text attachment holds it, from the search tool's page store at " + U4,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 18 March 2020 (DA 20-293, WC Docket No. 20-24) as the FCC's own plain-text attachment "
 "DA-20-293A1.txt holds it (one run of text, each footnote's text run into the body where its marker stood, as 43n's "
 "Gray/Meredith letter); an FCC public notice is a US federal work, public domain (batch 15f). Left out: the "
 "rendering's leading page number '2'; the first footnote's text, run in after 'grants the application' "
 "('Application of Bonita L. Simon Revocable Trust U/A/D March 4, 2011, Simon Family Trust U/A/D March 4, 2011, and "
 "Rural Communications Holding Corporation for the Transfer of Control of Lonsdale Telephone Co. Inc., WC Docket No. "
 "20-24 (filed Jan. 29, 2020) (Application).'); the second footnote's text, run in after 'the Commission\u2019s "
 "rules,' ('47 U.S.C. \u00a7 214; 47 CFR \u00a7\u00a7 63.03-04.'). Kept: the DA number with the release date, the "
 "upper-case heading and the docket number, each on its own line (a grant notice: no due dates), and the body split "
 "before 'LTCI provides service' (whitespace only; the rendering runs all as one line). Cut after '... served by "
 "Eckles Telephone.', before the sentence the excerpt breaks off inside ('RCHC also wholly owns the fo'), and the "
 "rest; `truncated`. Kept as written: 'LONSDALE TELEPHONE CO.' (heading) beside 'Lonsdale Telephone Co., Inc.' "
 "(body), 'U/A/D' (under agreement dated), 'sections 63.03-04', the curly apostrophes. One text per event: the "
 "notice that sought comment on the application (not in the page store's answers) not used; RCHC's earlier "
 "applications (Cannon Valley, DA 07-4146, 2007) are other deals. Found with 'RCHC owns five incumbent LECs Blue "
 "Earth Valley Telephone Company Easton Telephone Company Eckles Telephone Company Shell Rock Telephone' (rank 1). "
 + CHECK + "'Lonsdale Telephone', 'Rural Communications Holding', 'RCHC', 'Bonita L. Simon', 'Simon Family Trust', "
 "'Cannon Valley', 'Easton Telephone', 'Eckles Telephone', 'Granada Telephone', 'Hager Telecom', 'Indianhead', "
 "'Pine Island', '20-293': 0 in the corpus, the scripts and the pools; 'Blue Earth' only in GATHERING.md's lead "
 "lists; 'Lonsdale' alone only in other matters (a UK constituency name; file names only); '20-24' only inside "
 "other numbers ('2020-24221').", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
