#!/usr/bin/env python3
"""Batch 42h (session 43, gatherer 42h): company deals with subsidiaries and a corporate criminal resolution told in
US federal public-domain texts of the Justice Department (17 U.S.C. 105), a round of session 43 after batch 42b in the
DOJ lane of batches 16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p and 42b, first-party text only:
  - the U.S. Attorney's Office for the Eastern District of Virginia on SAP SE, a global software company based in
    Germany, paying over $220 million to resolve the Justice Department's and the SEC's FCPA investigations over
    bribes in South Africa and Indonesia, with a three-year deferred prosecution agreement (justice.gov/usao-edva,
    10 January 2024);
  - the Antitrust Division's Federal Register notice on ZF Friedrichshafen AG's proposed acquisition of WABCO
    Holdings, Inc. and the divestiture of WABCO's R.H. Sheppard Co., Inc. subsidiary (85 FR 5707, 31 January 2020,
    as carsandracingstuff.com reproduces the GPO text);
  - the Division's notice on Neenah Enterprises, Inc.'s proposed acquisition of substantially all of the assets of
    U.S. Holdings, Inc.'s subsidiary U.S. Foundry and Manufacturing Corporation and the divestiture of over 500 gray
    iron municipal casting patterns (86 FR 58940, 25 October 2021, as casetext.com reproduces it);
  - the Division's notice on Vulcan Materials Company's proposed acquisition of Aggregates USA, LLC and the
    divestiture of Aggregates USA's quarries, plants and yards in the Knoxville and Tri-Cities, Tennessee, and
    Abingdon, Virginia areas (83 FR 2187, 16 January 2018, as regulations.vlex.com reproduces the GPO text).
Texts are the search tool's page-store excerpts (corpus `pages`). Page chrome, the hosts' heading, citation and
byline lines, the Federal Register's issue headers, 'DEPARTMENT OF JUSTICE Antitrust Division', the notices' titles
and the release's headline (kept as `title`) are left out; the GPO text's line breaks joined; each text is cut at the
last full sentence before its excerpt breaks off. No word added or changed. Written before any extractor ran on the
texts (newskg was not run on them).
usage: batch42h.py [POOL_DIR] [--dry]   (default /tmp/gather43h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRV, att
from batch41k import FRC
from batch42b import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather43h/pool"
USAO = ("US Justice Department press release (justice.gov, U.S. Attorney's Office, Eastern District of Virginia) from "
        "the search tool page store")
FRK = ("US Justice Department Antitrust Division Federal Register notice as carsandracingstuff.com (the Crittenden "
       "Automotive Library) reproduces the GPO text (page store)")
R = []

# ---- SAP SE, USAO EDVA, 10 January 2024 ------------------------------------------------------------------------------
U1 = "https://www.justice.gov/usao-edva/pr/sap-pay-over-220m-resolve-foreign-bribery-investigations"
T1 = "SAP to Pay Over $220M to Resolve Foreign Bribery Investigations"
R.append(federal(
 "us-doj-usao-edva-sap-foreign-bribery-resolution-south-africa-indonesia-2024", U1, "2024-01-10", T1,
 "ALEXANDRIA, Va. \u2013 SAP SE (SAP), a publicly traded global software company based in Germany, will pay over "
 "$220 million to resolve investigations by the U.S. Justice Department and the Securities and Exchange Commission "
 "(SEC) into violations of the Foreign Corrupt Practices Act (FCPA).\n\n"
 "SAP\u2019s resolution with the department stems from schemes to pay bribes to government officials in South Africa "
 "and Indonesia. The department\u2019s resolution is coordinated with prosecutorial authorities in South Africa, as "
 "well as with the SEC.\n\n"
 "According to court documents, SAP entered into a three-year deferred prosecution agreement (DPA) with the "
 "department in connection with a criminal information filed in the Eastern District of Virginia charging the "
 "company with two counts: conspiracy to violate the anti-bribery and books and records provisions of the FCPA "
 "relating to its scheme to pay bribes to South African officials, and conspiracy to violate the anti-bribery "
 "provision of the FCPA for its scheme to pay bribes to Indonesian officials.\n\n"
 "\u201cSAP has accepted responsibility for corrupt practices that hurt honest businesses engaging in global "
 "commerce,\u201d said U.S. Attorney Jessica D. Aber for the Eastern District of Virginia. \u201cWe will continue to "
 "vigorously prosecute bribery cases to protect domestic companies that follow the law while participating in the "
 "international marketplace.\u201d\n\n"
 "\u201cSAP paid bribes to officials at state-owned enterprises in South Africa and Indonesia to obtain valuable "
 "government business,\u201d said Acting Assistant Attorney General Nicole M. Argentieri of the Justice "
 "Department\u2019s Criminal Division.",
 "information technology", "legal",
 "U.S. Department of Justice, U.S. Attorney's Office, Eastern District of Virginia, press release '" + T1 + "', "
 "2024-01-10, US federal government work (public domain); text from the search tool's page store at " + U1,
 USAO,
 "The EDVA U.S. Attorney's Office's release on justice.gov. Left out: 'Skip to main content', 'Press Release', the "
 "headline (kept as `title`), 'For Immediate Release', 'U.S. Attorney's Office, Eastern District of Virginia'. Cut "
 "after the first sentence of Argentieri's quotation and its attribution ('... of the Justice Department\u2019s "
 "Criminal Division.'), before her next sentence ('\u201cToday\u2019s resolution\u2014our second coordinated "
 "resolution with South African authorities in just over a year\u2014marks an important moment in our ongoing "
 "fight against foreign bribery'), where the excerpt stops mid-sentence (`truncated`: the penalty's parts, the "
 "subsidiaries in South Africa and Indonesia, the schemes' facts and the other officials' statements are not in the "
 "kept text). `published` 10 January 2024: no date line in the excerpt; fcpablog.com's post of 10 January 2024 "
 "('SAP SE agreed Wednesday ...') and mybroadband.co.za ('In a statement published on Wednesday, 10 January 2024, "
 "the U.S. Department of Justice said ...', quoting Argentieri's first sentence) date it. Kept as written: the "
 "dateline 'ALEXANDRIA, Va. \u2013' with its spaced en dash, curly quotation marks and apostrophes, 'the department' "
 "in lower case. One text per event: the Office of Public Affairs' release on the same resolution did not come "
 "back; the SEC's order (scribd), the Stanford FCPA dataset's summary, wttlonline.com's and comsuregroup.com's "
 "reprints of the release's opening, news (fcpablog, jdjournal, mondaq, businesslive, timeslive, mybroadband, "
 "dailymaverick, pressreader, business-line) left out. Found with 'SAP SE resolve foreign bribery South Africa "
 "Indonesia deferred prosecution agreement Eastern District of Virginia' (rank 1; the lead of batches 42a and 42b). "
 + CHECK + "'SAP SE', 'Argentieri', 'Jessica D. Aber', 'Jessica Aber': 0 in the corpus, the scripts and the pools "
 "(GATHERING.md names SAP SE only as batch 42a's lead: its SEC order's copies not used); 'SAP' (as a word) in "
 "three files, other matters by their names (train wn-hewlett-packard-expand-partnership-sap-2007, test "
 "wp-sage-group; dev us-doj-hewlett-packard-russia-pleads-guilty-sentenced-bribery-2014 only in batch 42b's notes' "
 "list of HP's deals); 'Aber' only inside other words and names.", True))

# ---- ZF Friedrichshafen / WABCO, Federal Register notice, 31 January 2020 -------------------------------------------
U2 = "https://carsandracingstuff.com/library/articles/43865.php"
U2J = "https://regulations.justia.com/regulations/fedreg/2020/01/31/2020-01759.html"
T2 = "United States v. ZF Friedrichshafen AG, et al.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-zf-friedrichshafen-wabco-proposed-final-judgment-2020", U2, "2020-01-31", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America v. ZF Friedrichshafen AG, et al., Civil "
 "Action No. 1:20-cv-00182. On January 23, 2020, the United States filed a Complaint alleging that ZF "
 "Friedrichshafen AG's proposed acquisition of WABCO Holdings, Inc. would violate Section 7 of the Clayton Act, 15 "
 "U.S.C. 18. The proposed Final Judgment, filed at the same time as the Complaint, requires Defendants to divest "
 "WABCO's R.H. Sheppard Co., Inc. subsidiary, along with certain related WABCO assets.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection "
 "on the Antitrust Division's website at http://www.justice.gov/atr and at the Office of the Clerk of the United "
 "States District Court for the District of Columbia. Copies of these materials may be obtained from the Antitrust "
 "Division upon request and payment of the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice.",
 "automotive", "deal,regulatory",
 att(T2, "85 FR 5707, FR Doc. 2020-01759", "2020-01-31",
     "carsandracingstuff.com (the Crittenden Automotive Library) reproduces the GPO text of the notice", U2),
 FRK,
 "The Antitrust Division's notice in the Federal Register of Friday, 31 January 2020 (85 FR 5707-5719, FR Doc. "
 "2020-01759; kept as `published`) as carsandracingstuff.com reproduces the GPO text ('From the Federal Register "
 "Online via the Government Publishing Office'). The page store holds the page twice: once with the GPO text's line "
 "breaks and indented paragraphs (its excerpt stops at '... on the Antitrust Division's website at ht') and once as "
 "one run of text (its excerpt stops at '... will be posted on the Antitrust Division's website, filed'); the two "
 "give the same words, and regulations.justia.com's copy of the printed page (" + U2J + ", the notice beginning "
 "after another notice's end: 'Suzanne Morris, Chief, Premerger and Division Statistics Unit') gives the same words "
 "as far as its excerpt runs ('... have been filed with the Un'). Left out: the host's page chrome ('Home Page "
 "American Government Reference Desk ...', 'Escort, Inc.', 'GM Icons', the terms-of-use line), its heading (kept as "
 "`title`), 'American Government Topics: Wabco, ZF Friedrichshafen', the byline lines ('Daniel J. Monahan, Jr.', "
 "'Department of Justice', '31 January 2020'), the GPO header ('[Federal Register Volume 85, Number 21 (Friday, "
 "January 31, 2020)] [Notices] [Pages 5707-5719] From the Federal Register Online via the Government Publishing "
 "Office [www.gpo.gov] [FR Doc No: 2020-01759]'), the rule line, 'DEPARTMENT OF JUSTICE Antitrust Division' and the "
 "notice's title. The GPO text's line breaks joined with single spaces (no word split across lines); the paragraphs "
 "separated by blank lines where the GPO text indents them ('Copies of the Complaint ...'; 'Public comment is "
 "invited ...' starts the notice's third paragraph, as in every notice of this form and justia's printed copies of "
 "them). Cut after 'Public comment is invited within 60 days of the date of this notice.', before 'Such comments, "
 "including the name of the submitter, and responses thereto, will be posted on the Antitrust Division's website, "
 "filed', where the longer excerpt stops mid-sentence (`truncated`: the section chief's name and the Competitive "
 "Impact Statement are not in the kept text). Kept as written: the GPO text's straight apostrophes, the hyphen in "
 "'16(b)-(h)', 'Defendants' capitalised. One text per event: the Department's press release of 23 January 2020 did "
 "not come back. Found with 'United States v. Tenneco Inc. Federal-Mogul proposed final judgment competitive impact "
 "statement Federal Register' (rank 5) and 'United States v. ZF Friedrichshafen AG WABCO Holdings R.H. Sheppard "
 "proposed final judgment Federal Register casetext' (ranks 1-3). "
 + CHECK + "'ZF Friedrichshafen', 'WABCO', '2020-01759', '5707': 0 in the corpus, GATHERING.md, the scripts and the "
 "pools; 'Sheppard' only as another name in other matters (test wp-grand-metropolitan, batch 29d).", True))

# ---- Neenah Enterprises / US Foundry, Federal Register notice, 25 October 2021 ---------------------------------------
U3 = ("https://casetext.com/federal-register/united-states-v-neenah-enterprises-inc-et-al-proposed-final-judgment-and-"
      "competitive-impact-statement")
U3J = "https://regulations.justia.com/regulations/fedreg/2021/10/25/2021-23189.html"
T3 = "United States v. Neenah Enterprises, Inc., et al.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-neenah-enterprises-us-foundry-proposed-final-judgment-2021", U3, "2021-10-25", T3,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America v. Neenah Enterprises, Inc., U.S. "
 "Holdings, Inc., and U.S. Foundry and Manufacturing Corporation, Civil Action No. 1:21-cv-02701. On October 14, "
 "2021, the United States filed a Complaint alleging that Neenah Enterprises' proposed acquisition of substantially "
 "all of the assets of U.S. Holdings' subsidiary US Foundry would violate Section 7 of the Clayton Act, 15 U.S.C. "
 "18. The proposed Final Judgment, filed at the same time as the Complaint, requires Defendants to divest all "
 "rights, titles, and interests in over 500 gray iron municipal casting patterns used across eleven states.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection "
 "on the Antitrust Division's website at http://www.justice.gov/atr and at the Office of the Clerk of the United "
 "States District Court for the District of Columbia. Copies of these materials may be obtained from the Antitrust "
 "Division upon request and payment of the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, including the name of the "
 "submitter, and responses thereto, will be posted on the Antitrust Division's website, filed with the Court, and, "
 "under certain circumstances, published in the Federal Register .",
 "metals manufacturing", "deal,regulatory,ownership",
 att(T3, "86 FR 58940, FR Doc. 2021-23189", "2021-10-25", "casetext.com reproduces the notice", U3),
 FRC,
 "The Antitrust Division's notice in the Federal Register of Monday, 25 October 2021 (86 FR 58940-58958, FR Doc. "
 "2021-23189; kept as `published`) as casetext.com reproduces its text (regulations.justia.com's copy of the "
 "printed notice, " + U3J + ", came back only as a later page of the proposed Final Judgment's appendices, another "
 "notice's list of General Shale's and Meridian's yards printed on the same page; not checkable against the "
 "opening). Left out: the host's heading (kept as `title`, with the Federal Register heading's spaces: casetext "
 "prints 'United Statesv.Neenah Enterprises, Inc.'), 'Download PDF', 'Federal Register', the date and citation "
 "lines ('Oct 25, 2021', '86 Fed. Reg. 58940 (Oct. 25, 2021)'). Cut after '... published in the Federal Register .', "
 "before the sentence 'Comments should be submitted in English and directed to Jay Owen, Acting Chief, Defense, "
 "Industrials, and Aerospace Section, Antitrust Division, Department of Justice, 450 Fifth Street NW, Suite 8700, "
 "Washington, DC 2053', where the excerpt stops inside the postcode (`truncated`: the acting section chief's post "
 "and the Competitive Impact Statement, with D&L Foundry Inc. as the divestiture buyer, are not in the kept text). "
 "Kept as written: casetext's space before the last full stop ('Federal Register .', its italics mark-up lost), "
 "the straight apostrophes, 'US Foundry' without full stops beside 'U.S. Foundry and Manufacturing Corporation' and "
 "'U.S. Holdings', the hyphen in '16(b)-(h)'. One text per event: the Department's press release of 14 October "
 "2021 ('Justice Department Requires Divestitures in Neenah Enterprises Inc.'s Acquisition of US Foundry') only as "
 "the orlandolanes.com reprint, a newsbreak.com snippet and a German machine translation (de.qdtrh.com), not "
 "first-party, left out; Neenah's 2007 10-K on sec.gov (another matter) not used. Found with 'United States v. "
 "Tenneco Inc. Federal-Mogul proposed final judgment competitive impact statement Federal Register' (rank 3) and "
 "'Neenah Enterprises U.S. Holdings US Foundry proposed final judgment Federal Register notice 2021' (rank 3). "
 + CHECK + "'Neenah', 'US Foundry', 'U.S. Foundry', 'U.S. Holdings', 'Jay Owen', 'D&L Foundry', '58940', "
 "'2021-23189': 0 in the corpus, GATHERING.md, the scripts and the pools.", True))

# ---- Vulcan Materials / Aggregates USA, Federal Register notice, 16 January 2018 -------------------------------------
U4 = "https://regulations.vlex.com/vid/united-states-v-vulcan-701047277"
U4G = "https://thefederalregister.org/83-FR/2187"
T4 = ("United States v. Vulcan Materials Company, SPO Partners II, L.P., and Aggregates USA, LLC, Proposed Final "
      "Judgment and Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-vulcan-materials-aggregates-usa-proposed-final-judgment-2018", U4, "2018-01-16", T4,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America v. Vulcan Materials Company, SPO "
 "Partners, II, L.P., and Aggregates USA, LLC, Civil Action No. 1:17-cv-02761. On December 22, 2017, the United "
 "States and the State of Tennessee filed a Complaint alleging that Vulcan Material Company's proposed acquisition "
 "of Aggregates USA, LLC would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, "
 "filed at the same time as the Complaint, requires Defendants to divest all of Aggregates USA's active quarries, "
 "plants, and yards in the Knoxville, Tennessee, Tri-Cities, Tennessee, and Abingdon, Virginia areas. These "
 "divestitures include seventeen Aggregates USA facilities.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection "
 "on the Antitrust Division's website at http://www.justice.gov/atr and at the Office of the Clerk of the United "
 "States District Court for the District of Columbia.",
 "construction materials", "deal,regulatory",
 att(T4, "83 FR 2187, FR Doc. 2018-00578", "2018-01-16", "regulations.vlex.com reproduces the GPO text", U4),
 FRV,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 16 January 2018 (83 FR 2187-2200, FR Doc. "
 "2018-00578; kept as `published`) as regulations.vlex.com reproduces the GPO text ('From the Federal Register "
 "Online via the Government Publishing Office'), checked word for word against the GPO text on thefederalregister.org "
 "(" + U4G + ", to '... on the Antitrust Division's website at h') and the pre-publication copy on pdfslide.net (to "
 "'... published in the'); regulations.justia.com's copy came back only as the page's earlier ITC notice. Left out: "
 "the host's heading (kept as `title`), the issue lines ('Federal Register, Volume 83 Issue 10 (Tuesday, January "
 "16, 2018)', 'Notices', 'Pages 2187-2200', 'From the Federal Register Online via the Government Publishing Office "
 "www.gpo.gov', 'FR Doc No: 2018-00578'), the rule lines, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the "
 "notice's title. Cut after the second paragraph's first sentence ('... for the District of Columbia.'), before "
 "'Copies of these materials may be obtained', where the vlex excerpt stops mid-sentence (`truncated`: the public "
 "comment paragraph, the section chief's name and the Competitive Impact Statement are not in the kept text). Kept "
 "as written: 'SPO Partners, II, L.P.' with a comma in the case name (the title has 'SPO Partners II, L.P.'), "
 "'Vulcan Material Company's' without the s (so in the GPO text and the pre-publication copy), the straight "
 "apostrophes, the hyphen in '16(b)-(h)'. One text per event: the Department's press release of 22 December 2017 "
 "did not come back; the Division's 2007 notice on Vulcan's acquisition of Florida Rock Industries (justia, "
 "federal.elaws.us, thefederalregister.com) is another matter, not taken. Found with 'United States v. Vulcan "
 "Materials Company Aggregates USA proposed final judgment competitive impact statement Federal Register' (rank 3; "
 "ranks 1, 4 and 5 the other copies). "
 + CHECK + "'Aggregates USA', 'SPO Partners', 'Abingdon', '2018-00578', '02761': 0 in the corpus, GATHERING.md, the "
 "scripts and the pools; 'Vulcan Materials' 0, 'Vulcan' only in other senses by the files' names (dev "
 "wp-sim-wong-hoo, batch 36h); 'Knoxville' only in another matter (test wp-cirrus-aircraft, batch 40zf).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
