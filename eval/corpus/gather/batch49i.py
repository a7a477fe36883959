#!/usr/bin/env python3
"""Batch 49i (session 50, gatherer 49i): two matters of the Justice Department's Antitrust Division -- the merger of
Harris Corporation and L3 Technologies, Inc., settled on the sale of Harris's night vision business (2019), and the
civil case against broadcast television companies over exchanges of spot-advertising information, settled as to Nexstar
Media Group, Inc. (2019) -- told in US federal public-domain texts of the Department (17 U.S.C. 105), a third round of
batch 49 in the DOJ lane (49b and 49e before it; 48b, 48f, 48k; 47b to 47z, 46b, 46e, 46i, 46k earlier), first-party
text only:
  - the Division's notice 'United States v. Harris Corporation and L3 Technologies, Inc.; Proposed Final Judgment and
    Competitive Impact Statement' (84 FR 32951, FR Doc. 2019-14659, 10 July 2019, the GPO text on govinfo.gov);
  - the Division's notice 'United States v. Sinclair Broadcast Group, Inc., et al.; Proposed Final Judgment and
    Competitive Impact Statement' (84 FR 1207, FR Doc. 2019-00555, 1 February 2019, as casetext.com reproduces it).
Texts are the search tool's page-store excerpts (corpus `pages`). The GPO header lines, the rules, 'DEPARTMENT OF
JUSTICE', 'Antitrust Division', casetext's 'Download PDF' and its date and citation lines are left out, the notice's
heading kept as `title` (a wrapped heading joined with a space), the GPO text's line wraps joined with a space, leading
indentation dropped and paragraphs set off by a blank line. Each text is cut at the last full sentence before the
excerpt breaks off. No word or character added or changed. Written before any extractor ran on the texts (newskg was
not run on them).
usage: batch49i.py [POOL_DIR] [--dry]   (default /tmp/gather50i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRG, att
from batch41k import FRC

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather50i/pool"
# a check note of this batch's own (as 47b's to 49e's), naming the pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev and "
         "test of /work/main on branch main: names of matching files only, no dev or test file's text read), "
         "GATHERING.md (its 'not used' lists included), every gather script (batch49e.py the latest of this lane), "
         "the notes under /work/notes (49b's and 49e's sections under /work/notes/gather50 included) and every "
         "/tmp/gather*/pool present (at the last check 50a's, 50d's and 50g's SEC and CFTC, 50b's and 50e's DOJ, "
         "50c's and 50f's FCC matters; none naming this matter): ")
R = []

# ---- Harris / L3 Technologies, Federal Register notice, 10 July 2019 ------------------------------------------------
U1 = "https://www.govinfo.gov/content/pkg/FR-2019-07-10/html/2019-14659.htm"
U1J = "https://regulations.justia.com/regulations/fedreg/2019/07/10/2019-14659.html"
U1P = ("https://justice.gov/opa/pr/justice-department-requires-harris-and-l3-divest-harris-s-night-vision-business-"
       "proceed")
T1 = ("United States v. Harris Corporation and L3 Technologies, Inc.; Proposed Final Judgment and Competitive Impact "
      "Statement")
R.append(federal(
 "us-doj-federal-register-harris-l3-technologies-night-vision-proposed-final-judgment-2019", U1, "2019-07-10", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America v. Harris Corporation and L3 "
 "Technologies, Inc., Civil Action No. 1:19-cv-01809. On June 20, 2019, the United States filed a Complaint "
 "alleging that the proposed merger of Harris Corporation (``Harris'') and L3 Technologies, Inc. would violate "
 "Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed at the same time as the Complaint, "
 "requires the Defendants to divest Harris's night vision business.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection on "
 "the Antitrust Division's website at http://www.justice.gov/atr and at the Office of the Clerk of the United States "
 "District Court for the District of Columbia. Copies of these materials may be obtained from the Antitrust Division "
 "upon request and payment of the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, including the name of the "
 "submitter, and responses thereto, will be posted on the Antitrust Division's website, filed with the Court, and, "
 "under certain circumstances, published in the Federal Register.",
 "defense electronics/night vision", "deal,regulatory",
 att(T1, "84 FR 32951, FR Doc. 2019-14659", "2019-07-10",
     "the Government Publishing Office's govinfo.gov gives it", U1),
 FRG,
 "The Antitrust Division's notice in the Federal Register of Wednesday, 10 July 2019 (Volume 84, Number 132, pages "
 "32951-32961, FR Doc. 2019-14659; kept as `published`; issue, pages and weekday from the GPO header lines), the GPO "
 "text as govinfo.gov gives it (origin string `FRG`, as batch 41c). Left out: the GPO header lines ('[Federal "
 "Register Volume 84, Number 132 (Wednesday, July 10, 2019)]', '[Notices]', '[Pages 32951-32961]', 'From the "
 "Federal Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: 2019-14659]'), the rule "
 "line, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the notice's heading (two printed lines, broken after "
 "'Inc.;', joined with a space as `title`). The line wraps joined with a space (no word split across lines in the "
 "kept text), the leading indentation dropped, the three paragraphs set off by blank lines. Cut after the third "
 "paragraph's second sentence ('... published in the Federal Register.'), before 'Comments should be directed to "
 "Maribeth Petrizzi, Chief, Defense, Industrials, and Aerosp', where the excerpt breaks off inside the section's name "
 "(`truncated`: the section chief's address, the signature, the Complaint, the proposed Final Judgment and the "
 "Competitive Impact Statement are not in the kept text; the chief's name is left out with the broken sentence). "
 "Kept as printed: the GPO backquotes and apostrophes around the defined name (``Harris''), the straight apostrophes "
 "in \"Harris's\" and \"Antitrust Division's\", 'L3 Technologies, Inc.' with its comma, 'website' in one word. "
 "justia's printed page (" + U1J + ", ranks 2 and 3) opens on the Heterogeneous System Architecture Foundation's "
 "cooperative-research notice and does not reach this one in its excerpt; not taken. 220 words (whitespace-split). "
 "One text per event: the Department's press release of 20 June 2019 ('Justice Department Requires Harris and L3 to "
 "Divest Harris's Night Vision Business to Proceed with Merger', " + U1P + ", rank 7) came back too and tells the "
 "same settlement (the notice taken, as the lane's round before); news copies (Wolters Kluwer's Antitrust Law Daily, "
 "finanznachrichten.de's dpa-AFX item, Florida Today) not taken (not first-party). Found with 'United States v. "
 "Harris Corporation and L3 Technologies Proposed Final Judgment and Competitive Impact Statement night vision' "
 "(rank 1). "
 + CHECK + "'Harris Corporation' only in GATHERING.md's SEC FCPA lines on the 2016 Harris Corporation / Jun Ping "
 "Zhang release (another matter, not taken); 'L3 Technologies', 'night vision', '1:19-cv-01809', '2019-14659', "
 "'32951': 0 everywhere; no dev or test file's text read.",
 True))

# ---- Sinclair Broadcast Group et al. (as to Nexstar), Federal Register notice, 1 February 2019 -----------------------
U2 = ("https://casetext.com/federal-register/united-states-v-sinclair-broadcast-group-inc-et-al-proposed-final-"
      "judgment-and-competitive-impact-statement")
U2J = "https://regulations.justia.com/regulations/fedreg/2019/02/01/2019-00555.html"
U2Z = ("https://zlibrary.cc/dl/4410-11-department-of-justice-antitrust-division-united-states-v-sinclair-broadcast-"
       "group")
U2F = "https://thefederalregister.org/83-FR/62964"
U2G = "https://www.govinfo.gov/content/pkg/FR-2019-08-22/html/2019-17987.htm"
T2 = ("United States v. Sinclair Broadcast Group, Inc., et al.; Proposed Final Judgment and Competitive Impact "
      "Statement")
R.append(federal(
 "us-doj-federal-register-sinclair-broadcast-nexstar-spot-advertising-information-exchange-proposed-final-judgment-"
 "2019", U2, "2019-02-01", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and a Competitive Impact Statement as to Nexstar Media Group, Inc. "
 "(\u201cNexstar\u201d) have been filed with the United States District Court for the District of Columbia in "
 "United States of America v. Sinclair Broadcast Group, Inc., et al., Civil Action No. 1:18-cv-2609. On December "
 "13, 2018, the United States filed an Amended Complaint alleging that Nexstar, Sinclair Broadcast Group, Inc., "
 "Raycom Media, Inc., Tribune Media Company, Meredith Corporation, Griffin Communications, LLC, and Dreamcatcher "
 "Broadcasting, LLC violated Section 1 of the Sherman Act, 15 U.S.C. 1, by agreeing to unlawfully exchange "
 "station-specific, competitively sensitive information regarding spot advertising revenues. The proposed Final "
 "Judgment as to Nexstar, filed at the same time as the Complaint, prohibits sharing of competitively sensitive "
 "information, require Nexstar to implement antitrust compliance training programs, and impose cooperation and "
 "reporting requirements on Nexstar.\n\n"
 "Copies of the Amended Complaint, proposed Final Judgment, Stipulation and Competitive Impact Statement as to "
 "Nexstar are available for inspection on the Antitrust Division's website at http://www.justice.gov/atr and at the "
 "Office of the Clerk of the United States District Court for the District of Columbia. Copies of these materials "
 "may be obtained from the Antitrust Division upon request and payment of the copying fee set by Department of "
 "Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice.",
 "media/broadcast television", "regulatory",
 "U.S. Department of Justice, Antitrust Division, Federal Register notice '" + T2 + "' (84 FR 1207, FR Doc. "
 "2019-00555), 2019-02-01, US federal government work (public domain); text as casetext.com reproduces the notice, "
 "from the search tool's page store at " + U2,
 FRC,
 "The Antitrust Division's notice in the Federal Register of Friday, 1 February 2019 (Volume 84, Number 22, pages "
 "1207-1216, FR Doc. 2019-00555; kept as `published`; issue, pages and weekday from justia's printed page) as "
 "casetext.com reproduces its text (origin string `FRC`, as batches 41k and 42b). Left out: the host's heading "
 "(kept as `title`, with the spaces of the Federal Register's heading: casetext prints 'United Statesv.Sinclair "
 "Broadcast Group, Inc.'), 'Download PDF', 'Federal Register', the date and citation lines ('Feb 1, 2019', '84 Fed. "
 "Reg. 1207 (Feb. 1, 2019)'). The paragraphs set off by blank lines. Cut after the third paragraph's first sentence "
 "('Public comment is invited within 60 days of the date of this notice.'), before 'Such comments, including the "
 "name of the submitter, and responses thereto, will be posted on the Antitrust Division's website, filed with the "
 "Court, and, under c', where the excerpt breaks off inside that sentence (`truncated`: the rest of it, the "
 "section chief's name, the signature, the Amended Complaint, the proposed Final Judgment and the Competitive Impact "
 "Statement are not in the kept text). Kept as written: 'require Nexstar' and 'impose cooperation' (the printed "
 "verbs, not 'requires' and 'imposes'), casetext's curly quotation marks around the defined name "
 "(\u201cNexstar\u201d) beside its straight apostrophe in \"Antitrust Division's\", no comma after 'Stipulation' in "
 "the second paragraph's list, 'website' in one word. The zlibrary.cc copy of the Federal Register's public-inspection "
 "document (" + U2Z + ", rank 6; a third-party copy) agrees word for word as far as the kept text runs (its "
 "section sign '\u00a7 16(b)-(h)' and '\u00a7 1' stand for the printed '16(b)-(h)' and '1'); justia's printed page "
 "(" + U2J + ") gives the same opening in its excerpt; casetext's text taken as the clean one. 239 words "
 "(whitespace-split). One text per event: the case's first notice (83 FR 62964, FR Doc. 2018-26201, 6 December "
 "2018, on the first six defendants; thefederalregister.org, " + U2F + ", rank 2) breaks off inside its first "
 "sentence's list of defendants ('... and Dreamcatche'), too short to keep; its third notice (84 FR 44124, FR Doc. "
 "2019-17987, 22 August 2019, as to CBS, Cox, Scripps, Fox and TEGNA; govinfo.gov, " + U2G + ", and vlex) is a "
 "later settlement in the same case, not taken beside this one; the Competitive Impact Statement as to Nexstar on "
 "docslib.org (court papers, a third-party copy) not taken. Found with 'United States v. Sinclair Broadcast Group "
 "Proposed Final Judgment Competitive Impact Statement 2018 Tribune Raycom information sharing' (ranks 2, 6 and 8) "
 "and 'casetext United States v. Sinclair Broadcast Group, Inc., et al.; Proposed Final Judgment and Competitive "
 "Impact Statement Nexstar Feb 1, 2019' (rank 3). "
 + CHECK + "'Griffin Communications', 'Dreamcatcher', '1:18-cv-2609', '2019-00555', '84 FR 1207': 0 everywhere; "
 "'competitively sensitive' only in four other matters (two joint-venture business reviews, GrafTech / Seadrift, an "
 "FTC listing); 'Sinclair Broadcast' only in Wikinews' 2009 DTV-delay item (train), in the "
 "Department's listing of 2019 releases (train doj-media-telecoms-cases-disney-fox-sinclair-nexstar-tribune-t-mobile-"
 "sprint-dish: Sinclair's purchase of Fox's divested regional sports networks, another matter), and in GATHERING.md "
 "only on those two and in an earlier query ('Sinclair Broadcast Group River City ...': another matter); "
 "'Nexstar Media' and 'Tribune Media' only in that train listing (Nexstar's 2019 merger with Tribune, another "
 "matter); 'Raycom Media' only in Gray / Raycom 2018 (train, batch 21c: another matter); 'Meredith Corporation' only "
 "in the FCC's Gray / Meredith letter of 2021 (train, batch 43n: another matter); 'spot advertising' only in Media "
 "General / LIN 2014 (test, another matter); no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
