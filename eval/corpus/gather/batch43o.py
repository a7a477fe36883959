#!/usr/bin/env python3
"""Batch 43o (session 44, gatherer 43o): four matters told in US federal public-domain texts of the Justice
Department (17 U.S.C. 105), a seventh round of session 44 after batches 43c, 43e, 43h, 43j, 43l and 43m in the DOJ lane
of batches 16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l and 43m,
first-party text only:
  - the Antitrust Division's notice on the transaction in which Mid-America Dairymen, Inc. would acquire the voting
    stock of Borden/Meadow Gold Dairies Holdings, Inc., Mid-America bidding for school milk 'through its affiliate
    Southern Food Group LP' (Federal Register, 62 FR 49527, FR Doc. 97-25077, 22 September 1997, the GPO text on
    govinfo.gov);
  - the Division's notice on the proposed acquisition by Baker Hughes, Inc. of BJ Services Company, with the sale of
    two stimulation vessels in the Gulf of Mexico (Federal Register, 75 FR 24973, FR Doc. 2010-10474, 6 May 2010, as
    federal.elaws.us reproduces it);
  - the Division's notice on Dean Foods Company's acquisition of the Consumer Products Division of Foremost Farms USA,
    with the sale of Dean's Waukesha, Wisconsin fluid milk plant (Federal Register, 76 FR 18783, 5 April 2011, as
    regulations.vlex.com reproduces the GPO Access text);
  - the Division's notice on the purchase by George's Foods, LLC, George's Family Farms, LLC and George's, Inc. of
    Tyson Foods, Inc.'s Harrisonburg, Virginia chicken processing complex (Federal Register, 76 FR 38419, FR Doc.
    2011-16354, 30 June 2011, as federal.elaws.us reproduces it).
Texts are the search tool's page-store excerpts (corpus `pages`). The hosts' heading lines, the GPO header lines,
rules, 'DEPARTMENT OF JUSTICE', 'Antitrust Division', the notice's heading (kept as `title`), 'Start Preamble' and the
hosts' page markers are left out; the leading indentation dropped; the GPO text's line wraps joined with a space (a
word or a reference broken after its hyphen or slash joined with none); each text is cut at the last full sentence
before its excerpt breaks off or before the notice's signature. No word added or changed. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch43o.py [POOL_DIR] [--dry]   (default /tmp/gather44o/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, FRG, FRV, att
from batch43m import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather44o/pool"
# batch 43m's check note (the session-42, -43 and -44 pools and scripts), with batch 43m's own pool named too
CHECK = CHECK.replace("(batches 43c's, 43e's, 43h's, 43j's and 43l's pools /tmp/gather44c/pool, /tmp/gather44e/pool, "
                      "/tmp/gather44h/pool, /tmp/gather44j/pool and /tmp/gather44l/pool included): ",
                      "(batches 43c's, 43e's, 43h's, 43j's, 43l's and 43m's pools /tmp/gather44c/pool, "
                      "/tmp/gather44e/pool, /tmp/gather44h/pool, /tmp/gather44j/pool, /tmp/gather44l/pool and "
                      "/tmp/gather44m/pool included): ")
assert "gather44m" in CHECK
R = []

# ---- Mid-America Dairymen / Borden-Meadow Gold, Federal Register notice, 22 September 1997 ---------------------------
U1 = "https://www.govinfo.gov/content/pkg/FR-1997-09-22/html/97-25077.htm"
U1C = "https://www.justice.gov/atr/case/us-v-mid-america-dairymen-inc-et-al"
T1 = ("Proposed Final Judgment and Competitive Impact Statement; United States v. Mid-America Dairymen, Inc., "
      "Southern Foods Group LP, and Milk Products LLC")
R.append(federal(
 "us-doj-federal-register-mid-america-dairymen-borden-meadow-gold-proposed-final-judgment-1997", U1, "1997-09-22", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. Sec. 16 (b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the Northern District of Texas in United States v. Mid-America Dairymen, Inc., Southern Foods "
 "Group LP, and Milk Products, LLC, Civil No. 3:97 CV 2162-P. The proposed Final Judgment is subject to approval by "
 "the Court after the expiration of the statutory 60-day public comment period and compliance with the Antitrust "
 "Procedures and Penalties Act, 15 U.S.C. Sec. 16 (b)-(h).\n\n"
 "On September 3, 1997, the United States filed a Complaint seeking to enjoin a transaction in which Mid-America "
 "Dairymen, Inc. (``Mid-America'') would acquire the voting stock of Borden/Meadow Gold Dairies Holdings, Inc. "
 "(``Borden/Meadow Gold''). Mid-America, through its affiliate Southern Food Group LP (``Southern Foods''), and "
 "Borden/Meadow Gold are two of the primary, and often the only, bidders to supply milk to school districts in "
 "Eastern Texas and Louisiana, and this transaction would have combined them to create a monopoly in many of those "
 "school districts. The Complaint alleged that the proposed acquisition would substantially lessen competition in "
 "providing milk to school districts in Eastern Texas and Louisiana in violation of Section 7 of the Clayton Act, 15 "
 "U.S.C. Sec. 18.",
 "food/dairy", "deal,regulatory",
 att(T1, "62 FR 49527, FR Doc. 97-25077", "1997-09-22",
     "the Government Publishing Office prints it on govinfo.gov (Federal Register Online)", U1),
 FRG,
 "The Antitrust Division's notice in the Federal Register of Monday, 22 September 1997 (62 FR 49527-49535, FR Doc. "
 "97-25077; kept as `published`; issue, pages and weekday from the GPO header), the GPO text on govinfo.gov (batches "
 "41c, 42k, 43j and 43l took notices from govinfo the same way). Left out: the GPO header lines ('[Federal Register "
 "Volume 62, Number 183 (Monday, September 22, 1997)]', '[Notices]', '[Pages 49527-49535]', 'From the Federal "
 "Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: 97-25077]'), the rule line, "
 "'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the notice's heading (kept as `title`, its line wraps joined). "
 "The GPO text's line wraps joined with a space, except three words broken after a hyphen or slash, joined with "
 "none ('16 (b)-' / '(h)', '(``Mid-' / \"America'')\", 'Borden/' / 'Meadow Gold'). Cut after the second paragraph "
 "('... the Clayton Act, 15 U.S.C. Sec. 18.'), before 'The proposed Final Judgment orders Mid-America to sell the "
 "Texas, Louisiana and New Mexico assets to be acquired fr', where the excerpt stops mid-word (`truncated`: the "
 "ordered sale, the section chief's name, the signature and the Competitive Impact Statement are not in the kept "
 "text). Kept as written: the heading order ('Proposed Final Judgment and Competitive Impact Statement; United "
 "States v. ...') and 'Milk Products LLC' without a comma in the heading beside 'Milk Products, LLC' in the text; "
 "'15 U.S.C. Sec. 16 (b)-(h)' with the space; 'Civil No. 3:97 CV 2162-P'; 'Southern Foods Group LP' in the case "
 "name beside 'its affiliate Southern Food Group LP' (so printed) and the defined name ``Southern Foods''; the GPO "
 "text's doubled backquotes and apostrophes around the defined names; 'Borden/Meadow Gold'; 'Eastern Texas'. 217 "
 "words. One text per event: the Division's case page (" + U1C + ": 'United States v. Mid-America Dairymen, Inc., "
 "Southern Foods Group LP, and Milk Products, LLC', the court papers' dates) lists court papers only, and no "
 "Division release came back; not taken. Found with 'United States v. Mid-America Dairymen, Inc. and "
 "Borden/Meadow Gold Dairies Holdings, Inc.; Proposed Final Judgment and Competitive Impact Statement' (rank 1; "
 "batch 43m's lead). "
 + CHECK + "'Southern Food Group', 'Southern Foods', 'Milk Products, LLC', '97-25077', '49527', '2162': 0 in the "
 "corpus files' texts, the scripts and the pools; 'Mid-America', 'Meadow Gold' and 'Borden' only in train "
 "us-doj-federal-register-suiza-foods-broughton-foods-proposed-final-judgment-1999's notes, batch 43m's script and "
 "pool and GATHERING.md (batch 43m's not-used list and leads: this notice, named as a lead); 'Milk Products' in dev "
 "voa-snow-brand-food-fraud-president-yoshida-apology-2002 and batch 38za's scripts (Snow Brand Milk Products, "
 "another company); no dev or test file's text read.",
 True))

# ---- Baker Hughes / BJ Services, Federal Register notice, 6 May 2010 --------------------------------------------------
U2 = "http://federal.elaws.us/fr/5/6/2010/2010-10474"
U2G = "https://www.govinfo.gov/content/pkg/FR-2010-05-06/html/2010-10474.htm"
U2D = "http://edocket.access.gpo.gov/2010/2010-10474.htm"
U2J = "https://regulations.justia.com/regulations/fedreg/2010/05/06/2010-10474.html"
U2C = "http://www.justice.gov/atr/cases/f258200/258203.htm"
T2 = "United States v. Baker Hughes Inc., et al."
R.append(federal(
 "us-doj-federal-register-baker-hughes-bj-services-proposed-final-judgment-2010", U2, "2010-05-06", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Hold Separate Stipulation and Order, and Competitive Impact Statement have been filed "
 "with the United States District Court for the District of Columbia in United States v. Baker Hughes Inc., et al., "
 "Civil Action No. 1:10-cv-00659. On April 27, 2010, the United States filed a Complaint alleging that the proposed "
 "acquisition by Baker Hughes, Inc. (\u201cBaker Hughes\u201d) of BJ Services Company (\u201cBJ\u201d) would "
 "violate Section 7 of the Clayton Act, 15 U.S.C. 18, by substantially lessening competition in the market for "
 "vessel stimulation services in the United States Gulf of Mexico. The proposed Final Judgment, filed the same time "
 "as the Complaint, requires the Defendants to create a new competitor for vessel stimulation services by divesting "
 "their interests in two specially equipped stimulation vessels, Baker Hughes' HR Hughes and BJ's Blue Ray, as well "
 "as certain other tangible and intangible assets.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection "
 "at the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street, NW., Suite 1010, "
 "Washington, DC 20530 (telephone 202-514-2481), on the Department of Justice's Web site at "
 "http://www.usdoj.gov/atr,, and at the Office of the Clerk of the United States District Court for the District "
 "of Columbia. Copies of these materials may be obtained from the Antitrust Division upon request and payment of the "
 "copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, and responses thereto, will be "
 "published in the Federal Register and filed with the Court.",
 "energy/oil services", "deal,regulatory",
 att(T2, "75 FR 24973, FR Doc. 2010-10474", "2010-05-06", "federal.elaws.us reproduces the notice", U2),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Thursday, 6 May 2010 (75 FR 24973-24990, FR Doc. "
 "2010-10474; kept as `published`; issue, pages and weekday from the GPO header on govinfo.gov, " + U2G + "), as "
 "federal.elaws.us reproduces it (batches 43h and 43m took notices from federal.elaws.us the same way). Checked "
 "word for word against the GPO text on govinfo.gov and edocket (" + U2D + ") as far as their excerpts run ('... "
 "copying fee set by Department of Justice regulation', '... the copying fee '): the same words; federal.elaws.us "
 "taken because it runs on to the third paragraph. Left out: the host's heading line ('2010-10474. United States v. "
 "Baker Hughes Inc., et al.'; the notice's title kept as `title`), the bullet, 'Start Preamble' and the host's page "
 "marker 'Start Printed Page 24974' inside the first sentence (between 'in United States v.' and 'Baker Hughes "
 "Inc.'; the GPO text prints '[[Page 24974]]' there); the leading spaces of the host's indented paragraphs dropped "
 "(whitespace only). Cut after the third paragraph's second sentence ('... filed with the Court.'), before "
 "'Comments should be directed to Donna Kooperstein, Chief, Transporta', where the excerpt stops mid-word "
 "(`truncated`: the section chief's post, the signature and the Competitive Impact Statement are not in the kept "
 "text). Kept as written: the title 'United States v. Baker Hughes Inc., et al.' (so headed; no 'Proposed Final "
 "Judgment' in it), 'Baker Hughes Inc.' in the case name beside 'Baker Hughes, Inc.' in the next sentence, the "
 "host's curly quotes around the defined names and straight apostrophes (\"Baker Hughes'\", \"BJ's\", "
 "\"Justice's\"), the host's doubled comma after the web address ('http://www.usdoj.gov/atr,, and'; the GPO text "
 "prints one comma), 'filed the same time as the Complaint' without 'at', '(telephone 202-514-2481)' without a "
 "colon, 'Web site'. 279 words. justia's printed page starts on a National Cooperative Research notice before it ("
 + U2J + "). One text per event: the Competitive Impact Statement and the proposed Final Judgment on justice.gov ("
 + U2C + ") are court papers, and the Division's release of 27 April 2010 did not come back; not taken. Found with "
 "'United States v. Baker Hughes Incorporated and BJ Services Company; Proposed Final Judgment and Competitive "
 "Impact Statement' (rank 4; ranks 1 and 5 the edocket and govinfo copies, whose excerpts stop earlier; batch 43m's "
 "lead). "
 + CHECK + "'BJ Services', '2010-10474', '24973', '1:10-cv-00659', 'Blue Ray', 'HR Hughes', 'vessel stimulation', "
 "'Kooperstein': 0 in the corpus files' texts, the scripts and the pools ('BJ Services' only in GATHERING.md, "
 "batch 43m's leads); 'Baker Hughes' in test us-doj-baker-hughes-bhsi-pleads-guilty-kazakh-bribery-fcpa-2007 and "
 "batch 43e's scripts and pool (Baker Hughes Services International's FCPA plea, 2007: another matter); 'Gulf of "
 "Mexico' in corpus files of other matters by their names; no dev or test file's text read.",
 True))

# ---- Dean Foods / Foremost Farms USA, Federal Register notice, 5 April 2011 -------------------------------------------
U3 = "https://regulations.vlex.com/vid/judgments-stipulations-competitive-267868706"
U3C = "http://www.justice.gov/atr/cases/f269000/269057.htm"
U3W = ("https://www.wisbusiness.com/2011/ag-van-hollen-joins-us-dept-of-justice-illinois-and-michigan-in-consent-"
       "decree-to-benefit-milk-consumers/")
T3 = ("United States et al. v. Dean Foods Company; Proposed Final Judgment, Stipulation and Competitive Impact "
      "Statement")
R.append(federal(
 "us-doj-federal-register-dean-foods-foremost-farms-proposed-final-judgment-2011", U3, "2011-04-05", T3,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation and Competitive Impact Statement have been filed with the United States "
 "District Court for the Eastern District of Wisconsin in United States of America, et al. v. Dean Foods Company, "
 "Civil Action No. 2:10-cv-00059 (JPS). On January 22, 2010, the United States and its co-plaintiffs filed a "
 "Complaint alleging that Dean Foods Company's acquisition of the Consumer Products Division of Foremost Farms USA "
 "would likely violate Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment requires Dean Foods "
 "Company to divest its Waukesha, Wisconsin fluid milk plant, along with certain tangible and intangible assets.\n\n"
 "Copies of the Complaint, proposed Final Judgment and Competitive Impact Statement are available for inspection at "
 "the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street, NW., Suite 1010, "
 "Washington, DC 20530 (telephone: 202-514- 2481), on the Department of Justice's Web site at http://www.usdoj.gov/ "
 "atr, and at the Office of the Clerk of the United States District Court for the Eastern District of Wisconsin. "
 "Copies of these materials may be obtained from the Antitrust Division upon request and payment of the copying fee "
 "set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, and responses thereto, will be "
 "published in the Federal Register and filed with the Court.",
 "food/dairy", "deal,regulatory",
 att(T3, "76 FR 18783", "2011-04-05",
     "regulations.vlex.com reproduces the Federal Register Online (GPO Access) text", U3),
 FRV,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 5 April 2011 (76 FR 18783-18796; GPO Access "
 "DOCID fr05ap11-92; kept as `published`; issue and pages from the GPO Access header lines the host reproduces; "
 "the FR Doc. number is not in the excerpt) as regulations.vlex.com reproduces the GPO Access text (batch 41c took "
 "the Exelon/PSEG notice the same way; no govinfo, edocket or federal.elaws.us copy came back). Left out: the host's "
 "heading ('Proposed Final Judgments, Stipulations and Competitive Impact Statements:'), the GPO Access header lines "
 "('Federal Register: April 5, 2011 (Volume 76, Number 65)', 'Notices', 'Page 18783-18796', 'From the Federal "
 "Register Online via GPO Access [wais.access.gpo.gov]', 'DOCID:fr05ap11-92'), 'DEPARTMENT OF JUSTICE', "
 "'Antitrust Division' and the notice's heading (kept as `title`, its line wrap joined). The host's line breaks "
 "inside paragraphs (the GPO text's wraps, shown as blank lines) joined with a space; the blank lines before 'Copies "
 "of the Complaint' and 'Public comment' kept as paragraph breaks. Cut after the third paragraph's second sentence "
 "('... filed with the Court.'), before 'Comments should be directed to', where the excerpt stops (`truncated`: the "
 "section chief's name, the signature and the Competitive Impact Statement are not in the kept text). Kept as "
 "written: the host's spaces inside the telephone number and the web address ('202-514- 2481', "
 "'http://www.usdoj.gov/ atr', where the GPO text broke its lines; whitespace kept as the host gives it), 'United "
 "States et al.' in the heading beside 'United States of America, et al.' in the text, 'Civil Action No. "
 "2:10-cv-00059 (JPS)', \"Dean Foods Company's acquisition\" without 'proposed', 'would likely violate', 'its "
 "Waukesha, Wisconsin fluid milk plant' without a comma after the state, 'Stipulation and Competitive Impact "
 "Statement' without a serial comma, 'Web site'. 240 words. One text per event: the Division's Competitive Impact "
 "Statement, Stipulation, proposed Final Judgment and Explanation of Consent Decree Procedures on justice.gov (" + U3C
 + " and others) are court papers; the Wisconsin Attorney General's release (wisbusiness.com, " + U3W + ": a state "
 "text, not federal) and news (legalnewsline, jsonline, aberdeennews, refrigeratedfrozenfood) left out; the "
 "Division's release did not come back. Found with 'United States et al. v. Dean Foods Company; Proposed Final "
 "Judgment, Stipulation and Competitive Impact Statement Foremost Farms Consumer Products Division' (rank 1; first "
 "seen at rank 2 of the Mid-America Dairymen query). "
 + CHECK + "'Foremost Farms', 'Dean Foods', 'Waukesha', '2:10-cv-00059', '18783', 'fr05ap11': 0 in the corpus files' "
 "texts, the scripts and the pools ('Dean Foods' only in GATHERING.md: Dairy Farmers of America's purchase of Dean "
 "Foods plants (2020), another matter, and a list of names checked 0); 'Consumer Products Division' in train "
 "wp-emma-walmsley and batch 27e's scripts (another company's division); no dev or test file's text read.",
 True))

# ---- George's / Tyson's Harrisonburg complex, Federal Register notice, 30 June 2011 -----------------------------------
U4 = "http://federal.elaws.us/fr/citation/2011-16354"
U4J = "https://regulations.justia.com/regulations/fedreg/2011/06/30/2011-16354.html"
U4V = "http://regulations.vlex.com/vid/proposed-final-judgments-330097035"
T4 = "United States v. George's Foods, LLC, et. al.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-georges-foods-tyson-harrisonburg-proposed-final-judgment-2011", U4, "2011-06-30", T4,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation and Competitive Impact Statement have been filed with the United States "
 "District Court for the Western District of Virginia in United States of America v. George's Foods, LLC, et. al., "
 "Civil Action No. 5:11-cv-00043. On May 10, 2011, the United States filed a Complaint alleging that George's "
 "Foods, LLC; George's Family Farms, LLC; and George's, Inc. (collectively, \u201cGeorge's\u201d) acquisition of "
 "Tyson Foods, Inc.'s (\u201cTyson's\u201d) Harrisonburg, Virginia chicken processing complex, consummated May 7, "
 "2011, violated Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed on June 23, 2011, "
 "requires the Defendants to make certain capital improvements to the Harrisonburg facility.\n\n"
 "Copies of the Complaint, proposed Final Judgment and Competitive Impact Statement are available for inspection at "
 "the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street, NW., Suite 1010, "
 "Washington, DC 20530 (telephone: 202-514-2481), on the Department of Justice's Web site at "
 "http://www.usdoj.gov/atr,, and at the Office of the Clerk of the United States District Court for the Western "
 "District of Virginia. Copies of these materials may be obtained from the Antitrust Division upon request and "
 "payment of the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, and responses thereto, will be "
 "published in the Federal Register and filed with the Court. Comments should be directed to William H. Stallings, "
 "Chief, Transportation, Energy and Agriculture Section, Antitrust Division, Department of Justice, Washington, DC "
 "20530 (telephone: 202-514-9323).",
 "food/poultry processing", "deal,regulatory",
 att(T4, "76 FR 38419, FR Doc. 2011-16354", "2011-06-30", "federal.elaws.us reproduces the notice", U4),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Thursday, 30 June 2011 (76 FR 38419-38427, FR Doc. "
 "2011-16354; kept as `published`; issue, pages and weekday from the printed page's header as justia gives it, "
 + U4J + "), as federal.elaws.us reproduces it (batches 43h and 43m took notices from federal.elaws.us the same way). "
 "Checked word for word against justia's printed text as far as its excerpt runs ('... are available for "
 "inspection at the Department of Justice, Antitrust '): the same words (justia prints curly apostrophes and "
 "quotes and en dashes in '16(b)\u2013(h)' and '5:11\u2013cv\u201300043'). Left out: the host's heading line "
 "('2011-16354. United States v. George's Foods, LLC, et. al.; Proposed Final Judgment and Competitive Impact "
 "Statement'; the notice's title kept as `title`), the bullet and 'Start Preamble'; the leading spaces of the "
 "host's indented paragraphs dropped (whitespace only). Cut after the third paragraph ('... (telephone: "
 "202-514-9323).'), before 'Start Sig', where the excerpt stops (`truncated`: the signature and the Competitive "
 "Impact Statement are not in the kept text). Kept as written: 'et. al.' with its stray period (so in the GPO "
 "text), the host's straight apostrophes (\"George's\", \"Tyson Foods, Inc.'s\", \"Justice's\") and curly quotes "
 "around the defined names, the semicolons between the three buyers, 'George's' without a possessive before "
 "'acquisition', 'Harrisonburg, Virginia chicken processing complex' without a comma after the state, the host's "
 "doubled comma after the web address ('http://www.usdoj.gov/atr,, and'), 'Transportation, Energy and Agriculture "
 "Section' without a serial comma, 'Web site'. 268 words. One text per event: the Division's public comment and "
 "response on the proposed Final Judgment (76 FR 68210, 3 November 2011, on vlex, " + U4V + ": a later notice on "
 "the same matter, its text mostly the United States' court filing) and the Division's release did not serve; not "
 "taken. Found with \"United States v. Pilgrim's Pride Corporation and Gold Kist Inc. Proposed Final Judgment "
 "Competitive Impact Statement\" (rank 4; rank 1 justia's printed page; batch 43m's not-used list named it: "
 "'George's Foods / Tyson's Harrisonburg complex (76 FR 38419, 2011; an asset purchase, justia)'). "
 + CHECK + "'George's Foods', \"George's Family Farms\", 'Harrisonburg', 'Stallings', 'Transportation, Energy and "
 "Agriculture', '2011-16354', '38419', '5:11-cv-00043': 0 in the corpus files' texts, the scripts and the pools "
 "('George's Foods' only in the notes of train "
 "us-doj-federal-register-suiza-foods-broughton-foods-proposed-final-judgment-1999, its batch-43m pool record and "
 "GATHERING.md, batch 43m's not-used list; 'Harrisonburg' only in GATHERING.md, the same list); 'Tyson Foods' in dev us-doj-federal-register-tyson-foods-hillshire-heinold-proposed-final-judgment-2014 "
 "(batch 43l: Tyson's purchase of Hillshire, another matter) and dev "
 "us-sec-tyson-foods-tyson-de-mexico-veterinarians-fcpa-2011 (batch 42g, another matter), their scripts and pools; "
 "no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
