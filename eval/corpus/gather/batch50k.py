#!/usr/bin/env python3
"""Batch 50k (session 51, gatherer 50k): the settlement the Justice Department's Antitrust Division reached with
Humana Inc. and Arcadian Management Services, Inc. over Humana's proposed acquisition of Arcadian, with health plans
to be divested in 51 counties and parishes of five states (2012) -- told in a US federal public-domain text of the
Department (17 U.S.C. 105), a batch-50 round in the DOJ lane (50h, 50e, 50b, 49b, 49e, 49i and 49l before it; 48b,
48f, 48k; 47b to 47z, 46b, 46e, 46i, 46k earlier), first-party text only:
  - the Division's notice 'United States v. Humana Inc. and Arcadian Management Services, Inc.' on its proposed Final
    Judgment and Competitive Impact Statement (77 FR 20419, FR Doc. 2012-8070, 4 April 2012, as federalregister.gov
    holds it; the page's heading, 'United States', is the document's title there).
The text is the search tool's page-store excerpt (corpus `pages`). The host's chrome ('Skip to Content', 'Notice',
'Table of Contents Back to Top', 'Tables Back to Top'), the page's heading (kept as `title`) and a blank line holding
one space are left out; the three paragraphs set off by a blank line, as the host prints them (no line wraps inside a
paragraph). The text is cut at the last full sentence before the notice's signature ('Patricia A. Brink,', 'Director
of Civil Enforcement.'), after which the excerpt runs into the proposed Final Judgment's caption and breaks off. No
word or character added or changed. Written before any extractor ran on the text (newskg was not run on it).
usage: batch50k.py [POOL_DIR] [--dry]   (default /tmp/gather51k/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import att

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather51k/pool"
# origin string for the Division's notices as federalregister.gov holds them (none of the earlier rounds took that host)
FRF = "US Justice Department Antitrust Division Federal Register notice as federalregister.gov holds it (page store)"
# a check note of this batch's own (as 47b's to 50h's), naming the pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test of /work/main on branch main: names of matching files only, no dev or test file's text read), "
         "GATHERING.md (grep -a; its 'not used' lists included), every gather script (batch50h.py the latest of this "
         "lane), the notes under /work/notes and every /tmp/gather51*/pool present (at the last check 51a's, 51d's "
         "and 51g's CFTC matters, 51b's Division notices on TransDigm and Continental, 51c's, 51f's and 51i's FCC "
         "notices, 51e's Division notices on Duke Energy and Canon, 51h's on Legends Hospitality; none naming this "
         "matter): ")
R = []

# ---- Humana / Arcadian Management Services, Federal Register notice, 4 April 2012 -----------------------------------
U1 = "https://www.federalregister.gov/articles/2012/04/04/2012-8070/united-states"
U1J = "https://regulations.justia.com/regulations/fedreg/2012/04/04/2012-8070.html"
U1G = "http://www.gpo.gov/fdsys/pkg/FR-2012-09-13/html/2012-22389.htm"
T1 = "United States"
R.append(federal(
 "us-doj-federal-register-humana-arcadian-management-services-health-plans-proposed-final-judgment-2012",
 U1, "2012-04-04", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia, in United States v. Humana Inc. and Arcadian Management Services, "
 "Inc., Civil Action No. 12-cv-00464. On March 27, 2012, the United States filed a Complaint alleging that the "
 "proposed acquisition by Humana Inc. of Arcadian Management Services, Inc. would violate Section 7 of the Clayton "
 "Act, 15 U.S.C. 18. The proposed Final Judgment filed at the same time as the Complaint requires the parties to "
 "divest health plans in 51 counties and parishes in Arizona, Arkansas, Louisiana, Oklahoma, and Texas.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection "
 "at the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street, NW., Suite 1010, "
 "Washington, DC 20530 (telephone: 202 514-2481), and on the Department of Justice's Web site at "
 "http://www.usdoj.gov/atr, and at the Office of the Clerk of the United States District Court for the District of "
 "Columbia. Copies of these materials may be obtained from the Antitrust Division upon request and payment of the "
 "copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments and responses thereto will be "
 "published in the Federal Register and filed with the Court. Comments should be directed to Joshua H. Soven, "
 "Chief, Litigation I Section, Antitrust Division, U.S. Department of Justice, 450 Fifth Street NW., Suite 4100, "
 "Washington, DC 20530 (telephone: 202-307-0827).",
 "insurance/health", "deal,regulatory",
 att("United States v. Humana Inc. and Arcadian Management Services, Inc.; Proposed Final Judgment and Competitive "
     "Impact Statement", "77 FR 20419, FR Doc. 2012-8070", "2012-04-04", "federalregister.gov holds it", U1),
 FRF,
 "The Antitrust Division's notice in the Federal Register of Wednesday, 4 April 2012 (Volume 77, Number 65, pages "
 "20419-20434 as justia's index line gives the document's span, FR Doc. 2012-8070; kept as `published`; issue and "
 "weekday from justia's GPO header line, " + U1J + ", ranks 1 of both queries below; justia's printed page opens "
 "inside an International Trade Commission notice and a Clean Air Act consent-decree notice of that issue, not "
 "taken), as federalregister.gov holds it (origin string `FRF`, new in this round: no earlier round took that host). "
 "Title: the page's heading, 'United States' (federalregister.gov's and justia's name for the document, cut short "
 "there; the notice's full heading, 'United States v. Humana Inc. and Arcadian Management Services, Inc.; Proposed "
 "Final Judgment and Competitive Impact Statement', is not printed in the excerpt -- it is used in `attribution` "
 "only, in the form of the Division's later notice of that case, FR Doc. 2012-22389, whose GPO heading reads 'United "
 "States v. Humana Inc. and Arcadian Management Services, Inc.; Public Comment and Response on Proposed Final "
 "Judgment'; **doubtful**: a reader may prefer that reconstructed heading as `title`). Left out: the host's chrome "
 "('Skip to Content', 'Notice', 'Table of Contents Back to Top', 'Tables Back to Top'), the heading line and a blank "
 "line holding one space; the three paragraphs set off by a blank line (the host prints no wraps inside a "
 "paragraph). Cut after the comment paragraph ('... (telephone: 202-307-0827).'), before the signature 'Patricia A. "
 "Brink,' / 'Director of Civil Enforcement.' (as batches 43m and 47l cut before the signature) and the proposed "
 "Final Judgment's caption ('United States District Court for the District of Columbia Back to Top', 'United States "
 "of America, United States'), where the excerpt breaks off (`truncated`: the Complaint, the proposed Final Judgment "
 "and the Competitive Impact Statement are not in the kept text). Kept as printed: the comma after 'District of "
 "Columbia' before 'in United States v.', 'Civil Action No. 12-cv-00464', no comma after 'the Complaint' before "
 "'requires', 'Street, NW.,' in the first address and 'Street NW.,' in the second, '202 514-2481' "
 "with a space and '202-307-0827' with hyphens, 'http://www.usdoj.gov/atr', 'Web site'. 268 words "
 "(whitespace-split). One text per event: the Division's later notice on the same case (Public Comment and Response, "
 "77 FR 56674, FR Doc. 2012-22389, 13 September 2012, GPO text at " + U1G + ") tells no deal in its opening "
 "(not taken); news (nsinsurance.com, news-medical.net: Humana's release that the deal closed, with Arcadian's "
 "plans in 15 states) and a lawsdocbox copy of the later notice not taken. Found with 'United States v. Humana Inc. "
 "and Arcadian Management Services; Proposed Final Judgment and Competitive Impact Statement' (rank 2) and 'FR Doc "
 "2012-8070 Humana Arcadian Proposed Final Judgment Competitive Impact Statement Federal Register April 4, 2012 "
 "Antitrust Division' (rank 3), the lead being GATHERING.md's note (47l's UnitedHealth / Sierra round) that names "
 "Humana as a divestiture buyer in another matter. " + CHECK + "'Humana', 'Arcadian Management', '2012-8070', "
 "'12-cv-00464', '12-cv-464': 0 everywhere but GATHERING.md's two 'Humana' lines (the UnitedHealth / Sierra "
 "matter, Humana as the approved buyer there); 'Arcadian' alone only in train wp-malmaison-hotel-chain (the hotel "
 "group Arcadian International, another company); 'Soven' only in a GATHERING.md line on other matters; file "
 "names only, no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
