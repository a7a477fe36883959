#!/usr/bin/env python3
"""Batch 45zy (session 46, gatherer 45zy): two merger matters of 2003-2004 told in US federal public-domain texts of the
Justice Department (17 U.S.C. 105), a round of session 46 after batch 45zj in the DOJ lane of batches 16e, 21c, 22b,
40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v, 44c, 44f,
44j, 44n, 45d, 45j, 45o, 45z and 45zj, 2000 and after, two Antitrust Division Federal Register notices of February 2004
(R. Hewitt Pate's time; no U.S. Attorney's corporate-case release and no Division press release came back from the
page store in time, see GATHERING):
  - the Antitrust Division's notice on United States v. First Data Corporation and Concord EFS, Inc., 'the proposed
    acquisition by First Data of Concord', First Data to divest its interests in the NYCE network (Federal Register,
    69 FR 6325, FR Doc. 04-2688, 10 February 2004, GPO Access's edocket page as the UNT Libraries' End of Term 2008
    web archive holds it);
  - the Antitrust Division's notice on United States v. DNH International Sarl, Dyno Nobel, Inc., El Paso Corp., and
    Coastal Chem, Inc., Dyno Nobel's purchase of two ammonium nitrate plants of Coastal Chem (Federal Register, 69 FR
    7497, 17 February 2004, as casetext.com reproduces it).
Texts are the search tool's page-store excerpts (corpus `pages`). The GPO header lines, the host's heading lines,
'DEPARTMENT OF JUSTICE', 'Antitrust Division', the titles (kept as `title`) and page markers are left out; line wraps
joined; each text is cut at the last full sentence before its excerpt breaks off. No word added or changed. Written
before any extractor ran on the texts (newskg was not run on them).
usage: batch45zy.py [POOL_DIR] [--dry]   (default /tmp/gather46zy/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import att
from batch41k import FRC
from batch44n import FRU

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46zy/pool"
# a check note of this batch's own (as 45z's and 45zj's), naming the session-46 pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45zj.py the latest DOJ one), the session-46 notes /work/notes/gather46 (45a to 45zu) and every "
         "/tmp/gather46*/pool present (46a to 46z, 46za to 46zu; SEC, FCC and DOJ matters of others, none on these "
         "deals): ")
R = []

# ---- First Data / Concord EFS, Federal Register notice, 10 February 2004 (UNT edocket copy) ------------------------
U1 = "https://webarchive.library.unt.edu/eot2008/20081009060455/http://edocket.access.gpo.gov/2004/04-2688.htm"
U1E = "http://federal.elaws.us/fr/2/10/2004/04-2688"
U1C = "https://webarchive.library.unt.edu/eot2008/20090509032210/http://www.usdoj.gov/atr/cases/f202100/202187.htm"
T1 = ("United States v. First Data Corporation and Concord EFS, Inc.; Competitive Impact Statement, Proposed Final "
      "Judgment and Complaint")
R.append(federal(
 "us-doj-federal-register-first-data-concord-efs-nyce-proposed-final-judgment-2004", U1, "2004-02-10", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. section 16(b) through (h), "
 "that a proposed Final Judgment, Amended Hold Separate Stipulation and Order, and Competitive Impact Statement have "
 "been filed with the United States District Court for the District of Columbia in United States of America v. First "
 "Data Corporation and Concord EFS, Inc., Civil Action No. 03CV02169. On October 23, 2003, the United States filed a "
 "Complaint alleging that the proposed acquisition by First Data of Concord would violate Section 7 of the Clayton "
 "Act, 15 U.S.C. 18. The Complaint alleges that the acquisition would reduce competition substantially in the PIN "
 "debit network services market by combining Concord's STAR PIN debit network with the NYCE PIN debit network. First "
 "Data owns a controlling 64 percent interest in NYCE. The proposed Final Judgment requires First Data to divest all "
 "of its interests in NYCE. Copies of the Complaint, proposed Final Judgment, Amended Hold Separate Stipulation and "
 "Order, and Competitive Impact Statement are available for inspection at the Department of Justice in Washington, "
 "DC, in Room 9500, 600 E Street, NW. and at the Office of the Clerk of the United States District Court for the "
 "District of Columbia, Washington, DC.\n\n"
 "Public comment is invited within 60 days of the date of this notice.",
 "payments/PIN debit networks", "deal,regulatory",
 att(T1, "69 FR 6325, FR Doc. 04-2688", "2004-02-10",
     "GPO Access's edocket page reproduces it, as the UNT Libraries' End of Term 2008 web archive holds it", U1),
 FRU,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 10 February 2004 (Volume 69, Number 27, pages "
 "6325-6339; FR Doc. 04-2688, DOCID fr10fe04-129; kept as `published`), the GPO Access text of "
 "edocket.access.gpo.gov/2004/04-2688.htm as the UNT Libraries' End of Term 2008 web archive holds it (as batches "
 "44n and 45z). Left out: the GPO header lines ('[Federal Register: February 10, 2004 (Volume 69, Number 27)]', "
 "'[Notices]', '[Page 6325-6339]', 'From the Federal Register Online via GPO Access [wais.access.gpo.gov]', "
 "'[DOCID:fr10fe04-129]', the rules), 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the title (kept as `title`, "
 "its two printed lines joined); the page marker '[[Page 6326]]' between 'requires' and 'First Data to divest'; line "
 "wraps joined with a space, the paragraph indents dropped. Cut after the second paragraph's first sentence ('Public "
 "comment is invited within 60 days of the date of this notice.'), before 'Such comments, and responses thereto, "
 "will be publish', where the excerpt breaks off (`truncated`: the comment address, the section chief, the signature "
 "and the Competitive Impact Statement are not in the kept text). Kept as printed: '15 U.S.C. section 16(b) through "
 "(h)', 'Civil Action No. 03CV02169', 'Section 7' capitalised, 'STAR' and 'NYCE' in capitals, '600 E Street, NW. and "
 "at' (no comma after 'NW.'), the straight apostrophe of \"Concord's\". 219 words (whitespace-split). federal.elaws.us "
 "holds the same notice (" + U1E + ", rank 2; it runs 'Start Printed Page 6326' into the sentence): the UNT copy of "
 "GPO's own page taken. One text per matter: the Competitive Impact Statement (" + U1C + ") and the Final Judgment "
 "(scribd copies): court papers; news of the suit and the settlement (informationweek, digitaltransactions, "
 "techlawjournal, atmmarketplace, finextra, greensheet: news or trade press, Pate quoted from the Division's "
 "releases, which did not come back themselves) not taken. Found with 'Justice Department First Data Concord EFS "
 "merger NYCE divest settlement R. Hewitt Pate' (rank 1) after the Division's 2003 press-release index "
 "(justice.gov/archives/atr/usdoj-antitrust-division-2003-press-releases) named the matter. " + CHECK
 + "'Concord EFS', 'NYCE', 'First Data Corporation', '04-2688', '03CV02169', 'STAR PIN': 0 in the corpus files, "
 "GATHERING.md, the scripts, the notes and the pools; 'First Data' alone in one test file on another matter (by its "
 "name, a data-centre company's text).",
 True))

# ---- DNH / Dyno Nobel / El Paso / Coastal Chem, Federal Register notice, 17 February 2004 (casetext) --------------
U2 = ("https://casetext.com/federal-register/united-states-v-dnh-international-sarl-dyno-nobel-inc-el-paso-corp-and-"
      "coastal-chem-inc-competitive-impact-statement-proposed-final-judgment-and-complaint")
U2C = "https://webarchive.library.unt.edu/eot2008/20081106041741/http://www.usdoj.gov/atr/cases/f202100/202170.htm"
U2K = "https://webarchive.library.unt.edu/eot2008/20081106041741/http://www.usdoj.gov/atr/cases/f201600/201620.htm"
T2 = ("United States v. DNH International Sarl, Dyno Nobel, Inc., El Paso Corp., and Coastal Chem, Inc.; Competitive "
      "Impact Statement, Proposed Final Judgment and Complaint")
R.append(federal(
 "us-doj-federal-register-dnh-dyno-nobel-el-paso-coastal-chem-ammonium-nitrate-2004", U2, "2004-02-17", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b) through (h), that a "
 "Complaint, proposed Final Judgment, Hold Separate Stipulation and Order, and Competitive Impact Statement were "
 "filed with the United States District Court for the District of Columbia in United States of America v. DNH "
 "International Sarl, Dyno Nobel, Inc., El Paso Corp., and Coastal Chem, Inc., Civil Action No. 1:03CV2486. On "
 "December 2, 2003, the United States filed a Complaint alleging that the proposed acquisition by DNH International "
 "Sarl subsidiary Dyno Nobel, Inc. (\u201cDyno\u201d), of two industrial grade ammonium nitrate (\u201cIGAN\u201d) "
 "production plants owned by El Paso Corporation subsidiary Coastal Chem, Inc. (\u201cCoastal\u201d), would violate "
 "Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed at the same time as the Complaint, "
 "requires Dyno to divest its interest in a Vineyard, Utah, IGAN production facility, or, in the alternative and at "
 "the direction of the United States, its Battle Mountain, Nevada, IGAN production facility just acquired from "
 "Coastal. A Competitive Impact Statement filed by the United States describes the Complaint, the proposed Final "
 "Judgment, and the remedies available to private litigants who may have been injured by the alleged violations.\n\n"
 "Copies of the Complaint, proposed Final Judgment and Competitive Impact Statement are available for inspection at "
 "the Department of Justice, Antitrust Division, in Suite 215 North, 325 7th Street, NW., Washington, DC 20530 "
 "(telephone: 202-514-2481), and at the Office of the Clerk of the United States District Court for the District of "
 "Columbia, 333 Constitution Avenue, NW., Washington, DC 20001.",
 "chemicals/industrial grade ammonium nitrate", "deal,regulatory",
 att(T2, "69 FR 7497", "2004-02-17", "casetext.com reproduces the notice", U2),
 FRC,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 17 February 2004 (69 Fed. Reg. 7497; kept as "
 "`published`) as casetext.com reproduces its text (as batches 40zk and 41k). Left out: the host's heading (kept as "
 "`title`, with the spaces of GPO's heading: casetext prints 'United Statesv.DNH'), 'Download PDF', 'Federal "
 "Register' with the date run on ('Federal RegisterFeb 17, 2004'), the citation line '69 Fed. Reg. 7497 (Feb. 17, "
 "2004)'. Paragraphs as the excerpt gives them. Cut after the second paragraph ('... 333 Constitution Avenue, NW., "
 "Washington, DC 20001.'), before 'Copies of these materials may be', where the excerpt breaks off (`truncated`: the "
 "copying and comment sentences, the section chief, the signature and the court papers are not in the kept text). "
 "Kept as printed: the curly double quotation marks of '(\u201cDyno\u201d)', '(\u201cIGAN\u201d)' and "
 "'(\u201cCoastal\u201d)', 'DNH International Sarl subsidiary Dyno Nobel, Inc.' and 'El Paso Corporation subsidiary "
 "Coastal Chem, Inc.' with no comma or possessive, 'Civil Action No. 1:03CV2486', 'NW.,' with its full stop, 'Section "
 "7' capitalised. 262 words (whitespace-split). One text per matter: the Competitive Impact Statement (" + U2C + "), "
 "the Complaint (" + U2K + "), the motion for entry of the Final Judgment (justice.gov f203600/203637 and a scribd "
 "copy): court papers, not taken; the Division's release of 2 December 2003 ('Justice Department Requires "
 "Restructuring of Dyno Nobel and El Paso Corporation Deal', named in the 2003 press-release index) did not come "
 "back from the page store (asked by its headline: only FTC and other matters). Found with 'United States v. Dyno "
 "Nobel ASA and El Paso Corporation Proposed Final Judgment Competitive Impact Statement ammonium nitrate' (rank 2). "
 + CHECK + "'Dyno', 'DNH International', 'Coastal Chem', 'Geneva Nitrogen', '03CV2486', '7497': 0 in the corpus "
 "files, GATHERING.md, the scripts, the notes and the pools; 'El Paso' in one corpus file (test; another matter, by "
 "its name) and in GATHERING.md (FTC's El Paso / Coastal and other lanes' lists).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
