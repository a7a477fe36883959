#!/usr/bin/env python3
"""Batch 47z (session 48, gatherer 47z): two deals the Justice Department's Antitrust Division let go ahead on terms
settled with its suit -- Cinemark Holdings, Inc.'s proposed acquisition of movie theatres and related assets from
Rave Cinemas, LLC (theatre assets to be divested, and Movie Tavern, Inc. to be divested by Alder Wood Partners, L.P.,
2013) and GrafTech International Ltd.'s proposed acquisition of Seadrift Coke L.P. (a supply agreement with
ConocoPhillips Company to be modified, a firewall, 2010) -- told in US federal public-domain texts of the Department
(17 U.S.C. 105), a round of session 48 after batches 47b, 47f, 47i, 47l, 47n, 47r, 47t and 47w in the DOJ lane
(batches 46b, 46e, 46i, 46k before them), first-party text only:
  - the Division's notice 'United States, et al. v. Cinemark Holdings, Inc., et al.; Proposed Final Judgment and
    Competitive Impact Statement' (78 FR 32443, FR Doc. 2013-12762, 30 May 2013, the GPO text on gpo.gov/fdsys);
  - the Division's notice 'United States v. Graftech International Ltd., Et al.; Proposed Final Judgment and
    Competitive Impact Statement' (75 FR 76026, FR Doc. 2010-30621, 7 December 2010, as federal.elaws.us reproduces
    it).
Texts are the search tool's page-store excerpts (corpus `pages`). The GPO text's header lines, rules, 'DEPARTMENT OF
JUSTICE' and 'Antitrust Division' are left out, its heading (two printed lines joined with a space) kept as `title`,
its line wraps joined with a space and its paragraphs (indented in the GPO text) set off by a blank line. The
federal.elaws.us host's heading line (the FR document number and the title, kept as `title`), its '-' line and its
marker 'Start Preamble' are left out. Each text is cut at the last full sentence before the excerpt breaks off. No
word or character added or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch47z.py [POOL_DIR] [--dry]   (default /tmp/gather48z/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, att
from batch44t import FRP

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48z/pool"
# a check note of this batch's own (as 47b's to 47w's), naming the session-48 pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev and "
         "test of /work/main on branch main: names of matching files only, no dev or test file's text read), "
         "GATHERING.md (its 'not used' lists included), every gather script (batch47w.py the latest of this lane), "
         "the notes under /work/notes and every /tmp/gather48*/pool present (at the last check 48a to 48y and 48za: SEC, DOJ "
         "and FCC texts, none naming this matter): ")
R = []

# ---- Cinemark / Rave Cinemas / Movie Tavern, Federal Register notice, 30 May 2013 ------------------------------------
U1 = "http://www.gpo.gov/fdsys/pkg/FR-2013-05-30/html/2013-12762.htm"
U1E = "http://federal.elaws.us/fr/5/30/2013/2013-12762"
T1 = ("United States, et al. v. Cinemark Holdings, Inc., et al.; Proposed Final Judgment and Competitive Impact "
      "Statement")
R.append(federal(
 "us-doj-federal-register-cinemark-rave-cinemas-movie-tavern-proposed-final-judgment-2013", U1, "2013-05-30", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Hold Separate Stipulation and Order and Competitive Impact Statement have been filed with "
 "the United States District Court for the District of Columbia in United States of America et al. v. Cinemark "
 "Holdings, Inc., et al., Civil Action No. 1:13-cv-727. On May 20, 2013, the United States filed a Complaint "
 "alleging that the proposed acquisition by Cinemark Holdings, Inc. of movie theatres and related assets from Rave "
 "Cinemas, LLC would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed the same "
 "time as the Complaint, requires Cinemark Holdings, Inc. to divest certain theatre assets and requires Alder Wood "
 "Partners, L.P., which is controlled by Cinemark's Chairman, to divest Movie Tavern, Inc.\n\n"
 "Copies of the Complaint, proposed Final Judgment, Hold Separate Stipulation and Order and Competitive Impact "
 "Statement are available for inspection at the Department of Justice, Antitrust Division, Antitrust Documents "
 "Group, 450 Fifth Street NW., Suite 1010, Washington, DC 20530 (telephone: 202-514-2481), on the Department of "
 "Justice's Web site at http://www.justice.gov/atr, and at the Office of the Clerk of the United States District "
 "Court for the District of Columbia.",
 "media/movie theatres", "deal,regulatory",
 att(T1, "78 FR 32443, FR Doc. 2013-12762", "2013-05-30", "the GPO publishes it on gpo.gov/fdsys", U1),
 FRP,
 "The Antitrust Division's notice in the Federal Register of Thursday, 30 May 2013 (Volume 78, Number 104, pages "
 "32443-32457, FR Doc No: 2013-12762; kept as `published`; issue, pages and weekday from the GPO header lines), the "
 "GPO text on its former FDsys address (origin string `FRP`, as batches 44t and 47f). Left out: the GPO header lines "
 "('[Federal Register Volume 78, Number 104 (Thursday, May 30, 2013)]', '[Notices]', '[Pages 32443-32457]', 'From "
 "the Federal Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: 2013-12762]'), the "
 "rules, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the heading (two printed lines, broken after 'et al.;', "
 "joined with a space as `title`). The GPO text's line wraps joined with a space (no word broken at a wrap: "
 "'Cinemark Holdings, / Inc.', 'Rave / Cinemas, LLC', 'Department of / Justice's' join as written); the two "
 "paragraphs (the second indented in the GPO text, 'Copies of the Complaint, ...') set off by a blank line. Cut "
 "after the second paragraph's first sentence ('... the Office of the Clerk of the United States District Court for "
 "the District of Columbia.'), before 'Copies of these materials may be obtained from the Antitrust Division upon "
 "request and payment of the copying fee set', where the excerpt breaks off (`truncated`: the public-comment "
 "paragraph, the section chief's name, the Competitive Impact Statement and the Final Judgment are not in the kept "
 "text). Kept as printed: 'Hold Separate Stipulation and Order and Competitive Impact Statement' (no serial comma), "
 "'United States of America et al.' (no comma before 'et al.' in the case name, a comma in the heading), 'movie "
 "theatres', \"Cinemark's Chairman\" with its capital, the straight apostrophes, 'Section 7', '450 Fifth Street NW.', "
 "'Web site', 'http://www.justice.gov/atr,' with one comma. The same notice on federal.elaws.us (" + U1E + ", rank "
 "3; its excerpt runs on to 'Comments should be directed to John R. Read, Chief,') agrees word for word as far as "
 "the GPO excerpt runs, except that it prints 'http://www.justice.gov/atr,,' with two commas: so the doubled comma "
 "47w kept in its Twin America text is that host's, not the printed notice's (**a finding for 47w's doubt**); the "
 "GPO text is taken here for that reason (one comma, as printed). 205 words (whitespace-split). justia's printed "
 "page (ranks 1 and 4: it opens on the foot of an International Trade Commission notice) not taken. One text per "
 "event: the Division's press release of 20 May 2013 did not come back; news not searched. Found with 'United "
 "States v. Cinemark Holdings Century Theatres Proposed Final Judgment divest theatres' (rank 2; rank 3 the "
 "federal.elaws.us copy); 'Justice Department requires Cinemark to divest movie theatres acquisition of Rave "
 "Cinemas' brought only news on other theatre chains. "
 + CHECK + "'Cinemark', 'Rave Cinemas', 'Movie Tavern', 'Alder Wood', '13-cv-727', '2013-12762': 0 everywhere; no "
 "dev or test file's text read.",
 True))

# ---- GrafTech / Seadrift Coke / ConocoPhillips, Federal Register notice, 7 December 2010 -----------------------------
U2 = "http://federal.elaws.us/fr/12/7/2010/2010-30621"
U2V = "https://regulations.vlex.com/vid/final-judgments-competitive-impact-231599834"
T2 = ("United States v. Graftech International Ltd., Et al.; Proposed Final Judgment and Competitive Impact "
      "Statement")
R.append(federal(
 "us-doj-federal-register-graftech-seadrift-coke-conocophillips-proposed-final-judgment-2010", U2, "2010-12-07", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America v. GrafTech International Ltd., et al., "
 "Civil Action No. 1:10-cv-02039. On November 29, 2010, the United States filed a Complaint alleging that the "
 "proposed acquisition by GrafTech International Ltd. (\u201cGrafTech\u201d) of Seadrift Coke L.P. "
 "(\u201cSeadrift\u201d) would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, "
 "filed the same time as the Complaint, requires that GrafTech and Seadrift modify an existing supply agreement with "
 "one of Seadrift's competitors in the provision of petroleum needle coke, ConocoPhillips Company "
 "(\u201cConoco\u201d), to remove terms that might have facilitated the sharing of pricing and production "
 "information. In addition, future supply agreements between GrafTech and Conoco must not provide Seadrift the means "
 "with which to verify customer-specific competitor pricing or production. In order to ensure compliance with these "
 "provisions, GrafTech must provide to the United States: (1) All future agreements between Conoco and GrafTech for "
 "the provision of petroleum needle coke; and (2) Seadrift documents prepared in the ordinary course of business "
 "that demonstrate Seadrift's production, capacity and sales. GrafTech must also institute a firewall, which "
 "restricts the flow of competitively sensitive information to and from Conoco during GrafTech's supply "
 "negotiations with that company, as well as preventing the flow of any competitively sensitive information to "
 "GrafTech personnel that may be provided to Seadrift from its customers.",
 "metals/graphite electrodes and needle coke", "deal,regulatory",
 att(T2, "75 FR 76026, FR Doc. 2010-30621", "2010-12-07", "federal.elaws.us reproduces the notice", U2),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 7 December 2010 (Volume 75, Number 234, pages "
 "76026-76036, FR Doc. 2010-30621; kept as `published`; volume, issue, pages and weekday from justia's printed page "
 "header and vlex's copy of the GPO Access text, " + U2V + ") as federal.elaws.us reproduces it (origin string "
 "`FRE`, as batches 41c, 43o and 47w), checked word for word against vlex's GPO Access text as far as that excerpt "
 "runs ('... restricts the flow of competitively sensitive information to and from Conoco during GrafTech's supp': "
 "the two agree, vlex printing the GPO's ``GrafTech'' where this host prints curly quotation marks, and breaking "
 "lines). Left out: the host's heading line ('2010-30621. ' and the notice's title, kept as `title`, with its "
 "'Graftech' and 'Et al.' as printed in the heading; the text itself spells 'GrafTech' and 'et al.'), its '-' line "
 "and marker 'Start Preamble'. One paragraph kept. Cut at the end of the first paragraph ('... that may be provided "
 "to Seadrift from its customers.'), before 'Copies of the Complaint, proposed Final Judgment, and Competitive "
 "Impact Sta', where the excerpt breaks off (`truncated`: the inspection and comment paragraphs, the section "
 "chief's name, the Competitive Impact Statement and the Final Judgment are not in the kept text). Kept as written: "
 "the curly quotation marks around the short names, the straight apostrophes (\"Seadrift's\", \"GrafTech's\"), "
 "'Stipulation and Competitive Impact Statement' (no serial comma), '(1) All future agreements' with its capital, "
 "'customer-specific'. 260 words (whitespace-split). justia's printed page (ranks 2 and 4: it opens on an "
 "Environment and Natural Resources Division consent-decree notice) and vlex's copy (rank 3; line breaks inside "
 "sentences) not taken. One text per event: the Division's Competitive Impact Statement (justice.gov atr/cases/"
 "f264600/264608.htm) and Final Judgment (justice.gov case-document proposed-final-judgment-139) are court papers, "
 "the Response to Public Comments (76 FR 14987, justia and casetext, March 2011) a later notice: left out. Found "
 "with 'United States v. Tenaris Hydril Proposed Final Judgment Competitive Impact Statement' (rank 5, the "
 "Competitive Impact Statement) and 'United States v. GrafTech International Ltd. and Seadrift Coke L.P. Proposed "
 "Final Judgment and Competitive Impact Statement Federal Register' (rank 6, this copy). "
 + CHECK + "'GrafTech', 'Graftech', 'Seadrift', 'needle coke', '10-cv-02039', '2010-30621': 0 everywhere; "
 "'ConocoPhillips' only in GATHERING.md (Oando's purchase, another matter, not used); no dev or test file's text "
 "read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
