#!/usr/bin/env python3
"""Batch 49b (session 50, gatherer 49b): two settlements of the Justice Department's Antitrust Division -- General
Electric Company's acquisition of CVT Holding SAS, Financiere CVT SAS and Converteam Group SAS (the Converteam Electric
Machinery Business, with its Minneapolis plant, to be divested, 2011) and GTCR's and Cision's acquisition of PR
Newswire from UBM plc (PR Newswire's Agility and Agility Plus business to be divested, 2016) -- told in US federal
public-domain texts of the Department (17 U.S.C. 105), the first round of batch 49 in the DOJ lane (48b, 48f and 48k
before it; 47b to 47z, 46b, 46e, 46i, 46k earlier), first-party text only:
  - the Division's notice 'United States v. General Electric Co., et al.; Proposed Final Judgment and Competitive
    Impact Statement' (76 FR 55111, FR Doc. 2011-22623, 6 September 2011, as federal.elaws.us reproduces it);
  - the Division's notice 'United States v. GTCR Fund X/A AIV LP, et al.; Proposed Final Judgment and Competitive
    Impact Statement' (81 FR 39957, FR Doc. 2016-14497, 20 June 2016, the GPO text as thefederalregister.org
    reproduces it).
Texts are the search tool's page-store excerpts (corpus `pages`). The hosts' heading lines, the GPO header lines, the
rules, 'DEPARTMENT OF JUSTICE', 'Antitrust Division', 'Start Preamble' and 'Start Printed Page NNNNN' are left out,
the notice's heading kept as `title` (a wrapped heading joined with a space), line wraps joined with a space,
leading indentation dropped and paragraphs set off by a blank line. Each text is cut at the last full sentence
before the excerpt breaks off. No word or character added or changed. Written before any extractor ran on the
texts (newskg was not run on them).
usage: batch49b.py [POOL_DIR] [--dry]   (default /tmp/gather50b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, att
from batch43l import FRT

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather50b/pool"
# a check note of this batch's own (as 47b's to 48k's), naming the pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev and "
         "test of /work/main on branch main: names of matching files only, no dev or test file's text read), "
         "GATHERING.md (its 'not used' lists included), every gather script (batch48k.py the latest of this lane), "
         "the notes under /work/notes and every /tmp/gather49*/pool and /tmp/gather50*/pool present (at the last "
         "check only 50a's, on SEC matters; none naming this matter): ")
R = []

# ---- General Electric / Converteam, Federal Register notice, 6 September 2011 -------------------------------------
U1 = "http://federal.elaws.us/fr/9/6/2011/2011-22623"
U1J = "https://regulations.justia.com/regulations/fedreg/2011/09/06/2011-22623.html"
U1V = "https://regulations.vlex.com/vid/final-judgments-competitive-statements-315704278"
T1 = "United States v. General Electric Co., et al.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-general-electric-converteam-proposed-final-judgment-2011", U1, "2011-09-06", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Hold Separate Stipulation and Order, and Competitive Impact Statement have been filed with "
 "the United States District Court for the District of Columbia in United States of America v. General Electric "
 "Co., et al., Civil Action No. 1:11-cv-01549. On August 29, 2011, the United States filed a Complaint alleging that "
 "the proposed acquisition by General Electric Company (\u201cGE\u201d) of CVT Holding SAS, Financi\u00e8re CVT SAS, "
 "and Converteam Group SAS would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, "
 "filed at the same time as the Complaint, requires GE to divest the Converteam Electric Machinery Business, which "
 "produces low-speed synchronous electric motors used in reciprocating compressors in the oil and gas industry, and "
 "includes its production facility located in Minneapolis, Minnesota, as well as certain tangible and intangible "
 "assets associated with the business.\n\n"
 "Copies of the Complaint, proposed Final Judgment and Competitive Impact Statement are available for inspection at "
 "the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street, NW., Suite 1010, "
 "Washington, DC 20530 (telephone: 202-514-2481), on the Department of Justice's Web site at "
 "http://www.usdoj.gov/atr,, and at the Office of the Clerk of the United States District Court for the District of "
 "Columbia. Copies of these materials may be obtained from the Antitrust Division upon request and payment of the "
 "copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, and responses thereto, will be "
 "published in the Federal Register and filed with the Court.",
 "industrial equipment/electric motors", "deal,regulatory",
 att(T1, "76 FR 55111, FR Doc. 2011-22623", "2011-09-06", "federal.elaws.us reproduces it", U1),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 6 September 2011 (Volume 76, Number 172, "
 "pages 55111-55122, FR Doc. 2011-22623; kept as `published`; issue, pages and weekday from vlex's copy of the GPO "
 "header lines and justia's printed page) as federal.elaws.us reproduces it (origin string `FRE`, as batches 41c, "
 "42w and 48f). Left out: the host's heading ('2011-22623. United States v. General Electric Co., et al.; Proposed "
 "Final Judgment and Competitive Impact Statement'; the notice's title kept as `title`), the markers 'Start "
 "Preamble' and 'Start Printed Page 55111', the leading indentation. The paragraphs set off by blank lines. Cut "
 "after the third paragraph's second sentence ('... published in the Federal Register and filed with the Court.'), "
 "before 'Comment', where the excerpt breaks off (`truncated`: the rest of the comment paragraph, the section "
 "chief's name, the signature, the Complaint, the proposed Final Judgment and the Competitive Impact Statement are "
 "not in the kept text). Kept as printed: the curly quotation marks around the defined name (\u201cGE\u201d), "
 "'Financi\u00e8re CVT SAS' with its accent (the GPO text writes 'Financi[egrave]re', justia's print a stray "
 "backquote before 'Financiere'), 'General Electric Co., et al.' in the case name, 'proposed Final Judgment and "
 "Competitive Impact Statement' without a serial comma in the second paragraph, '450 Fifth Street, NW.', 'Web "
 "site', 'http://www.usdoj.gov/atr,,' with its doubled comma (as 42w's elaws text), the straight apostrophe in "
 "'Department of Justice's'. vlex's copy of the GPO text (" + U1V + ", rank 3) and justia's printed page (" + U1J
 + ", rank 1: it opens on the tail of another Department notice) agree word for word as far as they run; the "
 "elaws text taken as the one that runs furthest in one clean piece. 276 words (whitespace-split). One text per "
 "event: the Division's press release of 29 August 2011 did not come back; the Complaint, the proposed Final "
 "Judgment and the Competitive Impact Statement (court papers) not taken. Found with 'United States v. General "
 "Electric Co. CVT Holding SAS Financiere CVT SAS Converteam Group SAS Proposed Final Judgment Competitive Impact "
 "Statement' (rank 6; justia rank 1, first seen beside 'United States v. Regal Beloit Corp. and A.O. Smith Corp. "
 "...' at rank 5). "
 + CHECK + "'Converteam', 'CVT Holding', 'Financi\u00e8re', '2011-22623', '1:11-cv-01549', '55111': 0 everywhere; "
 "'Financiere' only as 'Compagnie Financiere Richemont' (test wp-johann-rupert, batch 29a, GATHERING.md's 29a "
 "section: another company); 'General Electric' in many corpus files on other matters (dev "
 "us-doj-general-electric-instrumentarium-divest-spacelabs-ziehm-2003 the nearest DOJ one, another matter; GE / "
 "Alstom 2015 and GE / Baker Hughes 2017 on GATHERING.md's not-used lists, other matters); no dev or test file's "
 "text read.",
 True))

# ---- GTCR / Cision / PR Newswire / UBM, Federal Register notice, 20 June 2016 ---------------------------------------
U2 = "https://thefederalregister.org/81-FR/39957"
U2J = "https://regulations.justia.com/regulations/fedreg/2016/06/20/2016-14497.html"
U2W = ("https://lrus.wolterskluwer.com/news/antitrust-law-daily/u-s-requires-divestiture-to-avoid-merger-to-duopoly-"
       "in-media-contact-database-market/31809/")
U2C = "https://www.gov.uk/cma-cases/gtcr-pr-newswire-merger-inquiry"
T2 = "United States v. GTCR Fund X/A AIV LP, et al.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-gtcr-cision-pr-newswire-ubm-proposed-final-judgment-2016", U2, "2016-06-20", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Hold Separate Stipulation and Order, and Competitive Impact Statement have been filed with "
 "the United States District Court for the District of Columbia in United States of America v. GTCR Fund X/A AIV LP "
 "et al., Civil Action No. 1:16-cv-01091. On June 10, 2016, the United States filed a Complaint alleging that GTCR "
 "and Cision's proposed acquisition of PR Newswire from UBM plc would violate Section 7 of the Clayton Act, 15 U.S.C. "
 "18. The proposed Final Judgment, filed at the same time as the Complaint, requires the defendants to divest PR "
 "Newswire's Agility and Agility Plus business.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection "
 "on the Antitrust Division's Web site at http://www.justice.gov/atr and at the Office of the Clerk of the United "
 "States District Court for the District of Columbia.",
 "media/press release distribution and media databases", "deal,regulatory",
 att(T2, "81 FR 39957, FR Doc. 2016-14497", "2016-06-20",
     "thefederalregister.org reproduces the Government Publishing Office's text", U2),
 FRT,
 "The Antitrust Division's notice in the Federal Register of Monday, 20 June 2016 (Volume 81, Number 118, pages "
 "39957-39967, FR Doc. 2016-14497; kept as `published`; issue, pages and weekday from the GPO header lines), the "
 "GPO text as thefederalregister.org reproduces it (origin string `FRT`, as batch 43l; no govinfo.gov or "
 "federal.elaws.us copy came back). Left out: the host's heading lines ('81_FR_40075 81 FR 39957 - United States v. "
 "GTCR Fund X/A AIV LP, et al.; Proposed Final Judgment and Competitive Impact Statement' twice, 'DEPARTMENT OF "
 "JUSTICE', 'Antitrust Division', 'Federal Register Volume 81, Issue 118 (June 20, 2016)', 'Page "
 "Range39957-39967', 'FR Document2016-14497'), the GPO header lines ('Federal Register, Volume 81 Issue 118 "
 "(Monday, June 20, 2016)', '[Federal Register Volume 81, Number 118 (Monday, June 20, 2016)]', '[Notices]', "
 "'[Pages 39957-39967]', 'From the Federal Register Online  [www.thefederalregister.org]', '[FR Doc No: "
 "2016-14497]'), the rule line, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the notice's heading (two printed "
 "lines, broken after 'et al.; Proposed', joined with a space as `title`). The line wraps joined with a space; "
 "leading indentation dropped; the two paragraphs set off by a blank line. Cut after the second paragraph's first "
 "sentence ('... for the District of Columbia.'), before 'Copies of these materials may be obtained from the "
 "Antitrust Division upon request and payment of the copying fee set', where the excerpt breaks off (`truncated`: "
 "the rest of that paragraph, the public-comment paragraph, the section chief's name, the signature, the Complaint, "
 "the proposed Final Judgment and the Competitive Impact Statement are not in the kept text). Kept as printed: "
 "'GTCR Fund X/A AIV LP et al.' without a comma in the case name (the title has 'LP, et al.'), 'GTCR and Cision's "
 "proposed acquisition' (the short names the notice's opening never defines), 'Hold Separate Stipulation and "
 "Order, and Competitive Impact Statement' and 'proposed Final Judgment, and Competitive Impact Statement' (serial "
 "commas), 'UBM plc' in lower case, 'Web site'. 159 words (whitespace-split). justia's printed page (" + U2J + ", "
 "ranks 1 and 3) opens on an ATF information-collection notice and did not reach this one in its excerpt; not "
 "taken. One text per event: the Division's press release of 10 June 2016 did not come back (Wolters Kluwer's "
 "Antitrust Law Daily story, " + U2W + ", and antitrustconnect's comment: third-party, not taken; they name Innodata "
 "Inc. as the buyer and call UBM plc PR Newswire's parent, neither in the kept text); the UK Competition and Markets "
 "Authority's case page on the same deal (" + U2C + ": GTCR Canyon Holdings (Gorkana); another agency, another "
 "lane) not taken. Found with 'Proposed Final Judgment and Competitive Impact Statement proposed acquisition "
 "software wholly-owned subsidiary divest Antitrust Division Notice is hereby given' (rank 7) and 'United States v. "
 "GTCR Fund X/A AIV LP Cision PR Newswire UBM plc Proposed Final Judgment Competitive Impact Statement Agility' "
 "(rank 2). "
 + CHECK + "'GTCR', 'Cision' (whole word; as a substring it matches 'decision'), 'UBM' (whole word), 'Agility', "
 "'2016-14497', '1:16-cv-01091', '39957': 0 everywhere; 'PR Newswire' only as the distributor of other bodies' "
 "releases (train us-nasa-lockheed-martin-mission-operations-fdoc-extension-2011, dev wp-pacnet, GATHERING.md's "
 "NASA and other source lines, batches 19b and 38n, /work/notes/gather47/46l.md), never this matter; no dev or "
 "test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
