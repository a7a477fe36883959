#!/usr/bin/env python3
"""Batch 45z (session 46, gatherer 45z): two matters of 2000 and after told in US federal public-domain texts of the
Justice Department (17 U.S.C. 105), a fourth round of session 46 after batches 45d, 45j and 45o in the DOJ lane of
batches 16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o, 43q,
43s, 43v, 44c, 44f, 44j, 44n, 45d, 45j and 45o, 2000 and after, Antitrust Division merger notices only (45o's leads
were FTC matters or gave nothing; no first-party corporate-case release came back in time), boom trucks and ice
machines, 2002 and 2008, both with The Manitowoc Company, Inc. as buyer (two matters six years apart):
  - the Antitrust Division's notice of the public comments and responses on the proposed Final Judgment in United
    States v. The Manitowoc Co., Inc., Grove Investors, Inc., and National Crane Corp., 'The Manitowoc Company Inc.'s
    proposed acquisition of Grove Investors, Inc. (and its subsidiary, National Crane Corp.)' (Federal Register, 67 FR
    70620, FR Doc. 02-29779, 25 November 2002, GPO Access's edocket page as the UNT Libraries' End of Term 2008 web
    archive holds it);
  - the Antitrust Division's notice on United States v. The Manitowoc Company, Inc., et al., 'the proposed acquisition
    by The Manitowoc Company, Inc. ("Manitowoc") of Enodis plc', Enodis's ice machine business to be divested (Federal
    Register, 73 FR 61498, FR Doc. E8-24293, 16 October 2008, as regulations.justia.com reproduces the printed page).
Texts are the search tool's page-store excerpts (corpus `pages`). The GPO header lines, the printed page's running
header, caption and printer's margin line, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the titles (kept as
`title`) and page markers are left out; line wraps joined; each text is cut at the last full sentence before its
excerpt breaks off. No word added or changed: the 2002 notice keeps its misprints 'United Statesv.' and 'the United
State's responses'. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45z.py [POOL_DIR] [--dry]   (default /tmp/gather46z/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import att
from batch40zi import FRC
from batch44n import FRU

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46z/pool"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rli over train, "
         "dev and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather "
         "script (batch45a.py to batch45o.py included), the session-46 notes /work/notes/gather46 and the session-46 "
         "pools present (/tmp/gather46a/pool to /tmp/gather46u/pool; rechecked at the end against /tmp/gather46v/pool, "
         "/tmp/gather46w/pool and /tmp/gather46y/pool, the names 0 there too): ")
R = []

# ---- Manitowoc / Grove Investors, Federal Register notice of public comments, 25 November 2002 (UNT edocket copy) --
U1 = "https://webarchive.library.unt.edu/eot2008/20081005232542/http://edocket.access.gpo.gov/2002/02-29779.htm"
U1E = "http://federal.elaws.us/fr/11/25/2002/02-29779"
U1V = "https://regulations.vlex.com/vid/competitive-impact-judgments-manitowoc-22901774"
U1C = ("https://webarchive.library.unt.edu/eot2008/20080916072307/http:/www.usdoj.gov/atr/cases/f11600/11617.htm")
T1 = "Responses to Public Comments on Proposed Final Judgment in United States v. The Manitowoc Co., Inc., et al."
R.append(federal(
 "us-doj-federal-register-manitowoc-grove-national-crane-public-comments-2002", U1, "2002-11-25", T1,
 "Pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. Sec.  16(b)-(h), the United States hereby "
 "publishes the two public comments on the proposed Final Judgment in United Statesv. The Manitowoc Co., Inc., Grove "
 "Investors, Inc., and National Crane Corp., Civil No. 1:02 CV 01509 (RL), filed in the United States District Court "
 "for the District of Columbia, together with the government's responses to the comments.\n\n"
 "On July 31, 2002, the United States filed a Complaint that alleged that The Manitowoc Company Inc.'s proposed "
 "acquisition of Grove Investors, Inc. (and its subsidiary, National Crane Corp.) would violate Section 7 of the "
 "Clayton Act, 15 U.S.C. 18, by substantially lessening competition in production and sale of medium- and heavy-lift "
 "boom trucks in North America. The proposed Final Judgment, requires the defendants to divest either Manitowoc's or "
 "Grove's boom truck business to a purchaser acceptable to the United States.\n\n"
 "Public comment was invited within the statutory 60-day comment period. The public comments and the United State's "
 "responses thereto are hereby published in the Federal Register, and shortly thereafter these documents will be "
 "attached to a Certificate of Compliance with Provisions of the Antitrust Procedures and Penalties Act and filed "
 "with the Court, together with a motion urging the Court to enter the proposed Judgment.",
 "industrial machinery/boom trucks", "deal,regulatory",
 att(T1, "67 FR 70620, FR Doc. 02-29779", "2002-11-25",
     "GPO Access's edocket page reproduces it, as the UNT Libraries' End of Term 2008 web archive holds it", U1),
 FRU,
 "The Antitrust Division's notice in the Federal Register of Monday, 25 November 2002 (Volume 67, Number 227, pages "
 "70620-70623; FR Doc. 02-29779, DOCID fr25no02-86; kept as `published`), the GPO Access text of "
 "edocket.access.gpo.gov/2002/02-29779.htm as the UNT Libraries' End of Term 2008 web archive holds it (as batch "
 "44n's Northrop Grumman / TRW notice). A notice of public comments and the government's responses, as batch 44e's "
 "Signature Flight Support / AMR Combs comments notice (1999): its first two paragraphs tell the matter. Left out: "
 "the GPO header lines ('[Federal Register: November 25, 2002 (Volume 67, Number 227)]', '[Notices]', '[Page "
 "70620-70623]', 'From the Federal Register Online via GPO Access [wais.access.gpo.gov]', '[DOCID:fr25no02-86]', the "
 "rules), 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the title (kept as `title`); the page marker '[[Page "
 "70621]]' between \"Manitowoc's\" and \"or Grove's\" inside the second paragraph; line wraps joined with a space. "
 "Cut after the third paragraph ('... urging the Court to enter the proposed Judgment.'), before 'Copies of the "
 "Complaint, Hold Separate Stipulation', where the excerpt breaks off (`truncated`: the inspection sentence, the "
 "two comments, their authors and the responses are not in the kept text). Kept as printed: '15 U.S.C. Sec.  "
 "16(b)-(h)' with the GPO's two spaces after 'Sec.', the misprints 'United Statesv.' (no space) and 'the United "
 "State's responses', 'The Manitowoc Company Inc.' without the comma of the case name's 'The Manitowoc Co., Inc.', "
 "the comma in 'The proposed Final Judgment, requires', 'Civil No. 1:02 CV 01509 (RL)', 'Section 7' capitalised, "
 "'medium- and heavy-lift', the straight apostrophes. 212 words. federal.elaws.us holds the same notice (" + U1E
 + ", rank 7; it prints 'United States v.' and the section sign, and runs the page marker 'Start Printed Page "
 "70621' into the sentence) and vlex the same GPO text (" + U1V + ", rank 6): the UNT copy of GPO's own page taken. "
 "One text per matter: the proposed Final Judgment notice of 22 August 2002 (67 FR 54469) did not come back from the "
 "page store; the Competitive Impact Statement (" + U1C + "), the Hold Separate Stipulation, the motion for entry, "
 "the certificate of compliance (scribd copies: court papers) and a commenter's filing (scribd) not taken. Found "
 "with 'Proposed Final Judgment and Competitive Impact Statement; United States v. The Manitowoc Company, Grove "
 "Investors, and National Crane' (rank 5) and '... August 22, 2002 boom trucks' (rank 4). " + CHECK
 + "'Manitowoc', 'Grove Investors', 'National Crane', '02-29779', '70620', '01509', 'boom truck': 0 in the corpus "
 "files, GATHERING.md, the scripts, the notes and the pools; 'Grove' as a word only in three corpus files on other "
 "matters (by their names).",
 True))

# ---- Manitowoc / Enodis, Federal Register notice, 16 October 2008 (regulations.justia.com) -------------------------
U2 = "https://regulations.justia.com/regulations/fedreg/2008/10/16/E8-24293.html"
U2S = "https://www.sec.gov/Archives/edgar/data/61986/000089706908001532/cmw3774a.htm"
T2 = "United States v. The Manitowoc Company, Inc., et al.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-manitowoc-enodis-proposed-final-judgment-2008", U2, "2008-10-16", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. \u00a7 16(b)\u2013(h), that "
 "a proposed Final Judgment, Stipulation and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States v. The Manitowoc Company, Inc., et al., Civil Action "
 "No. 1:08\u2013cv\u201301704. On October 6, 2008, the United States filed a Complaint alleging that the proposed "
 "acquisition by The Manitowoc Company, Inc. (\u2018\u2018Manitowoc\u2019\u2019) of Enodis plc would violate Section 7 "
 "of the Clayton Act, 15 U.S.C. \u00a7 18, by substantially lessening competition in the United States in the "
 "manufacture, development, distribution, and sale of commercial cube ice machines. The proposed Final Judgment, "
 "filed the same day as the Complaint, requires Manitowoc to divest Enodis\u2019s entire business engaged in the "
 "development, production, distribution, and sale of ice machines, ice machine parts, and related equipment in the "
 "United States.",
 "industrial machinery/commercial ice machines", "deal,regulatory",
 att(T2, "73 FR 61498, FR Doc. E8-24293", "2008-10-16", "regulations.justia.com reproduces the printed page", U2),
 FRC,
 "The Antitrust Division's notice in the Federal Register of Thursday, 16 October 2008 (Vol. 73, No. 201, pages "
 "61498-61510; FR Doc. E8-24293; kept as `published`) as regulations.justia.com reproduces the printed page's text "
 "(as batches 21c, 40zi and 42h). The page store holds the justia page twice (rank 1 with the printed column's line "
 "breaks, rank 2 with them joined; the same words). Left out: the host's heading line ('Antitrust Division, "
 "61498-61510 [E8-24293]') and 'Download as PDF', the page number and running header ('61498 Federal Register / "
 "Vol. 73, No. 201 / Thursday, October 16, 2008 / Notices'), 'DEPARTMENT OF JUSTICE', the caption of the court "
 "papers printed in the next column ('United States District Court for the District of Columbia', the Division's "
 "address as plaintiff, the three defendants with their addresses -- The Manitowoc Company, Inc., ENODIS PLC and "
 "Enodis Corporation -- 'Defendants'), 'Antitrust Division', the printer's margin line ('rwilkins on PROD1PC63 with "
 "NOTICES2') and the notice's title (kept as `title`). The column's line breaks joined with single spaces (no word "
 "split across lines). Cut after the first paragraph ('... ice machine parts, and related equipment in the United "
 "States.'), before 'Copies of the Complaint, proposed Final Judgment, Stipulation, and Competitive Impact Statement "
 "are available for inspection at ... Washington, D', where the excerpt breaks off (`truncated`: the inspection and "
 "comment sentences, the section chief, the court papers and Enodis Corporation, named only in the left-out caption, "
 "are not in the kept text). Kept as printed: the section signs, the en dashes of '16(b)\u2013(h)' and "
 "'1:08\u2013cv\u201301704', the doubled single quotation marks of '(\u2018\u2018Manitowoc\u2019\u2019)', the curly "
 "apostrophe of 'Enodis\u2019s', 'Section 7' capitalised. 149 words. One text per matter: the companies' joint "
 "announcement of 6 October 2008 (" + U2S + ": a company text in an SEC filing, not the Division's) and Manitowoc's "
 "8-K filings (sec.gov: filings) not taken; the Division's press release and Competitive Impact Statement did not "
 "come back from the page store. Found with 'Proposed Final Judgment and Competitive Impact Statement; United States "
 "v. The Manitowoc Company and Enodis plc' (rank 1). " + CHECK + "'Enodis', 'Manitowoc', 'E8-24293', '61498', "
 "'01704', 'ice machine', 'Welbilt': 0 in the corpus files, GATHERING.md, the scripts, the notes and the pools.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
