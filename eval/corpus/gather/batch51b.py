#!/usr/bin/env python3
"""Batch 51b (session 52, gatherer 51b): the settlement the Justice Department's Antitrust Division reached over the
proposed acquisition by Cengage Learning of the assets of the Houghton Mifflin College Division, with assets for
textbooks and educational materials used in 14 college-level courses to be divested (2008) -- told in a US federal
public-domain text of the Department (17 U.S.C. 105), a batch-51 round in the DOJ lane (50k, 50h, 50e, 50b, 49b, 49e,
49i and 49l before it; 48b, 48f, 48k; 47b to 47z, 46b, 46e, 46i, 46k earlier), first-party text only:
  - the Division's notice 'United States v. Cengage Learning Holdings I, L.P., Cengage Learning Holdings II L.P.,
    Cengage Learning, Inc., Apax/Tl Holdings, LLC, Education Media and Publishing Group Limited, and Houghton Mifflin
    Harcourt Publishing Company; Proposed Final Judgment and Competitive Impact Statement' (73 FR 34948, FR Doc.
    E8-13029, 19 June 2008), as proquest.com's federal-search full-text page holds it (checked against the copy on
    federal.elaws.us, which breaks off earlier).
The text is the search tool's page-store excerpt (corpus `pages`). The host's chrome ('Content area') and the agency
line 'Antitrust Division' are left out; the three paragraphs, one line each as the host prints them, set off by a
blank line (as 50k and the earlier notices). The text is cut at the last full sentence before the notice's signature
('Patricia A. Brink,', 'Deputy Director of Operations, Antitrust Division.'), after which the excerpt runs into the
proposed Final Judgment's caption and breaks off. No word or character added or changed. Written before any extractor
ran on the text (newskg was not run on it).
usage: batch51b.py [POOL_DIR] [--dry]   (default /tmp/gather52b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import att

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52b/pool"
# origin string for the Division's notices as proquest.com's federal-search pages hold them (no earlier round took
# that host for a notice; batch 45f's ProQuest is a company named in an SEC release, not a host)
FRQ = ("US Justice Department Antitrust Division Federal Register notice as proquest.com's federal-search full-text "
       "page holds it (page store)")
# a check note of this batch's own (as 47b's to 50k's), naming the pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test of /work/main on branch main: names of matching files only, no dev or test file's text read), "
         "GATHERING.md (grep -a; its 'not used' lists included), every gather script (batch50k.py the latest of this "
         "lane), the notes under /work/notes and every /tmp/gather52*/pool present (at the last check the other "
         "lanes' CFTC, SEC, FCC and UK government picks; none naming this matter): ")
R = []

# ---- Cengage Learning / Houghton Mifflin College Division, Federal Register notice, 19 June 2008 -------------------
U1 = "https://www.proquest.com/docview/189926282/fulltext/embedded/H09TXR3UUZB2ISDL?source=fedsrch"
U1E = "http://federal.elaws.us/fr/6/19/2008/e8-13029"
U1J = "https://regulations.justia.com/regulations/fedreg/2008/06/19/E8-13029.html"
U1C = "https://www.justice.gov/atr/case-document/competitive-impact-statement-61"
T1 = ("United States v. Cengage Learning Holdings I, L.P., Cengage Learning Holdings II L.P., Cengage Learning, Inc., "
      "Apax/Tl Holdings, LLC, Education Media and Publishing Group Limited, and Houghton Mifflin Harcourt Publishing "
      "Company; Proposed Final Judgment and Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-cengage-learning-houghton-mifflin-college-division-proposed-final-judgment-2008",
 U1, "2008-06-19", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Asset Preservation Stipulation and Order, and Competitive Impact Statement have been filed "
 "with the United States District Court for the District of Columbia in United States v. Cengage Learning Holdings I, "
 "L.P., Civil Action No. 1:08-cv-00899. On May 28, 2008, the United States filed a Complaint alleging that the "
 "proposed acquisition by Cengage Learning of the assets of Houghton Mifflin College Division would violate section 7 "
 "of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed at the same time as the Complaint, requires "
 "Cengage Learning to divest assets related to textbooks and educational materials used in 14 college-level "
 "courses.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection at "
 "the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street, NW., Suite 1010, "
 "Washington, DC 20530 (telephone: 202-514-2481), on the Department of Justice's Web site at "
 "http://www.usdoj.gov/atr, and at the Office of the Clerk of the United States District Court for the District of "
 "Columbia. Copies of these materials may be obtained from the Antitrust Division upon request and payment of the "
 "copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, and responses thereto, will be "
 "published in the Federal Register and filed with the Court. Comments should be directed to James J. Tierney, "
 "Chief, Networks & Technology Enforcement Section, Antitrust Division, Department of Justice, 600 E Street, NW., "
 "Suite 9500, Washington, DC 20530 (telephone: 202-307-6200).",
 "media/educational publishing", "deal,regulatory",
 att(T1, "73 FR 34948, FR Doc. E8-13029", "2008-06-19", "proquest.com's federal-search full-text page holds it", U1),
 FRQ,
 "The Antitrust Division's notice in the Federal Register of Thursday, 19 June 2008 (Volume 73, Number 119, pages "
 "34948-34961 as justia's index line gives the document's span, FR Doc. E8-13029; kept as `published`; issue and "
 "weekday from justia's page header, " + U1J + ", whose printed page opens inside an International Trade Commission "
 "notice of that issue, not taken), as proquest.com's federal-search full-text page holds it (origin string `FRQ`, new "
 "in this round: no earlier round took that host for a notice). Title: the notice's own heading as justia's index "
 "line and federal.elaws.us's heading print it (" + U1E + ", there cut after 'Proposed ...'), with 'Apax/Tl' as both "
 "print it; the proquest excerpt prints no heading (**doubtful**: a reader may prefer a short host heading, as 50k "
 "kept federalregister.gov's 'United States'). Left out: the host's chrome ('Content area') and the agency line "
 "'Antitrust Division'; the three paragraphs, one line each in the excerpt, set off by a blank line (as 50k). Cut "
 "after the comment paragraph ('... (telephone: 202-307-6200).'), before the signature 'Patricia A. Brink,' / "
 "'Deputy Director of Operations, Antitrust Division.' (as 43m, 47l and 50k cut before the signature) and the "
 "proposed Final Judgment's caption ('The United States District Court for the District of Columbia', 'United States "
 "of America, United States Department of '), where the excerpt breaks off (`truncated`: the Complaint, the proposed "
 "Final Judgment and the Competitive Impact Statement are not in the kept text). The kept text is word for word the "
 "text of federal.elaws.us's copy as far as that excerpt runs (it stops inside the comment paragraph at 'Suite 95'; "
 "checked by script, both excerpts saved under /tmp/gather52b/src): the proquest copy was taken because it holds the "
 "comment paragraph whole. Kept as printed: 'section 7' in lower case, 'Civil Action No. 1:08-cv-00899', "
 "'Street, NW.,' in both addresses, '202-514-2481' and '202-307-6200', 'http://www.usdoj.gov/atr', 'Web site', "
 "'Networks & Technology Enforcement Section' with its ampersand. 270 words (whitespace-split). One text per "
 "event: the Division's press release of 28 May 2008 (quoted in news: thebookseller.com's Reuters summary) was not "
 "found on justice.gov in the page store; the Competitive Impact Statement (" + U1C + ", a court paper) and the "
 "justia copy left out; Cengage's own release of the deal (webwire.com, company text) and news not taken. Found with "
 "'United States v. Cengage Learning Holdings Houghton Mifflin college division proposed final judgment textbooks' "
 "(justia rank 1, the Competitive Impact Statement rank 2, elaws rank 3, proquest rank 4) and 'Cengage Learning "
 "Holdings I, L.P., Civil Action No. 1:08-cv-00899 proposed acquisition by Cengage Learning of the assets of Houghton "
 "Mifflin College Division' (proquest rank 1, elaws rank 5), the lead being a DOJ certificate-of-compliance page of "
 "2008 that came back to a generic query. " + CHECK + "'Cengage', 'Houghton', 'Houghton Mifflin', 'Education Media', "
 "'E8-13029', '1:08-cv-00899', '34948': 0 everywhere; 'Harcourt' only in GATHERING.md's not-used lines on Thomson / "
 "Harcourt (2001) and Pearson / Harcourt Assessment (2008), other matters; 'Apax' only in dev wp-prodrive and batch "
 "40zf's lines (another matter, not in the kept text); 'Tierney' and 'Networks & Technology' only in the Division's "
 "Deutsche Boerse / NYSE Euronext (train) and Google / ITA (dev) notices and their scripts (the same section chief, "
 "other matters); file names only, no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
