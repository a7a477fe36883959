#!/usr/bin/env python3
"""Batch 47t (session 48, gatherer 47t): two deals the Justice Department's Antitrust Division let go ahead on terms
settled with its suit -- Smiths Group plc's proposed $710 million acquisition of Morpho Detection LLC and Morpho
Detection International LLC from Safran S.A. (Morpho's global explosive trace detection business to be divested,
2017) and Geisinger Health's partial acquisition of Evangelical Community Hospital (Geisinger's ownership interest
capped at a 7.5% passive interest, 2021) -- told in US federal public-domain texts of the Department (17 U.S.C. 105),
a round of session 48 after batches 47b, 47f, 47i, 47l, 47n and 47r in the DOJ lane (batches 46b, 46e, 46i, 46k
before them), first-party text only:
  - the Office of Public Affairs press release 'Justice Department Requires Divestiture of Morpho's Explosive Trace
    Detection Business Before Smiths Acquisition' (justice.gov, 30 March 2017);
  - the Division's notice 'United States v. Evangelical Community Hospital, et ano. Proposed Final Judgment and
    Competitive Impact Statement' (86 FR 13735, FR Doc. 2021-04953, 10 March 2021, the GPO text on govinfo.gov).
Texts are the search tool's page-store excerpts (corpus `pages`). The release's page lines ('Skip to main content',
'Press Release', 'For Immediate Release', 'Office of Public Affairs') are left out, its headline kept as `title`; its
paragraphs kept as the excerpt gives them, set off by a blank line (the excerpt's lines holding a lone space between
them dropped: whitespace only). The notice's GPO header lines, page marker, rules, 'DEPARTMENT OF JUSTICE' and
'Antitrust Division' are left out and its heading kept as `title` (its wrapped lines joined with a space); the GPO
line wraps joined with a space (no word is split at a line end in the kept text); paragraphs set off by a blank
line. Each text is cut at the last full sentence before the excerpt breaks off. No word or character added or changed.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch47t.py [POOL_DIR] [--dry]   (default /tmp/gather48t/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch40zi import OPA
from batch41c import FRG, att

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48t/pool"
# a check note of this batch's own (as 47b's to 47r's), naming the session-48 pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev and "
         "test of /work/main on branch main: names of matching files only, no dev or test file's text read), "
         "GATHERING.md (its 'not used' lists included), every gather script (batch47r.py the latest of this lane), "
         "the notes under /work/notes and every /tmp/gather48*/pool present (at the last check 48a to 48s and 48u: SEC, DOJ "
         "and FCC texts, none naming this matter): ")
R = []

# ---- Smiths Group / Morpho Detection / Safran, Office of Public Affairs, 30 March 2017 --------------------------------
U1 = "https://justice.gov/opa/pr/justice-department-requires-divestiture-morpho-s-explosive-trace-detection-business-smiths"
U1R = "http://in.reuters.com/article/us-smiths-group-safran-usa-idINKBN17135H"
T1 = ("Justice Department Requires Divestiture of Morpho\u2019s Explosive Trace Detection Business Before Smiths "
      "Acquisition")
R.append(federal(
 "us-doj-smiths-group-morpho-detection-safran-divest-explosive-trace-detection-2017", U1, "2017-03-30", T1,
 "The Department of Justice announced today that it will require Smiths Group plc to divest Morpho Detection LLC and "
 "Morpho Detection International LLC\u2019s global explosive trace detection (ETD) business in order for Smiths to "
 "proceed with its proposed $710 million acquisition of Morpho from Safran S.A.\n\n"
 "The Justice Department\u2019s Antitrust Division filed a civil antitrust lawsuit today in the U.S. District Court "
 "for the District of Columbia to block the proposed transaction. At the same time, the department filed a proposed "
 "settlement that, if approved by the court, would resolve the department\u2019s competitive concerns.\n\n"
 "\u201cThe acquisition, as originally proposed, would have eliminated one of only three suppliers of desktop "
 "explosive trace detection devices in the United States, and these devices play a critical role in ensuring the "
 "safe transport of passengers and cargo at our nation\u2019s airports,\u201d said Acting Assistant Attorney General "
 "Brent Snyder of the Justice Department\u2019s Antitrust Division. \u201cToday\u2019s settlement will ensure that "
 "the Transportation Security Administration and other desktop explosive trace detection purchasers continue to "
 "enjoy the benefits of vigorous competition when they purchase these vital security screening products.\u201d\n\n"
 "The European Commission previously announced that in order to address its competitive concerns with the "
 "acquisition, it also will require Smiths to divest Morpho\u2019s global ETD business. The department\u2019s "
 "Antitrust Division and the European Commission cooperated closely throughout the course of their respective "
 "investigations, with frequent contact between the agencies.",
 "security equipment/explosive trace detection", "deal,regulatory",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2017-03-30, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 OPA,
 "The Justice Department's press release on justice.gov (origin string `OPA`, as batches 40zi, 47f, 47n, 47r). Left "
 "out: 'Skip to main content', 'Press Release', the headline (kept as `title`), 'For Immediate Release' and 'Office "
 "of Public Affairs'; the release has no sub-headline in the excerpt. The excerpt holds no date line: `published` 30 "
 "March 2017 (a Thursday), from Reuters' report of the release dated that day ('The U.S. Justice Department said on "
 "Thursday', in.reuters.com's copy, " + U1R + "; reuters.com's copy 'March 30, 2017 / 9:44 PM') and the Division's "
 "Federal Register notice of the case (82 FR 17281, FR Doc. 2017-07099: 'On March 30, 2017, the United States filed "
 "a Complaint', the release saying the suit was filed 'today') (**doubtful**, as 40zi, 47f, 47n and 47r: the date is "
 "taken from other texts, not from the page). The excerpt's first four paragraphs kept, set off by a blank line (the "
 "excerpt sets each off with a line holding a lone space, dropped: whitespace only). Cut after the fourth paragraph "
 "('... with frequent contact between the agencies.'), before 'According to the department\u2019s complaint, Smiths "
 "and Morpho are two of the leading providers of desktop ETD devices for both air passe', where the excerpt breaks "
 "off (`truncated`: the complaint's account, the settlement's terms and the company descriptions are not in the kept "
 "text). Kept as written: the curly quotation marks and apostrophes, 'Smiths Group plc' with a lower-case 'plc', "
 "'Morpho Detection LLC and Morpho Detection International LLC\u2019s' (one possessive for the two), 'Safran S.A.' "
 "closing the first sentence (its full stop the abbreviation's), 'the U.S. District Court for the District of "
 "Columbia', 'the department' in lower case, 'Acting Assistant Attorney General', 'it also will require'. 232 words "
 "(whitespace-split). One text per event: the Division's Federal Register notice of the case (thefederalregister.org, "
 "federal.elaws.us and justia copies; 82 FR 17281) left out for the release; Reuters (copyrighted; its in.reuters, "
 "reuters.com and Yahoo copies), Defense Daily and the company's statement on the European Commission's clearance "
 "(asiatraveltips.com) left out. Found with 'United States v. Smiths Group plc and Morpho Detection Proposed Final "
 "Judgment Competitive Impact Statement' (rank 5) and 'Justice Department Requires Divestiture of Morpho's Explosive "
 "Trace Detection Business Before Smiths Acquisition justice.gov' (rank 4, the same excerpt). "
 + CHECK + "'Smiths Group', 'Morpho Detection', 'Safran S.A', 'explosive trace', '2017-07099', '17-cv-00580': 0 "
 "everywhere; 'Safran' in another matter only (a test Wikipedia text on CFM International, batch 32n); 'Morpho' "
 "(case-insensitive) only inside other words in two corpus files; 'Brent Snyder' in another matter (44c's "
 "Danone / WhiteWave release, train); no dev or test file's text read.",
 True))

# ---- Geisinger Health / Evangelical Community Hospital, Federal Register notice, 10 March 2021 -----------------------
U2 = "https://govinfo.gov/content/pkg/FR-2021-03-10/html/2021-04953.htm"
U2F = ("https://www.federalregister.gov/documents/2021/03/10/2021-04953/united-states-v-evangelical-community-hospital-"
       "et-ano-proposed-final-judgment-and-competitive-impact")
T2 = ("United States v. Evangelical Community Hospital, et ano. Proposed Final Judgment and Competitive Impact "
      "Statement")
R.append(federal(
 "us-doj-federal-register-geisinger-evangelical-community-hospital-proposed-final-judgment-2021", U2, "2021-03-10", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the Middle District of Pennsylvania in United States of America v. Evangelical Community "
 "Hospital and Geisinger Health, Civil Action No. 4:20-cv-01383-MWB. On August 5, 2020, the United States filed a "
 "Complaint alleging that Geisinger's partial acquisition of Evangelical would violate Section 1 of the Sherman Act, "
 "15 U.S.C. 1 and Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment requires Geisinger and "
 "Evangelical to amend the transaction to cap Geisinger's ownership interest in Evangelical at a 7.5% passive "
 "interest and to eliminate additional entanglements between the two competing hospitals.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection on "
 "the Antitrust Division's website at http://www.justice.gov/atr and at the Office of the Clerk of the United States "
 "District Court for the Middle District of Pennsylvania. Copies of these materials may be obtained from the "
 "Antitrust Division upon request and payment of the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice.",
 "hospitals/health care", "deal,regulatory",
 att(T2, "86 FR 13735, FR Doc. 2021-04953", "2021-03-10", "the GPO's Federal Register Online holds it on govinfo.gov",
     U2),
 FRG,
 "The Antitrust Division's notice in the Federal Register of Wednesday, 10 March 2021 (Volume 86, Number 45, pages "
 "13735-13750, FR Doc No: 2021-04953; kept as `published`), the GPO text on govinfo.gov (origin string `FRG`, as "
 "batches 41c, 43j, 43l, 43o, 46e, 47n, 47r). Left out: the GPO header lines ('[Federal Register Volume 86, Number 45 "
 "(Wednesday, March 10, 2021)]', '[Notices]', '[Pages 13735-13750]', 'From the Federal Register Online via the "
 "Government Publishing Office [www.gpo.gov]', '[FR Doc No: 2021-04953]'), the page marker '[[Page 13735]]', the rule "
 "of '-', 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the notice's heading (kept as `title`, its two wrapped "
 "lines joined with a space; 'et ano.' and the missing semicolon before 'Proposed' as printed). The GPO line wraps "
 "joined with a space (no line of the kept text ends in a hyphen: '4:20-cv-01383-MWB' and '16(b)-(h)' stand whole on "
 "their lines); three paragraphs, set off by a blank line (the page store's govinfo excerpt squeezes out the GPO's "
 "indentation; the breaks after '... the two competing hospitals.' and '... Department of Justice regulations.' read "
 "from their short lines and from federalregister.gov's copy, which sets the paragraphs apart). Cut after the third "
 "paragraph's first sentence ('Public comment is invited within 60 days of the date of this notice.', as 47l), before "
 "'Such comments, including the name of the submitter, and responses thereto, will be posted on the Antitrust "
 "Division's website, filed with the Court, and, under certain circumstances,', where the excerpt breaks off "
 "(`truncated`: the comment address, the section chief, the Competitive Impact Statement and the Final Judgment are "
 "not in the kept text). Kept as written: the straight apostrophes (\"Geisinger's\" twice, \"Antitrust Division's\"), "
 "'Section 1 of the Sherman Act, 15 U.S.C. 1 and Section 7' (no comma before 'and'), '7.5%', 'http://www.justice.gov/"
 "atr' (justia's copy of the printed page has 'https'), the case name's order 'Evangelical Community Hospital and "
 "Geisinger Health'. 207 words (whitespace-split). federalregister.gov's copy (" + U2F + ", rank 2; the same text "
 "under the site's own page lines and 'Start Preamble Start Printed Page 13735') and justia's (ranks 1 and 5; its "
 "printed page with curly apostrophes, the line breaks of the print) not taken; the govinfo.gov text taken (rank 6), "
 "as 47n and 47r. One text per event: the Department's release of 3 March 2021 on the settlement ('Justice "
 "Department Resolves Antitrust Case Against Leading Central Pennsylvania Health Care Providers') came back only as "
 "thedailyripple.org's reprint of its opening, not justice.gov's page (news copies of releases are not taken in this "
 "lane, 47n); the release on the suit (concurrences.com, behind a paywall), Becker's Hospital Review and WNEP left "
 "out. Found with 'United States v. Geisinger Health and Evangelical Community Hospital Proposed Final Judgment and "
 "Competitive Impact Statement' (rank 6). "
 + CHECK + "'Geisinger', 'Evangelical Community', '2021-04953', '20-cv-01383': 0 everywhere; no dev or test file's "
 "text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
