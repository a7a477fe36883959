#!/usr/bin/env python3
"""Batch 49e (session 50, gatherer 49e): two settlements of the Justice Department's Antitrust Division -- L.B. Foster
Company's acquisition of Portec Rail Products, Inc. (Portec's rail joint operations, with its Huntington, West
Virginia plant, to be sold to Koppers Inc., 2010) and Showa Denko K.K.'s acquisition of SGL Carbon SE's graphite
electrodes business (SGL's US graphite electrodes business to be divested, 2017) -- told in US federal public-domain
texts of the Department (17 U.S.C. 105), a second round of batch 49 in the DOJ lane (49b before it; 48b, 48f, 48k;
47b to 47z, 46b, 46e, 46i, 46k earlier), first-party text only:
  - the Division's notice 'United States v. L.B. Foster Company and Portec Rail Products, Inc.; Proposed Final
    Judgment and Competitive Impact Statement' (75 FR 79394, FR Doc. 2010-31863, 20 December 2010, the GPO text on
    edocket.access.gpo.gov);
  - the Division's notice 'United States v. Showa Denko K.K., SGL Carbon SE, and SGL GE Carbon Holding LLC (USA);
    Proposed Final Judgment and Competitive Impact Statement' (82 FR 48255, FR Doc. 2017-22443, 17 October 2017, as
    federal.elaws.us reproduces it).
Texts are the search tool's page-store excerpts (corpus `pages`). The host's heading line, the GPO header lines, the
rule, 'DEPARTMENT OF JUSTICE', 'Antitrust Division', the bullet, 'Start Preamble' and the printed-page marker are left
out, the notice's heading kept as `title` (a wrapped heading joined with a space), the GPO text's line wraps joined
with a space, leading indentation dropped and paragraphs set off by a blank line. Each text is cut at the last full
sentence before the excerpt breaks off or before the notice's signature. No word or character added or changed.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch49e.py [POOL_DIR] [--dry]   (default /tmp/gather50e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, att
from batch43j import FRD

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather50e/pool"
# a check note of this batch's own (as 47b's to 49b's), naming the pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev and "
         "test of /work/main on branch main: names of matching files only, no dev or test file's text read), "
         "GATHERING.md (its 'not used' lists included), every gather script (batch49b.py the latest of this lane), "
         "the notes under /work/notes (49b's section /work/notes/gather50/49b.md included) and every "
         "/tmp/gather49*/pool and /tmp/gather50*/pool present (at the last check 50a's and 50d's SEC and CFTC, 50b's "
         "DOJ, 50c's and 50f's FCC matters; none naming this matter): ")
R = []

# ---- L.B. Foster / Portec Rail Products, Federal Register notice, 20 December 2010 ---------------------------------
U1 = "http://edocket.access.gpo.gov/2010/2010-31863.htm"
U1V = "https://regulations.vlex.com/vid/final-judgments-competitive-impact-233168834"
U1J = "https://regulations.justia.com/regulations/fedreg/2010/12/20/2010-31863.html"
U1C = "http://www.justice.gov/atr/cases/f265100/265125.htm"
U1P = "https://www.justice.gov/atr/proposed-final-judgment-us-v-lb-foster-company-and-portec-rail-products-inc"
U1H = ("http://www.docstoc.com/docs/66766042/Divisions-Groups-Affiliates-Partnerships-And-Joint-Ventures-And-Their-"
       "Directors-Officers---PORTEC-RAIL-PRODUCTS-INC---12-15-2010")
T1 = ("United States v. L.B. Foster Company and Portec Rail Products, Inc.; Proposed Final Judgment and Competitive "
      "Impact Statement")
R.append(federal(
 "us-doj-federal-register-lb-foster-portec-rail-products-proposed-final-judgment-2010", U1, "2010-12-20", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Hold Separate Stipulation and Order, and Competitive Impact Statement have been filed with "
 "the United States District Court for the District of Columbia in United States v. L.B. Foster Company and Portec "
 "Rail Products, Inc., Civil Action No. 1:10-cv-02115. On December 14, 2010, the United States filed a Complaint "
 "alleging that the proposed acquisition by L.B. Foster Company (``Foster'') of Portec Rail Products, Inc. "
 "(``Portec'') would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed at the "
 "same time as the Complaint, requires Foster to divest Portec's entire rail joint operations (excluding some assets "
 "in the United Kingdom), including Portec's manufacturing facility located in Huntington, West Virginia and "
 "tangible and intangible assets associated with Portec's rail joints, as well as assets used to manufacture and "
 "sell certain other related and complementary products currently manufactured at the Huntington facility. The "
 "proposed Final Judgment requires that these assets be sold to Koppers Inc.",
 "industrial equipment/rail products", "deal,regulatory",
 att(T1, "75 FR 79394, FR Doc. 2010-31863", "2010-12-20",
     "the Government Publishing Office's Federal Register Online (edocket.access.gpo.gov) gives it", U1),
 FRD,
 "The Antitrust Division's notice in the Federal Register of Monday, 20 December 2010 (Volume 75, Number 243, pages "
 "79394-79404, FR Doc. 2010-31863; kept as `published`; issue, pages and weekday from the GPO header lines), the GPO "
 "text as edocket.access.gpo.gov gives it (origin string `FRD`, as batch 43j). Left out: the GPO header lines "
 "('[Federal Register Volume 75, Number 243 (Monday, December 20, 2010)]', '[Notices]', '[Pages 79394-79404]', 'From "
 "the Federal Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: 2010-31863]'), the "
 "rule line, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the notice's heading (two printed lines, broken after "
 "'Portec Rail Products,', joined with a space as `title`). The line wraps joined with a space (no word split across "
 "lines in the kept text), the leading indentation dropped. Cut after the paragraph's fourth sentence ('... these "
 "assets be sold to Koppers Inc.'), before 'Copies of the Complaint, proposed Final Judgment, and Competitive Impact "
 "Statement are available for inspection at the Department of Justice, ... on the Department of Justice's Web site "
 "at http://www.usdoj.gov/', where the excerpt breaks off inside that sentence (`truncated`: the rest of it, the "
 "public-comment paragraph, the section chief's name, the signature, the Complaint, the proposed Final Judgment and "
 "the Competitive Impact Statement are not in the kept text). Kept as printed: the GPO backquotes and apostrophes "
 "around the defined names (``Foster'', ``Portec''), 'L.B. Foster Company' with no space after 'L.', 'Portec Rail "
 "Products, Inc.' with its comma, 'Huntington, West Virginia and tangible' with no comma after the state, the "
 "straight apostrophes in \"Portec's\", 'Koppers Inc.' with no comma. vlex's copy of the GPO Access text (" + U1V
 + ", rank 2) runs a little further ('... at the Office of the Clerk of the United States Di') and agrees word for "
 "word as far as the kept text runs (its line breaks fall inside sentences); justia's printed page (" + U1J + ", "
 "ranks 4 and 8) opens on the tail of an Environment and Natural Resources Division notice and stops before the "
 "fourth sentence's end; the GPO text taken as the clean one. 177 words (whitespace-split). One text per event: the "
 "Division's press release of 14 December 2010 did not come back; the Competitive Impact Statement (" + U1C + "), the "
 "proposed Final Judgment (" + U1P + "), the motion for entry of the Final Judgment (court papers) and the Hold "
 "Separate Stipulation as a Portec tender-offer exhibit on docstoc (" + U1H + ", a third-party copy) not taken. "
 "Found with 'federal.elaws.us 2011 Proposed Final Judgment and Competitive Impact Statement proposed acquisition "
 "valves divest Antitrust Division' (rank 1) and 'United States v. L.B. Foster Company and Portec Rail Products, "
 "Inc.; Proposed Final Judgment and Competitive Impact Statement' (rank 1). "
 + CHECK + "'Portec', 'L.B. Foster', 'Koppers Inc', '2010-31863', '1:10-cv-02115', 'Huntington, West Virginia': 0 "
 "everywhere; 'Koppers' (whole word) only as the toscaData R package's author in GATHERING.md's Wikinews source "
 "lines (Koppers, Rieger et al.), never the company; '79394' only inside content hashes in newskg run files under "
 "/work/notes; 'rail joint' only as 'a postal-rail joint venture' (GATHERING.md, batch 23a); no dev or test file's "
 "text read.",
 True))

# ---- Showa Denko / SGL Carbon, Federal Register notice, 17 October 2017 --------------------------------------------
U2 = "http://federal.elaws.us/fr/10/17/2017/2017-22443"
U2J = "https://regulations.justia.com/regulations/fedreg/2017/10/17/2017-22443.html"
T2 = ("United States v. Showa Denko K.K., SGL Carbon SE, and SGL GE Carbon Holding LLC (USA); Proposed Final Judgment "
      "and Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-showa-denko-sgl-carbon-graphite-electrodes-proposed-final-judgment-2017", U2, "2017-10-17",
 T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Hold Separate Stipulation and Order, and Competitive Impact Statement have been filed with "
 "the United States District Court for the District of Columbia in United States of America v. Showa Denko K.K., SGL "
 "Carbon SE, and SGL GE Carbon Holding LLC (USA), Civil Action No. 1:17-cv-1992. On September 27, 2017, the United "
 "States filed a Complaint alleging that Showa Denko K.K.'s (\u201cSDK\u201d) proposed acquisition of the global "
 "graphite electrodes business of SGL Carbon SE (\u201cSGL\u201d) would violate Section 7 of the Clayton Act, 15 "
 "U.S.C. 18. The proposed Final Judgment, filed at the same time as the Complaint, requires SDK to divest SGL's "
 "entire U.S. graphite electrodes business.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection on "
 "the Antitrust Division's Web site at http://www.justice.gov/atr and at the Office of the Clerk of the United States "
 "District Court for the District of Columbia. Copies of these materials may be obtained from the Antitrust Division "
 "upon request and payment of the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, including the name of the "
 "submitter, and responses thereto, will be posted on the Antitrust Division's website, filed with the Court, and, "
 "under certain circumstances, published in the Federal Register. Comments should be directed to Maribeth Petrizzi, "
 "Chief, Litigation II Section, Antitrust Division, Department of Justice, 450 Fifth Street NW., Suite 8700, "
 "Washington, DC 20530 (telephone: 202-307-0924).",
 "metals/graphite electrodes", "deal,regulatory",
 att(T2, "82 FR 48255, FR Doc. 2017-22443", "2017-10-17", "federal.elaws.us reproduces it", U2),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 17 October 2017 (Volume 82, Number 199, pages "
 "48255-48267, FR Doc. 2017-22443; kept as `published`; issue, pages and weekday from justia's printed page) as "
 "federal.elaws.us reproduces it (origin string `FRE`, as batches 41c, 42w, 48f and 49b). Left out: the host's "
 "heading ('2017-22443. United States v. Showa Denko K.K., SGL Carbon SE, and SGL GE Carbon Holding LLC (USA); "
 "Proposed Final Judgment and Competitive Impact Statement'; the notice's title kept as `title`), the bullet and "
 "'Start Preamble', the printed-page marker 'Start Printed Page 48256' that the host sets inside the first sentence "
 "between 'Competitive' and 'Impact Statement' (left out with no other change: the words read 'Competitive Impact "
 "Statement'), the leading indentation. The paragraphs set off by blank lines. Cut after the third paragraph's last "
 "sentence ('... Washington, DC 20530 (telephone: 202-307-0924).'), before 'Start Signature' and the signer's name, "
 "where the excerpt breaks off inside the name ('Patricia A. Br'; `truncated`: the signature, the Complaint, the "
 "proposed Final Judgment and the Competitive Impact Statement are not in the kept text). Kept as printed: "
 "'Civil Action No. 1:17-cv-1992' (four digits), the curly quotation marks around the defined names "
 "(\u201cSDK\u201d, \u201cSGL\u201d), the straight apostrophes in \"Showa Denko K.K.'s\", \"SGL's\" and \"Antitrust "
 "Division's\", 'Web site' in the second paragraph beside 'website' in the third, '450 Fifth Street NW., Suite "
 "8700'. justia's printed page (" + U2J + ", ranks 3 and 4) opens on other notices (the Joint Board for the "
 "Enrollment of Actuaries, the Judicial Conference, a cooperative-research notice) and does not reach this one in its "
 "excerpt; not taken. 266 words (whitespace-split). One text per event: the Division's press release of 27 September "
 "2017 did not come back; the court papers not taken. Found with 'United States v. Showa Denko SGL Carbon graphite "
 "electrodes Proposed Final Judgment Competitive Impact Statement' (rank 2). "
 + CHECK + "'SGL Carbon', 'SGL GE', 'Showa', '2017-22443', '1:17-cv-1992', '48255': 0 everywhere; 'graphite "
 "electrode' only in GrafTech / Seadrift 2010 (train us-doj-federal-register-graftech-seadrift-coke-conocophillips-"
 "proposed-final-judgment-2010, batch 47z: another matter); 'SDK' (whole word) only as a software development kit "
 "(dev wn-apple-releases-iphone-sdk-announces-upcoming-2008, test wp-qt-framework-history and wp-mega-service: other matters); "
 "'Petrizzi' in other Division notices (the same section chief); no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
