#!/usr/bin/env python3
"""Batch 49l (session 50, gatherer 49l): three civil cases of the Justice Department's Antitrust Division over
agreements between employers not to solicit or poach each other's employees -- against Knorr-Bremse AG and
Westinghouse Air Brake Technologies Corporation (2018), against Adobe Systems, Inc., Apple Inc., Google Inc., Intel
Corp., Intuit, Inc. and Pixar (2010) and against Lucasfilm Ltd. (2010) -- told in US federal public-domain texts of
the Department (17 U.S.C. 105), a fourth round of batch 49 in the DOJ lane (49b, 49e and 49i before it; 48b, 48f, 48k;
47b to 47z, 46b, 46e, 46i, 46k earlier), first-party text only:
  - the Division's notice 'United States v. Knorr-Bremse AG and Westinghouse Air Brake Technologies Corporation;
    Proposed Final Judgment and Competitive Impact Statement' (83 FR 16382, FR Doc. 2018-07840, 16 April 2018, the GPO
    text on gpo.gov/fdsys);
  - the Division's notice 'United States v. Adobe Systems, Inc., et al.; Proposed Final Judgment and Competitive
    Impact Statement' (75 FR 60820, FR Doc. 2010-24624, 1 October 2010, the GPO text on edocket.access.gpo.gov);
  - the Division's notice 'United States v. Lucasfilm Ltd.; Proposed Final Judgment and Competitive Impact Statement'
    (75 FR 81651, FR Doc. 2010-32601, 28 December 2010, the GPO text on edocket.access.gpo.gov).
Texts are the search tool's page-store excerpts (corpus `pages`). The GPO header lines, the rules, 'DEPARTMENT OF
JUSTICE', 'Antitrust Division' and the page markers ('[[Page ...]]') are left out, the notice's heading kept as
`title` (its wrapped lines joined with a space), the GPO text's line wraps joined with a space (a wrap after a hyphen
inside a number joined without one), leading indentation dropped and paragraphs set off by a blank line. Each text is
cut at the last full sentence before the excerpt breaks off. No word or character added or changed. Written before
any extractor ran on the texts (newskg was not run on them).
usage: batch49l.py [POOL_DIR] [--dry]   (default /tmp/gather50l/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import att
from batch43j import FRD
from batch44t import FRP

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather50l/pool"
# a check note of this batch's own (as 47b's to 49i's), naming the pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev and "
         "test of /work/main on branch main: names of matching files only, no dev or test file's text read), "
         "GATHERING.md (its 'not used' lists included), every gather script (batch49i.py the latest of this lane), "
         "the notes under /work/notes (49i's section under /work/notes/gather50 included) and every /tmp/gather*/pool "
         "present (at the last check 50a's, 50d's, 50g's and 50h's SEC and CFTC, 50b's, 50e's and 50i's DOJ, 50c's, "
         "50f's and 50j's FCC matters; none naming this matter): ")
R = []

# ---- Knorr-Bremse / Wabtec (no-poach), Federal Register notice, 16 April 2018 ---------------------------------------
U1 = "https://www.gpo.gov/fdsys/pkg/FR-2018-04-16/html/2018-07840.htm"
U1T = "https://thefederalregister.org/83-FR/16382"
U1J = "https://regulations.justia.com/regulations/fedreg/2018/04/16/2018-07840.html"
U1F = "https://fdocuments.in/document/united-states-of-america-v-knorr-bremse-ag-and-.html"
T1 = ("United States v. Knorr-Bremse AG and Westinghouse Air Brake Technologies Corporation; Proposed Final Judgment "
      "and Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-knorr-bremse-wabtec-no-poach-agreements-proposed-final-judgment-2018", U1, "2018-04-16", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation and Order, and Competitive Impact Statement have been filed with the United "
 "States District Court for the District of Columbia in United States of America v. Knorr-Bremse AG and "
 "Westinghouse Air Brake Technologies Corporation, Civil Action No. 1:18-cv-00747. On April 3, 2018, the United "
 "States filed a Complaint alleging that Knorr-Bremse AG (``Knorr'') and Westinghouse Air Brake Technologies "
 "Corporation (``Wabtec'') entered into unlawful agreements not to poach employees in violation of Section 1 of the "
 "Sherman Act, 15 U.S.C. 1. The proposed Final Judgment, filed at the same time as the Complaint, requires Knorr and "
 "Wabtec to refrain from entering into, maintaining, or enforcing unlawful agreements not to compete for "
 "employees.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection on "
 "the Antitrust Division's website at http://www.justice.gov/atr and at the Office of the Clerk of the United States "
 "District Court for the District of Columbia. Copies of these materials may be obtained from the Antitrust Division "
 "upon request and payment of the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice.",
 "rail equipment/labor markets", "regulatory",
 att(T1, "83 FR 16382, FR Doc. 2018-07840", "2018-04-16", "the Government Publishing Office's gpo.gov/fdsys gives it",
     U1),
 FRP,
 "The Antitrust Division's notice in the Federal Register of Monday, 16 April 2018 (Volume 83, Number 73, pages "
 "16382-16396, FR Doc. 2018-07840; kept as `published`; issue, pages and weekday from the GPO header lines), the GPO "
 "text as gpo.gov/fdsys gives it (origin string `FRP`, as batch 44t). Left out: the GPO header lines ('[Federal "
 "Register Volume 83, Number 73 (Monday, April 16, 2018)]', '[Notices]', '[Pages 16382-16396]', 'From the Federal "
 "Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: 2018-07840]'), the rule lines, "
 "'DEPARTMENT OF JUSTICE', 'Antitrust Division', the notice's heading (three printed lines, broken after 'Brake' and "
 "'Competitive', joined with a space as `title`) and the page marker '[[Page 16383]]' between the second and third "
 "paragraphs. The line wraps joined with a space (no kept line ends in a hyphen), the leading indentation dropped, "
 "the three paragraphs set off by blank lines. Cut after the third paragraph's first sentence ('Public comment is "
 "invited within 60 days of the date of this notice.'), before 'Such comments, including the n', where the excerpt "
 "breaks off mid-word (`truncated`: the rest of that paragraph, the section chief's name, the signature, the "
 "Complaint, the proposed Final Judgment and the Competitive Impact Statement are not in the kept text). Kept as "
 "printed: the GPO backquotes and apostrophes around the defined names (``Knorr'', ``Wabtec''), the straight "
 "apostrophe in \"Antitrust Division's\", 'Stipulation and Order,' with its comma, 'website' in one word. "
 "thefederalregister.org's copy of the same GPO text (" + U1T + ", rank 6) agrees word for word as far as its "
 "excerpt runs ('... Copies of the Complaint, proposed Final Judgmen'); justia's printed page (" + U1J + ", ranks 1 "
 "and 2) opens on the International Trade Commission's wire-rod notice and does not reach this one in its excerpt. "
 "210 words (whitespace-split). One text per event: the Stipulation and Order on fdocuments.in (" + U1F + ", rank "
 "3; court papers, a third-party copy) not taken; news and digests (Wolters Kluwer's Antitrust Law Daily on "
 "dailyreportingsuite.com, complianceweek.com) and a law firm's page on the private suits (hartleyllp.com) not taken "
 "(not first-party; they name Faiveley Transport North America, which the kept text does not). Found with 'United "
 "States v. Knorr-Bremse AG and Westinghouse Air Brake Technologies Corporation Proposed Final Judgment Competitive "
 "Impact Statement' and 'Knorr-Bremse Wabtec no-poach agreements employees proposed final judgment Sherman Act "
 "2018' (rank 4). "
 + CHECK + "'Knorr' only in GATHERING.md's list of names checked for a motorsport and engineering round (Knorr-Bremse "
 "among them, no hit then) and in 49i's leads; 'no-poach', 'not to poach', '1:18-cv-00747', '2018-07840', '16382': "
 "0 everywhere; 'Westinghouse Air Brake' and 'Wabtec' in the corpus only on other matters (dev "
 "us-doj-wabtec-faiveley-divest-us-freight-car-brakes-business-2016, batch 40zi: Wabtec's purchase of Faiveley "
 "Transport; the Applied Materials / Tokyo Electron and Westinghouse / Infinity texts on other subjects: file names "
 "only); no dev or test file's text read.",
 True))

# ---- Adobe Systems et al. (no cold-call), Federal Register notice, 1 October 2010 -----------------------------------
U2 = "http://edocket.access.gpo.gov/2010/2010-24624.htm"
U2G = "https://www.govinfo.gov/content/pkg/FR-2010-10-01/html/2010-24624.htm"
U2V = "https://regulations.vlex.com/vid/final-judgments-competitive-impact-221981682"
U2C = "https://cryptome.org/0002/doj100110.htm"
U2J = "https://regulations.justia.com/regulations/fedreg/2010/10/01/2010-24624.html"
T2 = "United States v. Adobe Systems, Inc., et al.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-adobe-apple-google-intel-intuit-pixar-no-solicit-agreements-proposed-final-judgment-2010",
 U2, "2010-10-01", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America v. Adobe Systems, Inc., et al., Civil Case "
 "No. 1:10-CV-01629. On September 24, 2010, the United States filed a Complaint alleging that Adobe Systems, Inc., "
 "Apple Inc., Google Inc., Intel Corp., Intuit, Inc., and Pixar entered into various bilateral agreements in which "
 "they agreed not to actively solicit each other's highly skilled technical employees, in violation of Section 1 of "
 "the Sherman Act, 15 U.S.C. 1. The proposed Final Judgment, filed the same time as the Complaint, requires "
 "Defendants to refrain from entering into similar agreements in the future.\n\n"
 "Copies of the Complaint, proposed Final Judgment and Competitive Impact Statement are available for inspection at "
 "the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street, NW., Suite 1010, "
 "Washington, DC 20530 (telephone: 202-514-2481), on the Department of Justice's Web site at "
 "http://www.justice.gov/atr, and at the Office of the Clerk of the United States District Court for the District of "
 "Columbia. Copies of these materials may be obtained from the Antitrust Division upon request and payment of the "
 "copying fee set by Department of Justice regulations.",
 "technology/software and internet", "regulatory",
 att(T2, "75 FR 60820, FR Doc. 2010-24624", "2010-10-01",
     "the Government Publishing Office's edocket.access.gpo.gov gives it", U2),
 FRD,
 "The Antitrust Division's notice in the Federal Register of Friday, 1 October 2010 (Volume 75, Number 190, pages "
 "60820-60830, FR Doc. 2010-24624; kept as `published`; issue, pages and weekday from the GPO header lines), the GPO "
 "text as edocket.access.gpo.gov gives it (origin string `FRD`, as batch 43j). Left out: the GPO header lines "
 "('[Federal Register Volume 75, Number 190 (Friday, October 1, 2010)]', '[Notices]', '[Pages 60820-60830]', 'From "
 "the Federal Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: 2010-24624]'), the "
 "rule lines, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the notice's heading (two printed lines, broken "
 "after 'Final', joined with a space as `title`). The line wraps joined with a space, except two broken after a "
 "hyphen inside a number ('1:10-' / 'CV-01629' -> '1:10-CV-01629'; '202-514-' / '2481' -> '202-514-2481', as 41c "
 "and 44f), the leading indentation dropped, the two paragraphs set off by a blank line. Cut after the second "
 "paragraph ('... set by Department of Justice regulations.'), before 'Public comment is inv', where the excerpt "
 "breaks off mid-word (`truncated`: the comment paragraph, the section chief's name, the signature, the Complaint, "
 "the proposed Final Judgment and the Competitive Impact Statement are not in the kept text). Kept as printed: "
 "'Civil Case No. 1:10-CV-01629' (capital 'CV'), 'filed the same time as the Complaint' (no 'at'), 'requires "
 "Defendants' (no article), 'Intel Corp.' and 'Intuit, Inc.' as the notice writes them, 'NW.' with its full stop, "
 "'Web site' in two words, the straight apostrophes. govinfo.gov's copy of the same GPO text (" + U2G + ", rank 7; "
 "its whitespace run together, '1:10- CV-01629' and '202-514- 2481' with the wrap's space) agrees word for word as "
 "far as its excerpt runs ('... within 60 days of the date of th'), and so do vlex's GPO Access copy (" + U2V + ", "
 "rank 5) and cryptome.org's (" + U2C + ", rank 8); justia's printed page (" + U2J + ", ranks 4 and 6) opens on an "
 "International Trade Commission notice and does not reach this one in its excerpt. 221 words (whitespace-split). "
 "One text per event: the Department's 'Explanation of Consent Decree Procedures' on justice.gov (f262600/262656, "
 "rank 1), the proposed Final Judgment on scribd and the motion to enter it on docs.justia.com (court papers) not "
 "taken. Found with 'United States v. Adobe Systems, Inc., et al.; Proposed Final Judgment and Competitive Impact "
 "Statement Apple Google Intel Intuit Pixar' (rank 6). "
 + CHECK + "'1:10-cv-01629', '2010-24624', '60820', 'not to actively solicit': 0 everywhere; 'Adobe Systems' only in "
 "Wikinews' Adobe / Macromedia item (2005) and a Wikipedia biography of Stephen Elop (other matters); Apple Inc., "
 "Google Inc., Intel and Pixar in many corpus files on other matters (Pixar in Wikinews' Disney / Pixar item of "
 "2006 and texts on Apple and Steve Jobs); 'Intuit' only in 42b's Intuit / Credit Karma notice of 2020 (test; "
 "another matter, named on GATHERING.md's lists for that reason) and the AT&T / MediaOne notice of 2000 (train, another "
 "matter); file names only, no dev or test file's text read.",
 True))

# ---- Lucasfilm (no-solicit agreement with Pixar), Federal Register notice, 28 December 2010 --------------------------
U3 = "http://edocket.access.gpo.gov/2010/2010-32601.htm"
U3V = "https://regulations.vlex.com/vid/final-judgment-competitive-statement-234531354"
U3J = "https://regulations.justia.com/regulations/fedreg/2010/12/28/2010-32601.html"
U3C = "http://www.justice.gov/atr/case-document/competitive-impact-statement-141"
T3 = "United States v. Lucasfilm Ltd.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-lucasfilm-pixar-no-solicit-agreement-proposed-final-judgment-2010", U3, "2010-12-28", T3,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America v. Lucasfilm Ltd., Civil Case No. "
 "1:10-cv-02220. On December 21, 2010, the United States filed a Complaint alleging that Lucasfilm Ltd. and Pixar "
 "entered into an agreement, in violation of Section 1 of the Sherman Act, 15 U.S.C. 1, in which they agreed not to "
 "actively solicit each other's highly skilled digital animators and other employees, to notify each other when "
 "making an offer to an employee of the other company, and that the company making an offer to the other company's "
 "employee would not counteroffer above its initial offer. The proposed Final Judgment, filed the at same time as "
 "the Complaint, requires Lucasfilm to refrain from entering into similar agreements in the future.\n\n"
 "Copies of the Complaint, proposed Final Judgment and Competitive Impact Statement are available for inspection at "
 "the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street, NW., Suite 1010, "
 "Washington, DC 20530 (telephone: 202-514-2481), on the Department of Justice's Web site at "
 "http://www.justice.gov/atr, and at the Office of the Clerk of the United States District Court for the District of "
 "Columbia.",
 "film/digital animation", "regulatory",
 att(T3, "75 FR 81651, FR Doc. 2010-32601", "2010-12-28",
     "the Government Publishing Office's edocket.access.gpo.gov gives it", U3),
 FRD,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 28 December 2010 (Volume 75, Number 248, pages "
 "81651-81659, FR Doc. 2010-32601; kept as `published`; issue, pages and weekday from the GPO header lines), the GPO "
 "text as edocket.access.gpo.gov gives it (origin string `FRD`, as batch 43j). Left out: the GPO header lines "
 "('[Federal Register Volume 75, Number 248 (Tuesday, December 28, 2010)]', '[Notices]', '[Pages 81651-81659]', "
 "'From the Federal Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: "
 "2010-32601]'), the rule line, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the notice's heading (two printed "
 "lines, broken after 'and', joined with a space as `title`). The line wraps joined with a space, except the "
 "telephone number broken after its hyphen ('202-514-' / '2481' -> '202-514-2481'), the leading indentation "
 "dropped, the two paragraphs set off by a blank line. Cut after the second paragraph's first sentence ('... and at "
 "the Office of the Clerk of the United States District Court for the District of Columbia.'), before 'Copies of "
 "these materials may be obtained from the Antitrust Division upon request and payment of the copying fee set by "
 "Department', where the excerpt breaks off inside that sentence (`truncated`: its end, the comment paragraph, the "
 "section chief's name, the signature, the Complaint, the proposed Final Judgment and the Competitive Impact "
 "Statement are not in the kept text). Kept as printed: 'filed the at same time as the Complaint' (the printed "
 "transposition), 'NW.' with its full stop, 'Web site' in two words, the straight apostrophes. vlex's GPO Access "
 "copy (" + U3V + ", rank 2) agrees word for word as far as its excerpt runs ('... Public comment is invited within "
 "60'); justia's printed page (" + U3J + ", ranks 3 and 4) opens on a cooperative-research notice and does not reach "
 "this one in its excerpt. 221 words (whitespace-split). One text per event: the Competitive Impact Statement on "
 "justice.gov (" + U3C + ", rank 7; court papers) not taken; news and a law school's summary (alliancedigital"
 "entertainment.com, tsi.brooklaw.edu, which ties this case to the Adobe case: not in the kept text) not taken. A "
 "separate case from this batch's Adobe et al. notice (its own complaint, docket and settlement, on an agreement "
 "between Lucasfilm and Pixar that the Adobe notice does not name). Found with 'United States v. Lucasfilm Ltd. "
 "Proposed Final Judgment and Competitive Impact Statement Pixar agreements not to cold call employees' (rank 1). "
 + CHECK + "'Lucasfilm Ltd', '1:10-cv-02220', '2010-32601', '81651', 'digital animators': 0 everywhere; 'Lucasfilm' "
 "only in Wikinews' Disney / Pixar item of 2006 and a Wikipedia text on Hotstar (other matters) and in GATHERING.md "
 "only in lists of names checked by other rounds; 'Pixar' as for the Adobe notice; file names only, no dev or test "
 "file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
