#!/usr/bin/env python3
"""Batch 44f (session 45, gatherer 44f): four merger matters of 2000 and after told in US federal public-domain texts
of the Justice Department (17 U.S.C. 105), a round of session 45 beside batch 44c in the DOJ lane of batches 16e, 21c,
22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v and
44c, taking up batch 44c's leads, first-party text only, tissue, Spanish-language radio, health insurance and
refinery desalters, 2000-2009:
  - the Justice Department's release requiring Georgia-Pacific Corporation and Fort James Corporation to sell
    Georgia-Pacific's commercial tissue business, A. Douglas Melamed, Acting Assistant Attorney General, quoted
    (usdoj.gov, 21 November 2000, as the UNT Libraries' End of Term 2008 web archive holds it);
  - the Antitrust Division's release requiring Univision Communications Incorporated to sell much of its partial
    ownership interest in Entravision Communications Corporation 'in order to proceed with its $3 billion acquisition
    of Hispanic Broadcasting Corporation', R. Hewitt Pate, Acting Assistant Attorney General, quoted (justice.gov, 26
    March 2003);
  - the Antitrust Division's notice on 'the proposed acquisition by UnitedHealth Group Incorporated (``United'') of
    Sierra Health Services, Inc. (``Sierra'')' (Federal Register, 73 FR 12762, FR Doc. E8-4393, 10 March 2008, as
    regulations.vlex.com reproduces the GPO Access text);
  - the Justice Department's release requiring Cameron International Corp. to divest desalter assets 'in order to
    proceed with its acquisition of NATCO Group Inc.', with Cameron's 2005 purchase of assets from Howe Baker Engineers
    Ltd. (justice.gov, Office of Public Affairs, 17 November 2009).
Texts are the search tool's page-store excerpts (corpus `pages`). The releases' page chrome, letterhead and date lines,
headlines (kept as `title`) and sub-headings, and the notice's GPO header lines, 'DEPARTMENT OF JUSTICE', 'Antitrust
Division', heading (kept as `title`) and page marker are left out; each text is cut at the last full sentence (the
notice: the last full paragraph) before its excerpt breaks off. No word added or changed. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch44f.py [POOL_DIR] [--dry]   (default /tmp/gather45f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRV, att
from batch41h import ARC, OPA
from batch42z import ATRPR
from batch44c import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather45f/pool"
# batch 44c's check note (the session-42, -43 and -44 pools and scripts and the session-45 pools), with the session-45
# pools present named one by one
CHECK = CHECK.replace("and the session-45 pools /tmp/gather45*/pool present: ",
                      "and the session-45 pools /tmp/gather45*/pool present (batch 44c's pool /tmp/gather45c/pool and "
                      "the pools /tmp/gather45a/pool, /tmp/gather45b/pool and /tmp/gather45d/pool included): ")
assert "gather45c/pool and" in CHECK
R = []

# ---- Georgia-Pacific / Fort James, Justice Department release, 21 November 2000 --------------------------------------
U1 = "https://webarchive.library.unt.edu/eot2008/20081103232730/http:/www.usdoj.gov/opa/pr/2000/November/668at.htm"
U1C = "https://webarchive.library.unt.edu/eot2008/20081106043032/http:/www.usdoj.gov/atr/cases/f7300/7364.htm"
T1 = "JUSTICE DEPARTMENT REQUIRES DIVESTITURES IN GEORGIA-PACIFIC'S ACQUISITION OF FORT JAMES"
R.append(federal(
 "us-doj-georgia-pacific-fort-james-divest-commercial-tissue-2000", U1, "2000-11-21", T1,
 "WASHINGTON, D.C. \u2013 The Department of Justice today announced that it will require Georgia-Pacific Corporation "
 "and Fort James Corporation to sell Georgia-Pacific's commercial tissue business in order to proceed with their "
 "proposed $11 billion acquisition.\n\n"
 "The Department said the deal as originally proposed would have substantially lessened competition in the "
 "production and sale of commercial tissue products by reducing the number of major competitors from three to two. "
 "The proposed divestiture will preserve competition by requiring Georgia-Pacific to divest the bulk of its "
 "commercial tissue business.\n\n"
 "Commercial tissue, also referred to as away-from-home tissue, includes paper towels, paper napkins, and bath tissue "
 "sold for use in public settings.\n\n"
 "The Department's Antitrust Division filed a lawsuit today in U.S. District Court in Washington, D.C. to block the "
 "proposed transaction. At the same time, the Department filed a proposed consent decree that, if approved by the "
 "court, would resolve the lawsuit and the Department's competitive concerns.\n\n"
 "\"The original deal would have led to higher prices for purchasers of commercial tissue products--fast food and "
 "other restaurants, office buildings, factories, hospitals, schools, and airports,\" said A. Douglas Melamed, Acting "
 "Assistant Attorney General in charge of the Department's Antitrust Division. \"This divestiture will preserve "
 "competition in this important industry.\"\n\n"
 "Fort James and Georgia-Pacific are, respectively, the largest and second largest producers of commercial tissue "
 "products in the United States.",
 "paper/tissue", "deal,regulatory",
 "U.S. Department of Justice, press release '" + T1 + "', 2000-11-21, US federal government work (public domain); "
 "text as the UNT Libraries' End of Term 2008 web archive holds usdoj.gov's page (opa/pr/2000/November/668at.htm), "
 "from the search tool's page store at " + U1,
 ARC,
 "The Justice Department's press release of Tuesday, 21 November 2000 on usdoj.gov (opa/pr/2000/November/668at.htm) "
 "as the End of Term 2008 web archive of the UNT Libraries holds it (batches 41h, 43q and 43v took usdoj.gov releases "
 "from that archive the same way). Left out: 'Department of Justice Seal', the lines 'FOR IMMEDIATE RELEASE', 'AT', "
 "'TUESDAY, NOVEMBER 21, 2000' (kept as `published`), '(202) 514-2007', 'WWW.USDOJ.GOV', 'TDD (202) 514-1888' and the "
 "heading (kept as `title`, in capitals as printed, its line wrap joined). Cut after the sixth paragraph's first "
 "sentence ('... in the United States.'), before 'In 1999, the companies together sold approximately $2 billion of "
 "commercial tissue products, accounting for approximately 66 percent of commercial sales of bath tissue, paper "
 "towels, and pape', where the excerpt breaks off (`truncated`: the rest of the release is not in the kept text). "
 "Kept as written: the dateline 'WASHINGTON, D.C. \u2013' with its en dash, the straight quotation marks and "
 "apostrophes, 'products--fast food' with its double hyphen, 'U.S. District Court in Washington, D.C. to block' "
 "without a comma, 'second largest' without a hyphen, 'the Department' capitalised. 224 words. One text per event: "
 "the Competitive Impact Statement (" + U1C + ": 'the acquisition of Fort James Corporation (\"Fort James\") by "
 "Georgia-Pacific Corporation (\"Georgia-Pacific\")'), the Final Judgment and the Explanation of Consent Decree "
 "Procedures (court papers on the UNT archive and justice.gov), Georgia-Pacific's own releases C-1637 and C-1638 "
 "(sec.gov and incjournal: a company's filings), recyclingtoday and the Bangor Daily News (news) not taken. Found "
 "with 'Justice Department requires Georgia-Pacific divest away-from-home tissue business Fort James acquisition "
 "press release 2000' (rank 1), batch 44c's lead. "
 + CHECK + "'Georgia-Pacific', 'Fort James', 'Douglas Melamed', 'commercial tissue', '668at': 0 in the corpus files' "
 "texts, the scripts and the pools ('Georgia-Pacific' and 'Fort James' only in GATHERING.md, as batch 44c's lead); "
 "no dev or test file's text read.",
 True))

# ---- Univision / Hispanic Broadcasting, Antitrust Division release, 26 March 2003 -----------------------------------
U2 = "http://www.justice.gov/atr/public/press_releases/2003/200871.htm"
U2F = "http://federal.elaws.us/fr/5/21/2003/03-12746"
T2 = "Department Preserves Competition in Spanish-Language Radio Market"
R.append(federal(
 "us-doj-univision-hispanic-broadcasting-entravision-stake-2003", U2, "2003-03-26", T2,
 "WASHINGTON, D.C. \u2014 The Department of Justice today announced that it will require Univision Communications "
 "Incorporated to sell a significant portion of its partial ownership interest in Entravision Communications "
 "Corporation and agree to other restrictions in order to proceed with its $3 billion acquisition of Hispanic "
 "Broadcasting Corporation. The Department said that, without these conditions, Univision's acquisition of HBC would "
 "lessen competition in the sale of advertising time on many Spanish-language radio stations because HBC is "
 "Entravision's principal competitor in Spanish-language radio in many geographic areas.\n\n"
 "The Department's Antitrust Division filed a lawsuit today in U.S. District Court in Washington, D.C., to block the "
 "proposed transaction. At the same time, the Department filed a proposed consent decree that, if approved by the "
 "court, would resolve the lawsuit and the Department's competitive concerns. Among other conditions, the decree "
 "requires Univision to divest a significant portion of its equity stake in Entravision, to relinquish its right to "
 "two seats on Entravision's Board of Directors, and to give up the right to vote its shares or veto certain "
 "Entravision business decisions.\n\n"
 "\"The changes required by the consent decree will enable advertisers that rely on Spanish-language radio to reach "
 "their targeted audience and to continue to benefit from competitive prices,\" said R. Hewitt Pate, Acting "
 "Assistant Attorney General in charge of the Department's Antitrust Division.",
 "media/radio", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T2 + "', 2003-03-26, US federal government "
 "work (public domain); text from the search tool's page store at " + U2,
 ATRPR,
 "The Justice Department's press release on justice.gov's Antitrust Division pages (batch 42z took a 2003 release "
 "from the same pages the same way). Left out: the page's format note ('This document is available in two formats: "
 "... please contact the Antitrust Documents Group.'), 'En Espa\u00f1ol', the letterhead lines ('U.S. Department of "
 "Justice Seal and Letterhead', '(202) 616-2777', 'TDD (202) 514-1888') and the heading (kept as `title`: the only "
 "heading the excerpt holds). Cut after the third paragraph ('... in charge of the Department's Antitrust "
 "Division.'), before the fourth, whose first word the excerpt breaks off ('Univi'; `truncated`: the rest of the "
 "release is not in the kept text). The excerpt holds no date line: `published` 26 March 2003, the day the release "
 "says the lawsuit was filed ('filed a lawsuit today'), which the Division's Federal Register notice gives (68 FR "
 "27851, FR Doc. 03-12746, 21 May 2003, " + U2F + ": 'On March 26, 2003, the United States filed a Complaint'); "
 "mediapost's report of the announcement agrees. Kept as written: the dateline 'WASHINGTON, D.C. \u2014' with its "
 "em dash, the straight quotation marks and apostrophes, 'Univision Communications Incorporated' (the notice writes "
 "'Univision Communications Inc.'), 'HBC' never spelled out beside the full name, 'Board of Directors' capitalised. "
 "221 words. One text per event: the Federal Register notice (federal.elaws.us; the same matter's notice: "
 "'Univision, presently owning approximately thirty percent of Entravision'), its newspaper summary (justice.gov "
 "'Attachment A'), news (broadcastingcable (two), nexttv, mediapost, the Los Angeles Times copy on ukobiw.net) not "
 "taken. Found with 'Justice Department requires Univision to restructure Entravision holdings Hispanic Broadcasting "
 "acquisition' (rank 4; the notice rank 5), batch 44c's lead. "
 + CHECK + "'Entravision', 'Hispanic Broadcasting', 'HBC', '03CV000758', '03-12746', 'Spanish-language radio': 0 in "
 "the corpus files' texts, the scripts and the pools ('Entravision', 'Hispanic Broadcasting' and 'HBC' only in "
 "GATHERING.md, as batch 44c's lead); 'Univision' only in train wp-televisa (Televisa's history, another matter: "
 "grep -o printed only 'Univision, with which it has an exclusive contract'), batch 26c's scripts and GATHERING.md; "
 "'Hewitt Pate' in train us-doj-federal-register-cingular-att-wireless-divestitures-2004 and dev "
 "us-doj-general-electric-instrumentarium-divest-spacelabs-ziehm-2003 (other matters, by their names), their "
 "scripts and GATHERING.md; no dev or test file's text read.",
 True))

# ---- UnitedHealth / Sierra Health Services, Federal Register notice, 10 March 2008 ----------------------------------
U3 = "https://regulations.vlex.com/vid/final-judgment-competitive-unitedhealth-36162306"
U3J = "https://regulations.justia.com/regulations/fedreg/2008/03/10/E8-4393.html"
U3L = "http://www.lasvegassun.com/blogs/news/2008/feb/25/divestiture-required-proposed-health-care-merger/"
T3 = "United States v. UnitedHealth Group Incorporated; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-unitedhealth-sierra-health-services-proposed-final-judgment-2008", U3, "2008-03-10", T3,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "Complaint, proposed Final Judgment, Hold Separate and Asset Preservation Stipulation and Order, and Competitive "
 "Impact Statement have been filed with the United States District Court for the District of Columbia in United "
 "States v. UnitedHealth Group Incorporated, Civil Case No. 08-0322. On February 25, 2008, the United States filed a "
 "Complaint alleging that the proposed acquisition by UnitedHealth Group Incorporated (``United'') of Sierra Health "
 "Services, Inc. (``Sierra'') would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The Complaint alleges that "
 "the acquisition would substantially reduce competition between the two largest health insurers selling Medicare "
 "Advantage health insurance plans to senior citizens in the Las Vegas, Nevada area, resulting in higher prices, "
 "less choice, and a reduction in the quality of Medicare Advantage plans sold to the Medicare-eligible "
 "population.\n\n"
 "The proposed Final Judgment filed with the Complaint requires the parties to divest United's individual Medicare "
 "Advantage business in the Las Vegas area to a purchaser that will remain a viable competitor in the market.",
 "insurance/health", "deal,regulatory",
 att(T3, "73 FR 12762, FR Doc. E8-4393", "2008-03-10",
     "regulations.vlex.com reproduces the Federal Register Online (GPO Access) text", U3),
 FRV,
 "The Antitrust Division's notice in the Federal Register of Monday, 10 March 2008 (73 FR 12762-12774, FR Doc. "
 "E8-4393; kept as `published`; the FR Doc. number and weekday from justia's copy of the printed page, " + U3J + ") "
 "as regulations.vlex.com reproduces the GPO Access text ('From the Federal Register Online via GPO Access "
 "[wais.access.gpo.gov]'; batches 41c, 42h and 42k took vlex's copies the same way). Left out: the host's heading "
 "('Proposed Final Judgment and Competitive Impact Statement; UnitedHealth Group Inc.,'), the GPO header lines "
 "('[Federal Register: March 10, 2008 (Volume 73, Number 47)]', '[Notices]', '[Page 12762-12774]', the GPO Access "
 "line, '[DOCID:fr10mr08-96]'), 'DEPARTMENT OF JUSTICE', 'Antitrust Division', the notice's title (kept as `title`) "
 "and the page marker '[[Page 12763]]' inside the first paragraph (between 'Competitive Impact' and 'Statement'). "
 "Cut after the second paragraph's first sentence ('... a viable competitor in the market.'), before 'Copies of the "
 "Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection at the "
 "Department of Justice, ..., and at the', where the excerpt breaks off (`truncated`: the signature, the Complaint, "
 "the proposed Final Judgment and the Competitive Impact Statement are not in the kept text). Kept as the GPO text "
 "prints it: the doubled backquotes and apostrophes around the defined names (``United'', ``Sierra''), '15 U.S.C. "
 "16(b)-(h)', 'Section 7' capitalised, 'Medicare-eligible'. 182 words. One text per event: justia's copy (its "
 "excerpt opens on another agency's notice), the Complaint, the Certificate of Compliance and the motion for entry "
 "of the Final Judgment (usdoj.gov and justice.gov case pages: court papers), the Justice Department's press release "
 "of 25 February 2008 as the Las Vegas Sun's blog reproduces it (" + U3L + ": a newspaper's page; no justice.gov "
 "copy came back), news and client alerts (cnbc, beckersasc, crowell (two)) not taken. Found with 'United States v. "
 "UnitedHealth Group Sierra Health Services proposed final judgment competitive impact statement' (rank 1), batch "
 "44c's lead. "
 + CHECK + "'Sierra Health', '08-0322', 'E8-4393', 'Medicare Advantage': 0 in the corpus files' texts, the scripts "
 "and the pools ('Sierra Health' only in GATHERING.md, as batch 44c's lead); 'UnitedHealth' in train "
 "us-doj-federal-register-unitedhealth-pacificare-proposed-final-judgment-2006 (United / PacifiCare, another matter) "
 "and in other matters' files by their names (train, test), their scripts and GATHERING.md; 'Las Vegas' only in "
 "files on other matters by their names; no dev or test file's text read.",
 True))

# ---- Cameron International / NATCO Group, Office of Public Affairs, 17 November 2009 --------------------------------
U4 = ("https://justice.gov/archives/opa/pr/justice-department-requires-divestitures-cameron-international-corp-s-"
      "acquisition-natco-group")
U4E = "http://edocket.access.gpo.gov/2010/2010-1961.htm"
T4 = "Justice Department Requires Divestitures in Cameron International Corp.\u2019s Acquisition of NATCO Group Inc."
R.append(federal(
 "us-doj-cameron-international-natco-group-divest-refinery-desalters-2009", U4, "2009-11-17", T4,
 "WASHINGTON \u2014 The Department of Justice announced today that it will require Cameron International Corp. to "
 "divest certain assets used in the production and sale of desalters for use in the oil refining industry in order "
 "to proceed with its acquisition of NATCO Group Inc., currently valued at approximately $980 million. The "
 "Department said that the deal as originally proposed would substantially lessen competition in the manufacture "
 "of refinery desalters in the United States, resulting in higher prices and reduced quality, service and "
 "innovation. The Department said that the divestitures also remedy the harm to competition caused by "
 "Cameron\u2019s 2005 acquisition of certain assets from Howe Baker Engineers Ltd.\n\n"
 "The Department\u2019s Antitrust Division filed a civil lawsuit today in U.S. District Court for the District of "
 "Columbia to block the proposed acquisition of NATCO by Cameron and to remedy the loss to competition created by "
 "Cameron\u2019s 2005 acquisition of certain assets of Howe Baker. At the same time, the Department filed a proposed "
 "settlement that, if approved by the court, would resolve the competitive concern alleged in the lawsuit.\n\n"
 "Refinery desalters are used to remove salt from crude oil at the oil refining stage of production. Desalting is "
 "a critical initial stage of the refining process. Currently, Cameron and NATCO, a recent entrant, are each "
 "other\u2019s closest competitor for a significant set of refinery customers in the United States.",
 "energy/oilfield equipment", "deal,regulatory",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T4 + "', 2009-11-17, US federal "
 "government work (public domain); text from the search tool's page store at " + U4,
 OPA,
 "The Justice Department's press release on justice.gov's archive of Office of Public Affairs releases (batches "
 "40zi, 41h and 44c took Office of Public Affairs releases the same way). Left out: 'Skip to main content', the "
 "archive note ('This is archived content from the U.S. Department of Justice website. ... if you have any "
 "questions about the archive site.'), 'Press Release', the headline (kept as `title`), 'For Immediate Release', "
 "'Office of Public Affairs' and the sub-heading 'Divestitures Will Preserve Competition for Refinery Desalters in "
 "the United States'. The excerpt holds no date line: `published` 17 November 2009, the day the release says the "
 "lawsuit was filed ('filed a civil lawsuit today'), which the Division's Federal Register notice gives (75 FR 5132, "
 "FR Doc. 2010-1961, 1 February 2010, " + U4E + ": 'On November 17, 2009, the United States filed a Complaint'); "
 "the Oil & Gas Journal's report ('the US Department of Justice said on Nov. 17') agrees. Cut after the third "
 "paragraph ('... in the United States.'), before 'According to the comp', where the excerpt breaks off "
 "(`truncated`: the complaint's account, the settlement's terms and any quotation are not in the kept text). Kept as "
 "written: the dateline 'WASHINGTON \u2014' with its em dash, the curly apostrophes, 'Cameron International Corp.' "
 "and 'Howe Baker Engineers Ltd.' as the release names them, 'service and innovation' without a serial comma, "
 "'each other\u2019s closest competitor' in the singular. 229 words. One text per event: the Federal Register "
 "notice (edocket, vlex, justia: the same matter's notice, 'the proposed acquisition by Cameron International "
 "Corporation (``Cameron'') of NATCO Group Inc. (``NATCO'')'; **a lead** only if a round takes a second text of one "
 "matter), the Complaint, the Competitive Impact Statement and the motion for entry of the Final Judgment "
 "(justice.gov case pages: court papers; the Competitive Impact Statement says the parties 'closed the transaction' "
 "on 18 November 2009, after the release), news (advfn/Dow Jones, ogj) not taken. Found with 'Justice Department "
 "requires Cameron International divest refinery desalter business NATCO acquisition press release' (rank 1), "
 "batch 44c's lead. "
 + CHECK + "'NATCO', 'Howe Baker', 'desalter', '09-cv-02165', '2010-1961': 0 in the corpus files' texts, the scripts "
 "and the pools ('NATCO' and '2010-1961' only in GATHERING.md, as batch 44c's lead); 'Cameron' only in files on "
 "other matters (persons named Cameron, by the files' names), their scripts and GATHERING.md; no dev or test file's "
 "text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
