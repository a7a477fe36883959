#!/usr/bin/env python3
"""Batch 50b (session 51, gatherer 50b): two settlements the Justice Department's Antitrust Division reached on
acquisitions in aircraft restraint systems and commercial vehicle air springs -- TransDigm Group Incorporated's
consummated acquisition of SCHROTH Safety Products GmbH and of assets of Takata Protection Systems, Inc. from Takata
Corporation (2017-2018) and Continental AG's proposed acquisition of Veyance Technologies, Inc. (2014) -- told in US
federal public-domain texts of the Department (17 U.S.C. 105), the second batch-50 round in the DOJ lane (49b, 49e,
49i and 49l before it; 48b, 48f, 48k; 47b to 47z, 46b, 46e, 46i, 46k earlier), first-party text only:
  - the Division's notice 'Proposed Final Judgment and Competitive Impact Statement: United States v. TransDigm Group
    Incorporated' (83 FR 2200, FR Doc. 2018-00544, 16 January 2018, as federal.elaws.us reproduces it);
  - the Division's notice 'United States v. Continental AG and Veyance Technologies, Inc.; Proposed Final Judgment and
    Competitive Impact Statement' (79 FR 76371, FR Doc. 2014-29862, 22 December 2014, as federal.elaws.us reproduces
    it).
Texts are the search tool's page-store excerpts (corpus `pages`). The host's heading line (the FR document number and
the notice's heading, the heading kept as `title`), its 'Start Preamble' and 'Start Signature' markers and the
paragraphs' leading indentation are left out, the paragraphs set off by a blank line (the host prints no line wraps
inside a paragraph). Each text is cut at the last full sentence before the excerpt breaks off. No word or character
added or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch50b.py [POOL_DIR] [--dry]   (default /tmp/gather51b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import att, FRE

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather51b/pool"
# a check note of this batch's own (as 47b's to 49l's), naming the pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev and "
         "test of /work/main on branch main: names of matching files only, no dev or test file's text read), "
         "GATHERING.md (grep -a; its 'not used' lists included), every gather script (batch49l.py the latest of this "
         "lane), the notes under /work/notes and every /tmp/gather51*/pool present (at the last check 51a's CFTC "
         "matters on energy trading and 51c's FCC transfer notices; none naming this matter): ")
R = []

# ---- TransDigm / SCHROTH (Takata), Federal Register notice, 16 January 2018 ----------------------------------------
U1 = "http://federal.elaws.us/fr/citation/2018-00544"
U1T = "https://thefederalregister.org/83-FR/2200"
U1J = "https://regulations.justia.com/regulations/fedreg/2018/01/16/2018-00544.html"
U1F = "https://fdocuments.in/document/department-of-justice-antitrust-division-proposed-final-6-takata-is-a-global.html"
T1 = "Proposed Final Judgment and Competitive Impact Statement: United States v. TransDigm Group Incorporated"
R.append(federal(
 "us-doj-federal-register-transdigm-schroth-takata-restraint-systems-proposed-final-judgment-2018", U1, "2018-01-16",
 T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. \u00a7 16(b)-(h), that a "
 "proposed Final Judgment, Hold Separate Stipulation and Order, and Competitive Impact Statement have been filed with "
 "the United States District Court for the District of Columbia in United States of America v. TransDigm Group "
 "Incorporated, Civil Action No. 1:17-cv-2735. On December 21, 2017, the United States filed a Complaint alleging "
 "that TransDigm Group Incorporated's (TransDigm) February 2017 acquisition of SCHROTH Safety Products GmbH and "
 "substantially all the assets of Takata Protection Systems, Inc. (collectively, \u201cSCHROTH\u201d) from Takata "
 "Corporation violated Section 7 of the Clayton Act, 15 U.S.C. \u00a7 18. The proposed Final Judgment, filed at the "
 "same time as the Complaint, requires TransDigm to divest the entirety of SCHROTH.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection on "
 "the Antitrust Division's website at http://www.justice.gov/atr and at the Office of the Clerk of the United States "
 "District Court for the District of Columbia. Copies of these materials may be obtained from the Antitrust Division "
 "upon request and payment of the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, including the name of the "
 "submitter, and responses thereto, will be posted on the Antitrust Division's website, filed with the Court, and, "
 "under certain circumstances, published in the Federal Register. Comments should be directed to Maribeth Petrizzi, "
 "Chief, Defense, Industrials, and Aerospace Section, Antitrust Division, Department of Justice, 450 Fifth Street NW, "
 "Suite 8700, Washington, DC 20530 (telephone: 202-307-0924).",
 "aerospace/aircraft restraint systems", "deal,regulatory",
 att(T1, "83 FR 2200, FR Doc. 2018-00544", "2018-01-16", "federal.elaws.us reproduces it", U1),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 16 January 2018 (Volume 83, Number 10, pages "
 "2200-2214, FR Doc. 2018-00544; kept as `published`; issue, pages and weekday from thefederalregister.org's and "
 "justia's GPO header lines), as federal.elaws.us reproduces it (origin string `FRE`, as batch 41c). Left out: the "
 "host's heading line ('2018-00544. ' and the notice's heading, the heading kept as `title`), its 'Start Preamble' "
 "and 'Start Signature' markers and the leading indentation; the three paragraphs set off by blank lines (the host "
 "prints no wraps inside a paragraph). Cut after the third paragraph ('... Washington, DC 20530 (telephone: "
 "202-307-0924).'), before the host's 'Start Signature' and 'Patricia A. ', where the excerpt breaks off in the "
 "signature (`truncated`: the signature, the Complaint, the proposed Final Judgment and the Competitive Impact "
 "Statement are not in the kept text). Kept as printed: the section signs ('15 U.S.C. \u00a7 16(b)-(h)', '15 U.S.C. "
 "\u00a7 18'), '(TransDigm)' in bare parentheses, the curly quotes around the collective name "
 "('(collectively, \u201cSCHROTH\u201d)'), 'SCHROTH' in capitals, the straight apostrophes ('TransDigm Group "
 "Incorporated's', \"Antitrust Division's\"), 'Civil Action No. 1:17-cv-2735' (four digits), '450 Fifth Street NW' "
 "without a full stop, 'website' in one word. thefederalregister.org's GPO text (" + U1T + ", rank 3; its backquotes "
 "``SCHROTH'' and 'Sec.' for the section signs) agrees word for word as far as its excerpt runs ('... the Office of "
 "the Clerk of the United States District Court for the Dis'), and so does fdocuments.in's copy of the Division's "
 "filing (" + U1F + ", rank 1) as far as 'published in the'; justia's printed page (" + U1J + ", ranks 2 and 7) opens "
 "inside another notice and gives this one's columns interleaved. 266 words (whitespace-split). One text per event: "
 "the Division's press release of 21 December 2017 ('Justice Department Requires TransDigm Group to Divest Airplane "
 "Restraint Businesses Acquired from Takata', listed in a Georgetown case study on vdocuments.site, rank 5; the "
 "release itself did not come back), the Final Judgment on vdocument.in (court papers), Reuters' brief "
 "(in.reuters.com) and Wolters Kluwer's Antitrust Law Daily (dailyreportingsuite.com; it names TransDigm's subsidiary "
 "AmSafe, which the kept text does not) not taken. Found with 'Justice Department requires divestiture; company agreed "
 "to sell the business to a subsidiary of ...' (Reuters' brief, rank 2) and 'United States v. TransDigm Group "
 "Incorporated Proposed Final Judgment Competitive Impact Statement Takata SCHROTH' (rank 4). "
 + CHECK + "'SCHROTH', 'Schroth', 'Takata', 'AmSafe', '1:17-cv-2735', '17-cv-02735', '2018-00544', '83 FR 2200': 0 "
 "everywhere; 'TransDigm' only in train us-doj-federal-register-utc-goodrich-proposed-final-judgment-2012 (its notes: "
 "news on a later sale, another matter), batch48b.py (the same note) and a note copy of that file; file names only, "
 "no dev or test file's text read.",
 True))

# ---- Continental AG / Veyance Technologies, Federal Register notice, 22 December 2014 --------------------------------
U2 = "http://federal.elaws.us/fr/12/22/2014/2014-29862"
U2C = "https://carsandracingstuff.com/library/articles/23814.php"
U2R = "http://www.justice.gov/atr/public/press_releases/2014/310440.htm"
T2 = ("United States v. Continental AG and Veyance Technologies, Inc.; Proposed Final Judgment and Competitive Impact "
      "Statement")
R.append(federal(
 "us-doj-federal-register-continental-veyance-commercial-vehicle-air-springs-proposed-final-judgment-2014", U2,
 "2014-12-22", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Hold Separate Stipulation and Order, and Competitive Impact Statement have been filed with "
 "the United States District Court for the District of Columbia in United States of America v. Continental AG, and "
 "Veyance Technologies, Inc., Civil No. 1:14-cv-02087. On December 11, 2014, the United States filed a Complaint "
 "alleging that Continental's proposed acquisition of Veyance would violate Section 7 of the Clayton Act, 15 U.S.C. "
 "18. The proposed Final Judgment, filed the same time as the Complaint, requires Continental to divest Veyance's "
 "North American commercial vehicle air springs business, including manufacturing and assembly facilities in San "
 "Luis Potosi, Mexico; research, development, engineering, and administrative assets in Fairlawn, Ohio; and certain "
 "tangible and intangible assets.\n\n"
 "Copies of the Complaint, proposed Final Judgment and Competitive Impact Statement are available for inspection at "
 "the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street NW., Suite 1010, "
 "Washington, DC 20530 (telephone: 202-514-2481), on the Department of Justice's Web site at "
 "http://www.usdoj.gov/atr,, and at the Office of the Clerk of the United States District Court for the District of "
 "Columbia. Copies of these materials may be obtained from the Antitrust Division upon request and payment of the "
 "copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice.",
 "automotive/commercial vehicle parts", "deal,regulatory",
 att(T2, "79 FR 76371, FR Doc. 2014-29862", "2014-12-22", "federal.elaws.us reproduces it", U2),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Monday, 22 December 2014 (Volume 79, Number 245, pages "
 "76371-76385, FR Doc. 2014-29862; kept as `published`; issue, pages and weekday from the GPO header lines that "
 "carsandracingstuff.com reproduces), as federal.elaws.us reproduces it (origin string `FRE`, as batch 41c). Left "
 "out: the host's heading line ('2014-29862. ' and the notice's heading, the heading kept as `title`), its 'Start "
 "Preamble' marker and the leading indentation; the three paragraphs set off by blank lines (the host prints no wraps "
 "inside a paragraph). Cut after the third paragraph's first sentence ('Public comment is invited within 60 days of "
 "the date of this notice.'), before 'Such comments, including the name of the submitter, ... published in the ', "
 "where the excerpt breaks off inside that sentence (`truncated`: its end, the section chief's name, the signature, "
 "the Complaint, the proposed Final Judgment and the Competitive Impact Statement are not in the kept text). Kept as "
 "printed: 'Continental AG, and Veyance Technologies, Inc.' with the comma after 'AG' (the GPO text on "
 "carsandracingstuff.com has it too), 'Civil No. 1:14-cv-02087', 'filed the same time as the Complaint' (no 'at'), "
 "'San Luis Potosi' without an accent, 'NW.' with its full stop, 'Web site' in two words, the straight apostrophes, "
 "and 'http://www.usdoj.gov/atr,,' with two commas as this host prints it (the GPO text on carsandracingstuff.com, "
 + U2C + ", ranks 1 and 3, has one: **a doubt** -- the host's rendering differs there from the GPO print by one "
 "comma; kept, as no character is changed). carsandracingstuff.com's copy of the GPO text (its Crittenden Automotive "
 "Library page; line wraps, 'v.  Continental' with two spaces) agrees word for word otherwise as far as its excerpt "
 "runs ('... Web site at http://www.usdoj.gov/atr, and'). 235 words (whitespace-split). One text per event: the "
 "Division's press release of 11 December 2014 ('Justice Department Requires Divestiture of Commercial Air Springs "
 "Business in Connection with Continental AG Acquisition of Veyance Technologies, Inc.', " + U2R + ", rank 4; it "
 "gives the $1.8 billion price and Bill Baer's words, and names neither the Mexican plant nor the Ohio assets) not "
 "taken (the notice is the fuller first-party text on the deal's parties and the divested business); Wolters "
 "Kluwer's Antitrust Law Daily (dailyreportingsuite.com) not taken (not first-party). Found with 'United States v. "
 "ZF Friedrichshafen AG and TRW Automotive Holdings Corp. Proposed Final Judgment Competitive Impact Statement' (rank "
 "4, carsandracingstuff.com) and 'United States v. Continental AG and Veyance Technologies, Inc. Proposed Final "
 "Judgment commercial vehicle air springs divest' (rank 2). "
 + CHECK + "'Veyance', '1:14-cv-02087', '2014-29862', 'air springs', 'San Luis Potosi', 'Fairlawn': 0 everywhere; "
 "'Continental AG' only in dev wp-siemens-vdo (Continental's purchase of Siemens VDO, another matter), batch 32j's "
 "scripts and GATHERING.md's lines on that text; '76371' only as an unrelated number in other files; file names only, "
 "no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
