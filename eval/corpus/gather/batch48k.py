#!/usr/bin/env python3
"""Batch 48k (session 49, gatherer 48k): two settlements of the Justice Department's Antitrust Division -- the
combination of the wheat flour milling assets of ConAgra Foods, Inc. and Horizon Milling, LLC (a joint venture of
Cargill, Inc. and CHS, Inc.) to form the joint venture Ardent Mills (four flour mills to be divested, 2014) and
Election Systems and Software, Inc.'s acquisition of Premier Election Services, Inc. and PES Holdings, Inc. (certain
assets to be divested, 2010) -- told in US federal public-domain texts of the Department (17 U.S.C. 105), the third
round of batch 48 in the DOJ lane (48b and 48f before it; 47b to 47z, 46b, 46e, 46i, 46k earlier), first-party text
only:
  - the Division's notice 'United States of America v. ConAgra Foods, Inc, et al.; Proposed Final Judgment and
    Competitive Impact Statement' (79 FR 30881, FR Doc. 2014-12397, 29 May 2014, the GPO text on govinfo.gov);
  - the Division's notice 'United States, et al. v. Election Systems and Software, Inc.; Proposed Final Judgment and
    Competitive Impact Statement' (75 FR 12256, FR Doc. 2010-5519, 15 March 2010, the GPO text on
    edocket.access.gpo.gov).
Texts are the search tool's page-store excerpts (corpus `pages`). The GPO text's header lines, rule, 'DEPARTMENT OF
JUSTICE' and 'Antitrust Division' are left out, its heading (two printed lines joined with a space) kept as `title`,
its page markers ('[[Page NNNNN]]') left out, its line wraps joined with a space (a telephone number's own hyphen at a
wrap joined with none, as 44a and 48b) and its paragraphs set off by a blank line. Each text is cut at the last full
sentence before the excerpt breaks off. No word or character added or changed. Written before any extractor ran on
the texts (newskg was not run on them).
usage: batch48k.py [POOL_DIR] [--dry]   (default /tmp/gather49k/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRG, att
from batch43j import FRD

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather49k/pool"
# a check note of this batch's own (as 47b's to 48f's), naming the pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev and "
         "test of /work/main on branch main: names of matching files only, no dev or test file's text read), "
         "GATHERING.md (its 'not used' lists included), every gather script (batch48f.py the latest of this lane), "
         "the notes under /work/notes and every /tmp/gather48*/pool and /tmp/gather49*/pool present (at the last "
         "check 49a to 49i; none naming this matter): ")
R = []

# ---- ConAgra / Horizon Milling / Ardent Mills, Federal Register notice, 29 May 2014 -----------------------------------
U1 = "https://www.govinfo.gov/content/pkg/FR-2014-05-29/html/2014-12397.htm"
U1V = "https://regulations.vlex.com/vid/america-v-conagra-proposed-judgment-512929334"
U1J = "https://regulations.justia.com/regulations/fedreg/2014/05/29/2014-12397.html"
T1 = ("United States of America v. ConAgra Foods, Inc, et al.; Proposed Final Judgment and Competitive Impact "
      "Statement")
R.append(federal(
 "us-doj-federal-register-conagra-horizon-milling-ardent-mills-proposed-final-judgment-2014", U1, "2014-05-29", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Hold Separate Stipulation and Order, and Competitive Impact Statement have been filed with "
 "the United States District Court for the District of Columbia in United States of America v. ConAgra Foods, Inc., "
 "et al., Civil Action No. 1:14-cv-823. On May 20, 2014, the United States filed a Complaint alleging that the "
 "combination of the wheat flour milling assets of ConAgra Foods, Inc. and Horizon Milling, LLC (a joint venture "
 "between Cargill, Inc. and CHS, Inc.) to form a joint venture to be known as Ardent Mills would violate Section 7 of "
 "the Clayton Act, 15 U.S.C. 18, and Section 1 of the Sherman Act, 15 U.S.C. 1. The proposed Final Judgment, filed "
 "the same time as the Complaint, requires Ardent Mills to divest flour mills located in Los Angeles, California; "
 "New Prague, Minnesota; Oakland, California; and Saginaw, Texas, along with certain tangible and intangible "
 "assets.\n\n"
 "Copies of the Complaint, proposed Final Judgment and Competitive Impact Statement are available for inspection at "
 "the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street NW., Suite 1010, "
 "Washington, DC 20530 (telephone: 202-514-2481), on the Department of Justice's Web site at "
 "http://www.usdoj.gov/atr, and at the Office of the Clerk of the United States District Court for the District of "
 "Columbia.",
 "food/flour milling", "partnership,regulatory",
 att(T1, "79 FR 30881, FR Doc. 2014-12397", "2014-05-29",
     "the Government Publishing Office's Federal Register Online (govinfo.gov) gives it", U1),
 FRG,
 "The Antitrust Division's notice in the Federal Register of Thursday, 29 May 2014 (Volume 79, Number 103, pages "
 "30881-30897, FR Doc No: 2014-12397; kept as `published`; issue, pages and weekday from the GPO header lines), the "
 "GPO text as govinfo.gov gives it (origin string `FRG`, as batch 41c). Left out: the GPO header lines ('[Federal "
 "Register Volume 79, Number 103 (Thursday, May 29, 2014)]', '[Notices]', '[Pages 30881-30897]', 'From the Federal "
 "Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: 2014-12397]'), the rule, "
 "'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the heading (two printed lines, broken after 'et al.; "
 "Proposed', joined with a space as `title`; its 'ConAgra Foods, Inc, et al.' without the period after 'Inc' kept "
 "as printed). The page marker '[[Page 30882]]', printed between 'requires Ardent' and 'Mills to divest', left out "
 "and the two words joined with a space. The GPO text's line wraps joined with a space; the two paragraphs set off "
 "by a blank line. Cut after the second paragraph's first sentence ('... the District of Columbia.'), before "
 "'Copies of these materials may be obtained from the Antitrust Division upon request and payment of the copy', "
 "where the excerpt breaks off (`truncated`: the rest of that paragraph, the public-comment paragraph, the section "
 "chief's name, the signature, the Complaint, the proposed Final Judgment and the Competitive Impact Statement are "
 "not in the kept text). Kept as printed: 'Hold Separate Stipulation and Order, and Competitive Impact Statement' "
 "(serial comma), 'ConAgra Foods, Inc., et al.' in the case name, 'CHS, Inc.' with a comma, 'filed the same time as "
 "the Complaint' without 'at', 'proposed Final Judgment and Competitive Impact Statement' without a serial comma in "
 "the second paragraph, '450 Fifth Street NW.', 'Web site', 'http://www.usdoj.gov/atr,' with one comma. vlex's copy "
 "of the GPO text (" + U1V + ", rank 1) agrees word for word as far as both run (it prints the part-page line "
 "'Page 30882' where the GPO text prints '[[Page 30882]]'); the govinfo text taken as the GPO's own. vdocuments' copy "
 "of the pre-publication text (section signs, 'website', 'Fifth Street, NW') and justia's printed page (" + U1J + ": "
 "it opens on a Community Oriented Policing Services notice) not taken. 228 words (whitespace-split). One text per "
 "event: the Division's press release of 20 May 2014 did not come back (constantinecannon's and nationalaglawcenter's "
 "summaries of it and of the notice: third-party, not taken); the Competitive Impact Statement (pdffox: a court "
 "paper) not taken. Found with 'United States v. Cargill, Incorporated, CHS Inc., ConAgra Foods, Inc. Ardent Mills "
 "Proposed Final Judgment Competitive Impact Statement flour mills' (rank 6; vlex rank 1). "
 + CHECK + "'Ardent', 'Horizon Milling', 'CHS Inc', 'CHS, Inc', '2014-12397', '14-cv-823': 0 everywhere; 'ConAgra "
 "Foods' only in dev us-sec-united-agri-products-conagra-former-president-coo-blue-cook-controller-campbell-fraud-2007 "
 "(the SEC's 2007 fraud case at a ConAgra subsidiary, another matter, by its name), batch 47a's scripts and pool "
 "and GATHERING.md's 47a section; 'Cargill' only in DOJ files on other matters (bank branches, salt, waste "
 "stations, business reviews of 1992-1998; test us-doj-cargill-akzo-nobel-salt-merger-deicing-assets-sale-1997 the "
 "nearest, another matter) and Wikinews files on other subjects; no dev or test file's text read.",
 True))

# ---- Election Systems and Software / Premier Election Services, Federal Register notice, 15 March 2010 ---------------
U2 = "http://edocket.access.gpo.gov/2010/2010-5519.htm"
U2J = "https://regulations.justia.com/regulations/fedreg/2010/03/15/2010-5519.html"
U2C = "http://www.justice.gov/atr/cases/f256200/256273.htm"
T2 = ("United States, et al. v. Election Systems and Software, Inc.; Proposed Final Judgment and Competitive Impact "
      "Statement")
R.append(federal(
 "us-doj-federal-register-election-systems-software-premier-election-services-proposed-final-judgment-2010", U2,
 "2010-03-15", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States, et al. v. Election Systems and Software Inc., Civil "
 "Action No. 10-00380. On March 8, 2010, the United States filed a Complaint alleging that the proposed acquisition "
 "by Election Systems and Software, Inc., (``ES&S'') of Premier Election Services, Inc., and PES Holdings, Inc. "
 "violated Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed the same time as the "
 "Complaint, requires ES&S to divest certain tangible and intangible assets.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection at "
 "the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street, NW., Suite 1010, "
 "Washington, DC 20530 (telephone: 202-514-2481), on the Department of Justice's Web site at "
 "http://www.usdoj.gov/atr, and at the Office of the Clerk of the United States District Court for the District of "
 "Columbia. Copies of these materials may be obtained from the Antitrust Division upon request and payment of the "
 "copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice.",
 "tech/voting equipment", "deal,regulatory",
 att(T2, "75 FR 12256, FR Doc. 2010-5519", "2010-03-15",
     "the Government Publishing Office's Federal Register Online (edocket.access.gpo.gov) gives it", U2),
 FRD,
 "The Antitrust Division's notice in the Federal Register of Monday, 15 March 2010 (Volume 75, Number 49, pages "
 "12256-12270, FR Doc No: 2010-5519; kept as `published`; issue, pages and weekday from the GPO header lines), the "
 "GPO text as edocket.access.gpo.gov gives it (origin string `FRD`, as batches 43j, 43l and 48b). Left out: the GPO "
 "header lines ('[Federal Register Volume 75, Number 49 (Monday, March 15, 2010)]', '[Notices]', '[Pages "
 "12256-12270]', 'From the Federal Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: "
 "2010-5519]'), the rules, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the heading (two printed lines, broken "
 "after 'Software, Inc.;', joined with a space as `title`). The GPO text's line wraps joined with a space, except "
 "the telephone number '202-514-' / '2481' joined as '202-514-2481' (the number's own hyphen at a wrap, as 44a and "
 "48b); the three paragraphs (the second and third indented in the GPO text) set off by blank lines. Cut after the "
 "third paragraph's first sentence ('Public comment is invited within 60 days of the date of this notice.', as "
 "42w's, 47w's and 48f's notices end), before 'Such comments, and responses thereto, will be published', where the "
 "excerpt breaks off (`truncated`: the rest of the comment paragraph, the section chief's name, the signature, the "
 "Complaint, the proposed Final Judgment and the Competitive Impact Statement are not in the kept text). Kept as "
 "printed: the doubled backquotes and apostrophes around the defined name (``ES&S''), 'Election Systems and "
 "Software, Inc., (``ES&S'')' with the comma before the parenthesis, 'Premier Election Services, Inc., and PES "
 "Holdings, Inc.' (the Competitive Impact Statement on justice.gov, " + U2C + ", names the company 'Premier "
 "Election Solutions, Inc.': the notice's own 'Services' kept, never corrected), 'Election Systems and Software "
 "Inc.' without a comma in the case name, 'Stipulation and Competitive Impact Statement' without a serial comma, "
 "'the proposed acquisition ... violated' (the past tense as printed), 'filed the same time as the Complaint' "
 "without 'at', '450 Fifth Street, NW.', 'Web site', 'http://www.usdoj.gov/atr,' with one comma. justia's printed "
 "page (" + U2J + ": it opens on a Fish and Wildlife Service permit notice) not taken. 216 words "
 "(whitespace-split). One text per event: the Division's press release of 8 March 2010 did not come back (pcworld's "
 "story quotes it: news, not taken); the Complaint and the Competitive Impact Statement (justice.gov: court papers), "
 "the court's Final Judgment (cetient: a court paper) and the 'Public Comments and Response' notice (gpo.gov, FR "
 "Doc. 2010-15368, 28 June 2010: a later paper of the same matter) not taken. Found with 'United States v. "
 "Election Systems & Software, Inc. Premier Election Solutions Proposed Final Judgment Competitive Impact Statement "
 "voting equipment' (rank 1). "
 + CHECK + "'Election Systems', 'PES Holdings', '2010-5519', '10-00380', '2010-15368': 0 everywhere; 'Premier "
 "Election' and 'ES&S' only in GATHERING.md (43v's, 44e's and 45w's lines: the 1997 American Information Systems / "
 "Business Records Corporation lead, for which searches brought 2010 ES&S/Premier news; this matter never taken or "
 "listed as not used); 'Diebold' (not in the kept text) in corpus files on other matters; no dev or test file's "
 "text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
