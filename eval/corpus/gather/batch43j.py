#!/usr/bin/env python3
"""Batch 43j (session 44, gatherer 43j): three acquisitions told in US federal public-domain texts of the Justice
Department (17 U.S.C. 105), a fourth round of session 44 after batches 43c, 43e and 43h in the DOJ lane of batches
16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e and 43h, first-party text only:
  - the Antitrust Division's notice on CVS Health Corporation's proposed acquisition of Aetna Inc., with the sale of
    Aetna's individual prescription drug plan business (Federal Register, 83 FR 52558, FR Doc. 2018-22665, 17 October
    2018, as federal.elaws.us reproduces it);
  - the Division's notice on Microsemi Corporation's consummated acquisition of the assets of Semicoa, with the sale
    of all of those assets (Federal Register, 74 FR 45242, FR Doc. E9-21051, 1 September 2009, the GPO text on
    edocket.access.gpo.gov);
  - the Division's notice on the proposed acquisition by Unilever of Alberto-Culver Co., with the sale of the Alberto
    VO5 and Rave brands (Federal Register, 76 FR 28080, FR Doc. 2011-11865, 13 May 2011, the GPO text on govinfo.gov).
Texts are the search tool's page-store excerpts (corpus `pages`). The host's heading line, the GPO header lines,
rules, 'DEPARTMENT OF JUSTICE', 'Antitrust Division', the notice's heading (kept as `title`), 'Start Preamble' and the
printed-page marker are left out; the leading spaces of indented paragraphs dropped; the GPO text's line wraps joined
with a space (a line ending in a hyphen or in 'http://' joined with none); each text is cut at the last full
sentence before its excerpt breaks off or before the notice's signature. No word added or changed. Written before
any extractor ran on the texts (newskg was not run on them).
usage: batch43j.py [POOL_DIR] [--dry]   (default /tmp/gather44j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, FRG, att
from batch43h import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather44j/pool"
FRD = ("US Justice Department Antitrust Division Federal Register notice, GPO text on edocket.access.gpo.gov "
       "(page store)")
# batch 43h's check note (the session-42, -43 and -44 pools and scripts), with batch 43h's own pool named too
CHECK = CHECK.replace("(batches 43c's and 43e's pools /tmp/gather44c/pool and /tmp/gather44e/pool included): ",
                      "(batches 43c's, 43e's and 43h's pools /tmp/gather44c/pool, /tmp/gather44e/pool and "
                      "/tmp/gather44h/pool included): ")
assert "gather44h" in CHECK
R = []

# ---- CVS Health / Aetna, Federal Register notice, 17 October 2018 -----------------------------------------------------
U1 = "http://federal.elaws.us/fr/10/17/2018/2018-22665"
U1T = "https://thefederalregister.org/83-FR/52558"
U1J = "https://regulations.justia.com/regulations/fedreg/2018/10/17/2018-22665.html"
U1V = "http://mobile.visionmonday.com/article/justice-department-conditionally-approves-cvs-aetna-merger/"
T1 = "United States v. CVS Health Corporation and Aetna Inc.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-cvs-health-aetna-proposed-final-judgment-2018", U1, "2018-10-17", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America v. CVS Health Corporation and Aetna Inc., "
 "Civil Action No. 1:18-cv-02340. On October 10, 2018, the United States filed a Complaint alleging that CVS Health "
 "Corporation's proposed acquisition of Aetna Inc. would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The "
 "proposed Final Judgment, filed at the same time as the Complaint, requires the merging parties to divest Aetna's "
 "individual prescription drug plan business.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection on "
 "the Antitrust Division's website at http://www.justice.gov/atr and at the Office of the Clerk of the United States "
 "District Court for the District of Columbia. Copies of these materials may be obtained from the Antitrust Division "
 "upon request and payment of the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, including the name of the "
 "submitter, and responses thereto, will be posted on the Antitrust Division's website, filed with the Court, and, "
 "under certain circumstances, published in the Federal Register. Comments should be directed to Peter Mucchetti, "
 "Chief, Healthcare and Consumer Products Section, Antitrust Division, Department of Justice, 450 Fifth Street NW, "
 "Suite 4100, Washington, DC 20530 (telephone: 202-307-0001).",
 "health insurance/pharmacy", "deal,regulatory",
 att(T1, "83 FR 52558, FR Doc. 2018-22665", "2018-10-17", "federal.elaws.us reproduces the notice", U1),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Wednesday, 17 October 2018 (83 FR 52558-52569, FR Doc. "
 "2018-22665; kept as `published`; volume, issue, pages and weekday from thefederalregister.org's copy of the GPO "
 "text, " + U1T + "), as federal.elaws.us reproduces it (batches 41c, 43c and 43h took the Division's notices the "
 "same way). Left out: the host's heading line ('2018-22665. United States v. CVS Health Corporation and Aetna Inc.; "
 "Proposed Final Judgment and Competitive Impact Statement'; the notice's title kept as `title`), the bullet and "
 "'Start Preamble'; the leading spaces of the host's indented paragraphs dropped (whitespace only). Cut after the "
 "third paragraph ('... (telephone: 202-307-0001).'), before 'Start Signature', 'Patricia A. Brink,', 'Director of "
 "Civil Enforcement.', 'End Signature' and the start of the Competitive Impact Statement, where the excerpt stops "
 "(`truncated`: the signature and the Competitive Impact Statement, which names the buyer of the divested business, "
 "are not in the kept text). Kept as written: 'CVS Health Corporation's' and 'Aetna's' with straight apostrophes, "
 "'450 Fifth Street NW' without a comma or full stop, 'website' as one word, 'Section 7'. The same words in "
 "thefederalregister.org's GPO text (its line wraps apart) as far as its excerpt runs; justia's printed page starts "
 "on a notice of the UHD Alliance before it (" + U1J + "). One text per event: the Division's release of 10 October "
 "2018 (the divestiture to WellCare Health Plans, Inc.; Makan Delrahim quoted) came back only in news (visionmonday, "
 + U1V + "; aha.org's item) and, for the final judgment of September 2019, as imperialvalleynews.com's reprint "
 "(batch 40zi's note: 'Wednesday' where the release probably said 'today'); Judge Leon's memorandum opinion "
 "(documentcloud, ecases.us) and the Final Judgment (vdocument.in) are court papers; not taken. Found with 'United "
 "States v. CVS Health Corporation and Aetna Inc.; Proposed Final Judgment and Competitive Impact Statement "
 "WellCare' (rank 8; rank 2 thefederalregister.org's copy, rank 3 justia's page). "
 + CHECK + "'Aetna', 'WellCare', '2018-22665', '52558', '18-cv-02340', 'Healthcare and Consumer Products': 0 in the "
 "corpus files' texts, the scripts and the pools; 'Aetna' and 'WellCare' only in GATHERING.md (batch 40zi's and "
 "41c's not-used lists: news only then, 'a good lead'); 'CVS' only in 'TCVS' (the Treasury Check Verification "
 "System, train us-treasury-fiscal-service-notice-check-ach-reclamation-pause-2023, batch 19b); 'Mucchetti' in "
 "train us-doj-federal-register-verso-paper-newpage-proposed-final-judgment-2015 (batch 42k: the same section "
 "chief on another matter).",
 True))

# ---- Microsemi / Semicoa, Federal Register notice, 1 September 2009 ---------------------------------------------------
U2 = "http://edocket.access.gpo.gov/2009/E9-21051.htm"
U2V = "https://regulations.vlex.com/vid/final-judgment-competitive-v-microsemi-65737511"
U2J = "https://regulations.justia.com/regulations/fedreg/2009/09/01/E9-21051.html"
U2C = "http://www.justice.gov/atr/cases/f249200/249239.htm"
T2 = "United States v. Microsemi Corporation; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-microsemi-semicoa-proposed-final-judgment-2009", U2, "2009-09-01", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment and Competitive Impact Statement have been filed with the United States District Court "
 "for the Central District of California in United States v. Microsemi Corporation, Civil Action No. "
 "8:09-CV-00275-AG-AN. On December 18, 2008, the United States filed a Complaint alleging Microsemi Corporation's "
 "July 14, 2008 acquisition of the assets of Semicoa violated Section 7 of the Clayton Act, 15 U.S.C. 18, and "
 "Section 2 of the Sherman Act, 15 U.S.C. 2. The United States alleged that this acquisition enabled Microsemi to "
 "eliminate or reduce competition in the development, manufacture, and sale of certain small signal transistors and "
 "ultrafast recovery rectifier diodes used in military and space programs. The proposed Final Judgment, filed on "
 "August 20, 2009, requires that Microsemi divest all of the assets it acquired from Semicoa. A Competitive Impact "
 "Statement filed by the United States describes the Complaint, the proposed Final Judgment, the industry, and the "
 "remedies available to private litigants who may have been injured by the alleged violation.",
 "semiconductors", "deal,regulatory",
 att(T2, "74 FR 45242, FR Doc. E9-21051", "2009-09-01",
     "the Government Publishing Office's Federal Register Online (edocket.access.gpo.gov) gives it", U2),
 FRD,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 1 September 2009 (74 FR 45242-45252, FR Doc. "
 "E9-21051; kept as `published`), the GPO text as edocket.access.gpo.gov gives it. Left out: the GPO header lines "
 "('[Federal Register Volume 74, Number 168 (Tuesday, September 1, 2009)]', '[Notices]', '[Pages 45242-45252]', "
 "'From the Federal Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: E9-21051]'), "
 "the rule line, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the notice's heading (kept as `title`, its line "
 "wrap joined). The GPO text's line wraps joined with a space (no word split across lines in the kept text), the "
 "leading indentation dropped. Cut after the first paragraph ('... injured by the alleged violation.'), before "
 "'Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection "
 "at the Department of Justice, ... and at the Off', where the excerpt stops inside the second paragraph's only "
 "sentence (`truncated`: the rest of that sentence, the section chief's name, the signature and the Competitive "
 "Impact Statement are not in the kept text). Kept as written: 'Civil Action No. 8:09-CV-00275-AG-AN' with capital "
 "'CV', 'alleging Microsemi Corporation's July 14, 2008 acquisition' without 'that' or a comma after the year, the "
 "straight apostrophe, 'Section 2 of the Sherman Act, 15 U.S.C. 2'. 182 words. The same words in regulations.vlex.com's "
 "GPO Access text (" + U2V + ") as far as its excerpt runs; justia's printed page starts on an ENRD notice (Bowater) "
 "before it (" + U2J + "). One text per event: the Department's press release did not come back; the Division's "
 "verified complaint (the lead of batch 43h), its Competitive Impact Statement (" + U2C + "), its explanation of "
 "consent decree procedures, certificate of compliance and motion for entry of the Final Judgment (justice.gov), "
 "the Eastern District of Virginia orders (the UNT web archive) and the emergency motion (scribd) are court papers; "
 "not taken. Found with 'United States v. Microsemi Corporation; Proposed Final Judgment and Competitive Impact "
 "Statement Semicoa' (rank 1) and 'E9-21051. United States v. Microsemi Corporation; Proposed Final Judgment and "
 "Competitive Impact Statement Start Preamble' (rank 1, the same excerpt). "
 + CHECK + "'Microsemi', 'Semicoa', 'E9-21051', '45242', '09-CV-00275', '08-cv-01311': 0 in the corpus files' texts, "
 "the scripts and the pools; 'Microsemi' and 'Semicoa' only in GATHERING.md (batch 43h's not-used list and leads).",
 True))

# ---- Unilever / Alberto-Culver, Federal Register notice, 13 May 2011 --------------------------------------------------
U3 = "https://www.govinfo.gov/content/pkg/FR-2011-05-13/html/2011-11865.htm"
U3J = "https://regulations.justia.com/regulations/fedreg/2011/05/13/2011-11865.html"
U3N = "https://www.newyorkparalegalblog.com/2011/05/justice-department-requires.html"
T3 = "United States v. Unilever N.V., et al.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-unilever-alberto-culver-proposed-final-judgment-2011", U3, "2011-05-13", T3,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment and Competitive Impact Statement have been filed with the United States District Court "
 "for the District of Columbia, in United States v. Unilever N.V., Unilever PLC, Conopco, Inc. and Alberto-Culver "
 "Co., Civil Action No. 1:11-cv-00858-ABJ. On May 6, 2011, the United States filed a Complaint alleging that the "
 "proposed acquisition by Unilever of Alberto-Culver Co. would violate Section 7 of the Clayton Act, 15 U.S.C. 18. "
 "The Proposed Final Judgment, filed at the same time as the Complaint, requires Unilever and Alberto-Culver to "
 "divest the Alberto VO5 and Rave brands and related assets.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection at "
 "the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street, NW., Suite 1010, "
 "Washington, DC 20530 (telephone: 202- 514-2481), on the Department of Justice's Web site at "
 "http://www.usdoj.gov/atr, and at the Office of the Clerk of the United States District Court for the District of "
 "Columbia. Copies of these materials may be obtained from the Antitrust Division upon request and payment of the "
 "copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, and responses thereto, will be "
 "published in the Federal Register and filed with the Court.",
 "personal care products", "deal,regulatory",
 att(T3, "76 FR 28080, FR Doc. 2011-11865", "2011-05-13",
     "the Government Publishing Office prints it on govinfo.gov (Federal Register Online)", U3),
 FRG,
 "The Antitrust Division's notice in the Federal Register of Friday, 13 May 2011 (76 FR 28080-28093, FR Doc. "
 "2011-11865; kept as `published`), the Government Publishing Office's own text on govinfo.gov. Left out: the GPO "
 "header lines ('[Federal Register Volume 76, Number 93 (Friday, May 13, 2011)]', '[Notices]', '[Pages "
 "28080-28093]', 'From the Federal Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc "
 "No: 2011-11865]'), the rules, 'DEPARTMENT OF JUSTICE', 'Antitrust Division', the notice's heading (kept as "
 "`title`, its line wrap joined) and the page marker '[[Page 28081]]' inside the second paragraph (between "
 "'http://' and 'www.usdoj.gov/atr'). The text file's line breaks joined with single spaces, except where a line "
 "ends in a hyphen inside the telephone number ('514-' / '2481', joined as '514-2481', as batch 41c's Keysight "
 "notice joined 'high-' / 'speed') and where the URL is broken after 'http://' around the page marker (joined as "
 "'http://www.usdoj.gov/atr', the address as the lane's other notices print it); leading indentation dropped. Cut "
 "after the third paragraph's second sentence ('... filed with the Court.'), before 'Comment', where the excerpt "
 "stops (`truncated`: the section chief's name, the signature and the Competitive Impact Statement are not in the "
 "kept text). Kept as written: '(telephone: 202- 514-2481)' with the GPO text's space after the first hyphen, "
 "'District of Columbia, in United States v.' with its comma, 'Conopco, Inc. and Alberto-Culver Co.' without a "
 "serial comma, 'The Proposed Final Judgment' with a capital P beside 'proposed Final Judgment', 'NW.', the straight "
 "apostrophe, 'Web site'. 232 words. justia's printed page starts on a National Park Service repatriation notice "
 "before it (" + U3J + "). One text per event: the Division's release of 6 May 2011 ('Justice Department Requires "
 "Divestitures in Unilever's Acquisition of Alberto-Culver Company', Christine Varney quoted) came back only as "
 "newyorkparalegalblog.com's copy (" + U3N + ", not the Department's page) and WWD's report (news); the Division's "
 "explanation of consent decree procedures and the proposed Final Judgment on justice.gov are court papers; the "
 "Delaware shareholder suits (dokumen.tips) another matter; not taken. Found with 'United States v. Unilever N.V. "
 "and Alberto-Culver Company; Proposed Final Judgment and Competitive Impact Statement' (rank 5). "
 + CHECK + "'Alberto-Culver', 'Conopco', 'VO5', '2011-11865', '28080', '11-cv-00858': 0 in the corpus files' "
 "texts, the scripts and the pools; 'Alberto' only in three corpus files of other matters by their names (dev "
 "wp-tiscali, test wp-antel, test wn-77-names-added-fallen-journalist-memorial-2009: a company history, a Uruguayan "
 "telecoms company, a journalists' memorial; no file text read) and in batches 32e, 36d and 38k's scripts; 'Unilever' in four corpus files of other matters by their names (the FTC's McCormick / "
 "Unilever's Lawry's case, Paul Polman, Tetley, P&O Nedlloyd).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
