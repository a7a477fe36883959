#!/usr/bin/env python3
"""Batch 43m (session 44, gatherer 43m): four acquisitions told in US federal public-domain texts of the Justice
Department (17 U.S.C. 105), a sixth round of session 44 after batches 43c, 43e, 43h, 43j and 43l in the DOJ lane of
batches 16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j and 43l,
first-party text only:
  - the Antitrust Division's notice on the proposed acquisition by Amcor of the Alcan Packaging Medical Flexibles
    business of Rio Tinto, with the sale of Alcan Packaging's Marshall, North Carolina plant (Federal Register, 75 FR
    34156, FR Doc. 2010-14563, 16 June 2010, as casetext.com reproduces it);
  - the Division's notice on Entercom Communications Corp.'s acquisition of Lincoln Financial Media Company, with the
    sale of radio stations in Denver, Colorado (Federal Register, 80 FR 43462, FR Doc. 2015-17992, 22 July 2015, the
    GPO text as thefederalregister.org reproduces it);
  - the Division's notice on Google's proposed acquisition of ITA Software Inc., with Google to go on licensing ITA
    Software's products (Federal Register, 76 FR 21017, FR Doc. 2011-9020, 14 April 2011, as federal.elaws.us
    reproduces it);
  - the Division's notice on the proposed acquisition by Suiza Foods Corporation of the stock of Broughton Foods
    Company, with the sale of the Southern Belle plant in Somerset, Kentucky (Federal Register, 64 FR 26782, FR Doc.
    99-12340, 17 May 1999, the GPO text as federal.elaws.us reproduces it).
Texts are the search tool's page-store excerpts (corpus `pages`). The hosts' heading lines, the GPO header lines,
rules, 'DEPARTMENT OF JUSTICE', 'Antitrust Division', the notice's heading (kept as `title`) and 'Start Preamble' are
left out; the leading indentation dropped; the GPO text's line wraps joined with a space (a case number broken after
its hyphen joined with none); each text is cut at the last full sentence before its excerpt breaks off or before the
notice's signature. No word added or changed. Written before any extractor ran on the texts (newskg was not run on
them).
usage: batch43m.py [POOL_DIR] [--dry]   (default /tmp/gather44m/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, att
from batch41k import FRC
from batch43l import FRT, CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather44m/pool"
FRET = ("US Justice Department Antitrust Division Federal Register notice, GPO text as federal.elaws.us reproduces it "
        "(page store)")
# batch 43l's check note (the session-42, -43 and -44 pools and scripts), with batch 43l's own pool named too
CHECK = CHECK.replace("(batches 43c's, 43e's, 43h's and 43j's pools /tmp/gather44c/pool, /tmp/gather44e/pool, "
                      "/tmp/gather44h/pool and /tmp/gather44j/pool included): ",
                      "(batches 43c's, 43e's, 43h's, 43j's and 43l's pools /tmp/gather44c/pool, /tmp/gather44e/pool, "
                      "/tmp/gather44h/pool, /tmp/gather44j/pool and /tmp/gather44l/pool included): ")
assert "gather44l" in CHECK
R = []

# ---- Amcor / Alcan Packaging Medical Flexibles, Federal Register notice, 16 June 2010 ---------------------------------
U1 = "http://print.casetext.com/federal-register/united-states-802071006"
U1G = "http://edocket.access.gpo.gov/2010/2010-14563.htm"
U1J = "https://regulations.justia.com/regulations/fedreg/2010/06/16/2010-14563.html"
U1C = "https://www.justice.gov/atr/case/us-v-amcor-ltd-et-al"
T1 = "United States v. Amcor, Ltd., et al.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-amcor-alcan-packaging-medical-flexibles-proposed-final-judgment-2010", U1, "2010-06-16", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Hold Separate Stipulation and Order and Competitive Impact Statement have been filed with "
 "the United States District Court for the District of Columbia in United States of America v. Amcor Ltd., et al., "
 "Civil Action No. 1:10-cv-00973. On June 10, 2010, the United States filed a complaint alleging that the proposed "
 "acquisition by Amcor of the Alcan Packaging Medical Flexibles business of Rio Tinto would violate Section 7 of the "
 "Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed at the same time as the Complaint, requires Amcor to "
 "divest Alcan Packaging's Marshall, North Carolina plant, which produces vented bags for medical use, as well as "
 "certain tangible and intangible assets associated with the plant.\n\n"
 "Copies of the Complaint, proposed Final Judgment and Competitive Impact Statement are available for inspection at "
 "the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street, NW., Suite 1010, "
 "Washington, DC 20530 (telephone: 202-514-2481), on the Department of Justice's Web site at "
 "http://www.usdoj.gov/atr,, and at the Office of the Clerk of the United States District Court for District of "
 "Columbia. Copies of these materials may be obtained from the Antitrust Division upon request and payment of the "
 "copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, and responses thereto, will be "
 "published in the Federal Register and filed with the Court. Comments should be directed to Maribeth Petrizzi, "
 "Chief, Litigation II Section, Antitrust Division, Department of Justice, 450 Fifth Street, NW., Suite 8700, "
 "Washington, DC 20530, (telephone: 202-307-0924).",
 "packaging", "deal,regulatory",
 att(T1, "75 FR 34156, FR Doc. 2010-14563", "2010-06-16", "casetext.com reproduces the notice", U1),
 FRC,
 "The Antitrust Division's notice in the Federal Register of Wednesday, 16 June 2010 (75 FR 34156-34169, FR Doc. "
 "2010-14563; kept as `published`; issue, pages and weekday from the GPO header on edocket.access.gpo.gov, " + U1G
 + "), as casetext.com reproduces its text (batches 41k, 42b and 42h took notices from casetext the same way). "
 "Checked word for word against the GPO text on edocket as far as that excerpt runs ('... Such comments, and "
 "responses the'): the same words; casetext taken because it runs on to the section chief's paragraph. Left out: "
 "the host's heading lines ('United States', 'Download PDF', 'Federal Register Jun 16, 2010', '75 Fed. Reg. 34156 "
 "(Jun. 16, 2010)'; the notice's heading from the GPO text kept as `title`). Cut after the third paragraph ('... "
 "(telephone: 202-307-0924).'), before the signature ('J. Robert Kramer II, Director of Operations.') and the "
 "Competitive Impact Statement that follows (`truncated`). Kept as written: casetext's doubled comma after the web "
 "address ('http://www.usdoj.gov/atr,, and'; the GPO text prints one comma), 'a complaint' in lower case beside 'the "
 "Complaint', 'Hold Separate Stipulation and Order and Competitive Impact Statement' without a serial comma, 'the "
 "United States District Court for District of Columbia' without 'the' (so in the GPO text too), 'Marshall, North "
 "Carolina plant', the straight apostrophes, 'Web site', the comma before '(telephone: 202-307-0924)'. 280 words. "
 "justia's printed page starts on an Environment and Natural Resources Division notice before it (" + U1J + "). One "
 "text per event: the Division's case page (" + U1C + ": 'United States v. Amcor Ltd., Rio Tinto Plc, and Alcan "
 "Corporation', the court papers' dates) lists court papers only, and the Division's release did not come back; not "
 "taken. Found with 'United States v. Amcor Limited Alcan Packaging Medical Flexibles Proposed Final Judgment and "
 "Competitive Impact Statement' (rank 3; rank 2 the edocket copy, rank 1 the 2019 Amcor/Bemis notice, another "
 "matter). "
 + CHECK + "'Medical Flexibles', '2010-14563', '34156', '10-cv-00973', 'Marshall, North Carolina': 0 in the corpus "
 "files' texts, the scripts and the pools ('Medical Flexibles' only in GATHERING.md, batch 43l's leads); 'Amcor' in "
 "test us-doj-federal-register-amcor-bemis-proposed-final-judgment-2019 and batch 28d's scripts (Amcor's purchase "
 "of Bemis, 2019: another matter); 'Rio Tinto' and 'Alcan' in corpus files of other matters by their names (dev "
 "wp-rio-tinto-alcan, test us-doj-federal-register-bemis-alcan-packaging-food-americas-proposed-final-judgment-2010 "
 "(batch 43l: the food-packaging business, another matter) and others); 'Petrizzi' in dev "
 "us-doj-federal-register-utc-rockwell-collins-proposed-final-judgment-2018 and batch 21c's scripts (the same "
 "section chief in another matter); no dev or test file's text read.",
 True))

# ---- Entercom / Lincoln Financial Media, Federal Register notice, 22 July 2015 ----------------------------------------
U2 = "https://thefederalregister.org/80-FR/43462"
U2J = "https://regulations.justia.com/regulations/fedreg/2015/07/22/2015-17992.html"
U2K = "http://katyonthehill.com/doj-factors-in-demos-to-approve-entercom-deal-with-conditions/"
T2 = ("United States v. Entercom Communications Corp. and Lincoln Financial Media Company; Proposed Final Judgment "
      "and Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-entercom-lincoln-financial-media-proposed-final-judgment-2015", U2, "2015-07-22", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Hold Separate Stipulation and Order, and Competitive Impact Statement have been filed "
 "with the United States District Court for the District of Columbia in United States of America v. Entercom "
 "Communications Corp. and Lincoln Financial Media Company, Civil Action No. Case 1:15-cv-01119-RC. On July 14, "
 "2015, the United States filed a Complaint alleging that Entercom Communications Corp.'s acquisition of Lincoln "
 "Financial Media Company would likely substantially lessen competition in the sale of advertising on "
 "English-language broadcast radio stations in the Denver, Colorado metro area, in violation of Section 7 of the "
 "Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed on the same day as the Complaint, resolves the case "
 "by requiring Entercom to divest certain broadcast radio stations in Denver, Colorado.",
 "broadcasting", "deal,regulatory",
 att(T2, "80 FR 43462, FR Doc. 2015-17992", "2015-07-22",
     "thefederalregister.org reproduces the Government Publishing Office's text", U2),
 FRT,
 "The Antitrust Division's notice in the Federal Register of Wednesday, 22 July 2015 (80 FR 43462-43473, FR Doc. "
 "2015-17992; kept as `published`), the GPO text as thefederalregister.org reproduces it (batch 43l took the "
 "Entercom/CBS Radio notice the same way; no federal.elaws.us or govinfo.gov copy came back). Left out: the host's "
 "heading lines ('80_FR_43602 80 FR 43462 - United States v. Entercom Communications Corp. and Lincoln Financial "
 "Media Company; Proposed Final Judgment and Competitive Impact Statement' twice, 'DEPARTMENT OF JUSTICE', "
 "'Antitrust Division', 'Federal Register Volume 80, Issue 140 (July 22, 2015)', 'Page Range43462-43473', 'FR "
 "Document2015-17992'), the GPO header lines ('Federal Register, Volume 80 Issue 140 (Wednesday, July 22, 2015)', "
 "'[Federal Register Volume 80, Number 140 (Wednesday, July 22, 2015)]', '[Notices]', '[Pages 43462-43473]', 'From "
 "the Federal Register Online [www.thefederalregister.org]', '[FR Doc No: 2015-17992]'), the rule line, "
 "'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the notice's heading (kept as `title`, its line wraps joined). "
 "The line wraps joined with a space, except the case number broken after its hyphen ('1:15-' / 'cv-01119-RC', "
 "joined as '1:15-cv-01119-RC'); leading indentation dropped. Cut after the first paragraph's third sentence ('... "
 "broadcast radio stations in Denver, Colorado.'), before 'A Competitive Impact Statement filed by the Un', where "
 "the excerpt stops (`truncated`: the rest of the notice, the section chief's name, the signature and the "
 "Competitive Impact Statement are not in the kept text). Kept as written: 'Civil Action No. Case 1:15-cv-01119-RC' "
 "with both 'No.' and 'Case', \"Corp.'s\" with the straight apostrophe, 'acquisition' without 'proposed', 'the "
 "Denver, Colorado metro area' without a comma after the state, 'English-language'. 143 words. justia's printed "
 "page starts on a National Cooperative Research notice before it (" + U2J + "). One text per event: the "
 "Division's release of 14 July 2015 (Bill Baer quoted) came back only in news and trade blogs (katyonthehill, "
 + U2K + "; radioinsight, coloradomusic, dailyreportingsuite, communicationsdaily, justradioonly), which also name "
 "the buyer of the stations (Bonneville International Corporation), a name the kept text does not give; not taken. "
 "Found with 'United States v. Entercom Communications Corp. and Lincoln Financial Media Company Proposed Final "
 "Judgment and Competitive Impact Statement' (rank 4). "
 + CHECK + "'Lincoln Financial', '2015-17992', '43462', '15-cv-01119', 'Bonneville': 0 in the corpus files' texts, "
 "the scripts and the pools ('Lincoln Financial Media' only in GATHERING.md, batch 43l's leads); 'Entercom' only in "
 "train us-doj-federal-register-entercom-cbs-radio-proposed-final-judgment-2017 and batch 43l's scripts and pool "
 "(Entercom's purchase of CBS Radio, 2017: another matter) and GATHERING.md; 'Denver' in corpus files of other "
 "matters by their names.",
 True))

# ---- Google / ITA Software, Federal Register notice, 14 April 2011 ----------------------------------------------------
U3 = "http://federal.elaws.us/fr/4/14/2011/2011-9020"
U3G = "https://www.govinfo.gov/content/pkg/FR-2011-04-14/html/2011-9020.htm"
U3D = "http://edocket.access.gpo.gov/2011/2011-9020.htm"
U3J = "https://regulations.justia.com/regulations/fedreg/2011/04/14/2011-9020.html"
U3P = "https://www.phocuswire.com/Google-ITA-Software-deal-approved-by-US-authorities-with-conditions"
T3 = "United States v. Google Inc. and ITA Software Inc., Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-google-ita-software-proposed-final-judgment-2011", U3, "2011-04-14", T3,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America v. Google Inc. and ITA Software Inc., "
 "Civil Case No. 1:11-cv-00688. On April 8, 2011, the United States filed a Complaint alleging that Google's "
 "proposed acquisition of ITA Software Inc. would substantially reduce competition in the online travel planning "
 "industry, in violation of Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment would require "
 "Google to continue licensing ITA Software's products for a period of five years following the merger.\n\n"
 "Copies of the Complaint, proposed Final Judgment and Competitive Impact Statement are available for inspection at "
 "the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street, NW., Suite 1010, "
 "Washington, DC 20530 (telephone: 202-514-2481), on the Department of Justice's Web site at "
 "http://www.justice.gov/atr,, and at the Office of the Clerk of the United States District Court for the District "
 "of Columbia. Copies of these materials may be obtained from the Antitrust Division upon request and payment of the "
 "copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, and responses thereto, will be "
 "published in the Federal Register and filed with the Court. Comments should be directed to James J. Tierney, "
 "Chief, Networks and Technology Section, Antitrust Division, U.S. Department of Justice, 450 Fifth Street, NW., "
 "Suite 7100, Washington, DC 20530 (telephone: 202-307-6200).",
 "tech/internet", "deal,regulatory",
 att(T3, "76 FR 21017, FR Doc. 2011-9020", "2011-04-14", "federal.elaws.us reproduces the notice", U3),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Thursday, 14 April 2011 (76 FR 21017-21033, FR Doc. "
 "2011-9020; kept as `published`; issue, pages and weekday from the GPO header on govinfo.gov, " + U3G + "), as "
 "federal.elaws.us reproduces it (batch 43h took the Deutsche B\u00f6rse and AT&T/Centennial notices the same way). "
 "Checked word for word against the GPO text on govinfo.gov and edocket (" + U3D + ") as far as their excerpts run "
 "('... Comments should be directed to James J. Tiern', '... Commen'): the same words; federal.elaws.us taken "
 "because it runs on to the section chief's paragraph. Left out: the host's heading line ('2011-9020. United States "
 "v. Google Inc. and ITA Software Inc., Proposed Final Judgment and Competitive Impact Statement'; the notice's "
 "title kept as `title`), the bullet and 'Start Preamble'; the leading spaces of the host's indented paragraphs "
 "dropped (whitespace only). Cut after the third paragraph ('... (telephone: 202-307-6200).'), before 'Start "
 "Signature' and the signature ('Patricia A. Brink, Director of Civil Enforcement.'; `truncated`: the signature and "
 "the Competitive Impact Statement are not in the kept text). Kept as written: the host's doubled comma after the "
 "web address ('http://www.justice.gov/atr,, and'; the GPO text prints one comma), 'United States v. Google Inc. "
 "and ITA Software Inc.' without a comma before 'Inc.' (the court papers write 'ITA Software, Inc.'), 'Civil Case "
 "No.', 'Stipulation and Competitive Impact Statement' without a serial comma, the straight apostrophes "
 "(\"Google's\", \"Software's\", \"Justice's\"), 'Web site', 'Networks and Technology Section'. 266 words. justia's "
 "printed page starts inside a notice before it (" + U3J + "). One text per event: the Division's release of 8 April "
 "2011 came back only in news (phocuswire, " + U3P + "); the proposed Final Judgment (scribd) is a court paper; not "
 "taken (batch 41h's not-used list had named 'Google/ITA Software (8 April 2011: legalnews, news)'). Found with "
 "'United States v. Google Inc. and ITA Software, Inc.; Proposed Final Judgment and Competitive Impact Statement' "
 "(rank 2; rank 1 the edocket copy, whose excerpt stops earlier). "
 + CHECK + "'ITA Software', '2011-9020', '21017', '11-cv-00688', 'James J. Tierney', 'Networks and Technology "
 "Section': 0 in the corpus files' texts, the scripts and the pools ('ITA Software' only in GATHERING.md's not-used "
 "list; 'James J. Tierney' in batch 43h's scripts and pool and its test Deutsche B\u00f6rse notice, the same section "
 "chief in another matter, under the name 'Networks & Technology Enforcement Section'); 'Google' in many corpus "
 "files of other matters by their names; no dev or test file's text read.",
 True))

# ---- Suiza Foods / Broughton Foods, Federal Register notice, 17 May 1999 ----------------------------------------------
U4 = "http://federal.elaws.us/fr/5/17/1999/99-12340"
T4 = ("United States v. Suiza Foods Corporation and Broughton Foods Company; Proposed Final Judgment and Competitive "
      "Impact Statement")
R.append(federal(
 "us-doj-federal-register-suiza-foods-broughton-foods-proposed-final-judgment-1999", U4, "1999-05-17", T4,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. Section 16(b) through "
 "(h), that a proposed Final Judgment, Stipulation and Competitive Impact Statement have been filed with the United "
 "States District Court for the Eastern District of Kentucky, London Division in United States of America v. Suiza "
 "Foods Corporation and Broughton Foods Company, Civil Action No. 99-CV-130. On March 18, 1999, the United States "
 "filed a Complaint alleging that the proposed acquisition by Suiza Foods Corporation (``Suiza'') of the stock of "
 "Broughton Foods Company (``Broughton''), would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed "
 "Final Judgment, filed on April 22, 1999, requires Suiza to divest the Southern Belle plant and related assets in "
 "Somerset, Kentucky, pursuant to the Final Judgment. Copies of the Complaint, proposed Final Judgment and "
 "Competitive Impact Statement are available for inspection at the Department of Justice in Washington, D.C. in "
 "Room 200, 325 Seventh Street, N.W., and at the Office of the Clerk of the United States District Court for the "
 "District of the District of Columbia.\n\n"
 "Public comment is invited within 60 days of the date of this notice.",
 "food/dairy processing", "deal,regulatory",
 att(T4, "64 FR 26782, FR Doc. 99-12340", "1999-05-17",
     "federal.elaws.us reproduces the Government Publishing Office's text", U4),
 FRET,
 "The Antitrust Division's notice in the Federal Register of Monday, 17 May 1999 (64 FR 26782-26790, FR Doc. "
 "99-12340; kept as `published`; issue, pages and weekday from the GPO header lines the host reproduces), the GPO "
 "text as federal.elaws.us reproduces it inside its page (43c's UnitedHealth notice came the same way). Left out: "
 "the host's heading line ('99-12340. United States v. Suiza Foods Corporation and Broughton Foods Company; Proposed "
 "Final Judgment and Competitive Impact Statement'), the bullet, the GPO header lines ('[Federal Register Volume 64, "
 "Number 94 (Monday, May 17, 1999)]', '[Notices]', '[Pages 26782-26790]', 'From the Federal Register Online via the "
 "Government Publishing Office [www.gpo.gov]', '[FR Doc No: 99-12340]'), the rule line, 'DEPARTMENT OF JUSTICE', "
 "'Antitrust Division' and the notice's heading (kept as `title`, its line wrap joined). The GPO text's line wraps "
 "joined with a space (no kept line ends in a hyphen); leading indentation dropped. Cut after the second "
 "paragraph's first sentence ('Public comment is invited within 60 days of the date of this notice.'), before 'Such "
 "comments, and re', where the excerpt stops (`truncated`: the rest of the notice, the section chief's name, the "
 "signature and the Competitive Impact Statement are not in the kept text). Kept as written: '15 U.S.C. Section "
 "16(b) through (h)', 'Eastern District of Kentucky, London Division in' without a comma, the GPO text's doubled "
 "backquotes and apostrophes around the defined names (``Suiza'', ``Broughton''), the comma after "
 "\"(``Broughton'')\" before 'would violate', 'pursuant to the Final Judgment' repeated, 'Washington, D.C. in Room "
 "200', 'N.W.', 'the United States District Court for the District of the District of Columbia' (so printed; the "
 "case was filed in Kentucky). 193 words. One text per event: the Division's release on the suit did not come back "
 "(the query's other hits were other matters' notices: Mid-America Dairymen/Borden-Meadow Gold 1997, George's "
 "Foods/Tyson 2011, Smithfield/Premium Standard Farms); not taken. Found with 'United States v. Pilgrim's Pride "
 "Corporation and Gold Kist Inc.; Proposed Final Judgment and Competitive Impact Statement' (rank 4; the Pilgrim's "
 "Pride notice itself did not come back). "
 + CHECK + "'Suiza', 'Broughton', 'Southern Belle', '99-12340', '26782', '99-CV-130': 0 in the corpus files' texts, "
 "GATHERING.md, the scripts and the pools; 'Somerset' in train hansard-lords-flooding-storm-desmond-lancaster-"
 "substation-2015 and batch 34g's scripts (the English county, another matter).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
