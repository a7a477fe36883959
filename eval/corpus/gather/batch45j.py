#!/usr/bin/env python3
"""Batch 45j (session 46, gatherer 45j): two matters of 2000 and after told in US federal public-domain texts of the
Justice Department (17 U.S.C. 105), a second round of session 46 after batch 45d in the DOJ lane of batches 16e, 21c,
22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v, 44c,
44f, 44j, 44n and 45d, 2000 and after, Antitrust Division merger texts only (no first-party corporate-case release came
back in time), dairy processing and local telecommunications, 2001-2005:
  - the Justice Department's release on Suiza Foods Corporation and Dean Foods Company agreeing 'to sell 11 dairy
    processing plants ... to resolve antitrust concerns about the companies' pending merger', Charles A. James,
    Assistant Attorney General of the Department's Antitrust Division, quoted (justice.gov, Office of Public Affairs
    archive, archive/opa/pr/2001/December/01_at_652.htm, December 2001; batches 43o's and 45d's lead);
  - the Antitrust Division's notice on United States v. SBC Communications Inc. and AT&T Corp., 'the proposed
    acquisition of AT&T Corp. ("AT&T") by SBC Communications Inc. ("SBC")', local private lines in eleven
    metropolitan areas (Federal Register, 70 FR 74334, FR Doc. 05-23814, 15 December 2005, as federal.elaws.us
    reproduces it; batch 45d's lead).
Texts are the search tool's page-store excerpts (corpus `pages`). The letterhead lines, the host's heading lines and
the sub-heading or notice heading (kept as `title`) are left out; each text is cut at the last full sentence or
paragraph the excerpt gives. No word added or changed: the notice keeps its misprints 'Milawaukee' and 'The proposal
Final Judgment'. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45j.py [POOL_DIR] [--dry]   (default /tmp/gather46j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, att
from batch41h import OPA

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46j/pool"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rl over train, "
         "dev and test: names of matching files only; for the files naming a party, a script listed only their gold "
         "relations that name the party, no dev or test file's text read), GATHERING.md, every gather script (the "
         "session-45 scripts and batch45a.py to batch45d.py included) and the session-46 pools present "
         "(/tmp/gather46a/pool to /tmp/gather46g/pool; 46h and 46i had no pool yet): ")
R = []

# ---- Suiza Foods / Dean Foods, Office of Public Affairs release, December 2001 (justice.gov archive) --------------
U1 = "https://www.justice.gov/archive/opa/pr/2001/December/01_at_652.htm"
U1N = "https://foodnavigator.com/Article/2001/12/19/US-government-approves-11bn-milk-merger"
U1S = "https://www.sec.gov/Archives/edgar/data/931336/000095013402000070/d93220ex99-1.txt"
T1 = ("Divestitures In Alabama, Florida, Indiana, Kentucky, Ohio, South Carolina, Virginia, Utah Will Protect "
      "Competition For Milk Sold Through Schools And Retail Outlets")
R.append(federal(
 "us-doj-suiza-foods-dean-foods-divest-eleven-dairy-plants-2001", U1, "2001-12-18", T1,
 "WASHINGTON, D.C. -- The Department of Justice today announced that Suiza Foods Corporation and Dean Foods Company "
 "have agreed to sell 11 dairy processing plants in Alabama, Florida, Indiana, Kentucky, Ohio, South Carolina, "
 "Virginia, and Utah to resolve antitrust concerns about the companies' pending merger. The Department said that "
 "without these divestitures, the merger would have reduced competition in markets for milk sold through schools "
 "and retail outlets in the areas around these plants.\n\n"
 "Suiza and Dean compete in these areas to provide milk to grocery stores, convenience stores, and other stores that "
 "sell directly to consumers. In many school districts, Suiza and Dean are currently the only two--or two of just "
 "three--companies that bid to deliver milk to schools.\n\n"
 "\"These divestitures ensure that consumers of milk, an American staple, continue to get the benefits of "
 "competition--increased choices for consumers resulting in lower prices and better service,\" said Charles A. "
 "James, Assistant Attorney General of the Department's Antitrust Division. \"Maintaining competition in the dairy "
 "industry is important for American consumers.\"\n\n"
 "The Department is requiring the companies to divest seven Suiza and four Dean dairy processing plants. The Suiza "
 "dairies being divested are: Barber/Meadow Gold Dairies in Huntsville, AL; Velda Farms in Miami, FL; Velda Farms in "
 "Winter Haven, FL; Burger Dairy in New Paris, IN; Flav-O-Rich in London, KY; Dairymen's in Cleveland, OH; and "
 "Flav-O-Rich in Bristol, VA. The Dean dairies being divested are: Goldenrod Dairy Foods/U.C. Milk Co. in "
 "Madisonville, KY; H. Meyer Dairy Co. in Cincinnati, OH; Coburg Dairy in North Charleston, SC; and Cream O' Weber "
 "Dairy in Salt Lake City, UT.",
 "food/dairy processing", "deal,regulatory",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2001-12-18, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 OPA,
 "The Justice Department's press release on justice.gov's archive of Office of Public Affairs releases "
 "(archive/opa/pr/2001/December/01_at_652.htm, an Antitrust Division release, 'at'; batches 41h, 43c, 44i and 44j took "
 "releases from that archive the same way). Left out: the letterhead lines ('Department of Justice Seal Department of "
 "Justice', '(202) 514-2007', 'TDD (202) 514-1888') and the sub-heading (kept as `title`, its two lines joined with a "
 "space: the only heading the excerpt holds). Cut after the fourth paragraph ('... Cream O' Weber Dairy in Salt Lake "
 "City, UT.'), before 'All 11 dairies', where the excerpt breaks off (`truncated`: the rest of the release -- the "
 "buyer of the plants, the Dairy Farmers of America supply contract -- is not in the kept text). The excerpt holds "
 "no date line: `published` 18 December 2001 (a Tuesday; **doubtful**), the day foodnavigator's report of 19 "
 "December 2001 (" + U1N + ", news, not taken) gives for the Department's approval ('on Tuesday approved'); the URL "
 "gives December 2001 and the companies' release of 21 December 2001 on completing the merger (" + U1S + ", a "
 "company filing, not taken) comes after it. Kept as written: the dateline 'WASHINGTON, D.C. --' with its double "
 "hyphen, the double hyphens of 'only two--or two of just three--companies' and 'competition--increased', the "
 "straight quotation marks and apostrophes, 'Dairymen's', 'Goldenrod Dairy Foods/U.C. Milk Co.', the state "
 "abbreviations. 265 words. One text per matter: foodnavigator and law.com (news) not taken. Found with 'Justice "
 "Department requires Suiza Foods divest dairies acquisition of Dean Foods 2001' (rank 1) and again at rank 2 with "
 "its own words. " + CHECK + "'01_at_652', 'Suiza Foods / Dean Foods': GATHERING.md only (batch 43o's lead, no text "
 "taken; 45d's lead); 'Suiza' in train us-doj-federal-register-suiza-foods-broughton-foods-proposed-final-judgment-"
 "1999 and train us-doj-federal-register-mid-america-dairymen-borden-meadow-gold-... (other matters, 1997 and 1999) "
 "and in the name-only hit dev us-doj-federal-register-georges-foods-tyson-harrisonburg-... (2011, another matter; not "
 "opened); 'Dean Foods' in train us-doj-federal-register-dean-foods-foremost-farms-proposed-final-judgment-2011 "
 "(another matter); 'Meadow Gold' in the two Suiza/Borden train files (other plants and deals); 'Velda', 'Flav-O-Rich', "
 "'Coburg', 'Goldenrod', 'H. Meyer', 'Burger Dairy', \"Dairymen's\", 'Charles A. James': 0 in the corpus files, the "
 "scripts and the pools; 'Weber' and 'Barber' only in other matters' files (Weber's bakeries, other persons).",
 True))

# ---- SBC / AT&T Corp., Federal Register notice, 15 December 2005 (federal.elaws.us) --------------------------------
U2 = "http://federal.elaws.us/fr/12/15/2005/05-23814"
U2J = "https://regulations.justia.com/regulations/fedreg/2005/12/15/05-23814.html"
U2A = "https://justice.gov/atr/cases/f213400/213407.htm"
U2R = "http://www.justice.gov/atr/cases/f215700/215706.htm"
T2 = ("United States v. SBC Communications Inc. and AT&T Corp.; Competitive Impact Statement, Proposed Final "
      "Judgment, Complaint, Amended Stipulation")
R.append(federal(
 "us-doj-federal-register-sbc-communications-att-corp-proposed-final-judgment-2005", U2, "2005-12-15", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "Complaint, proposed Final Judgment, Amended Stipulation, and Competitive Impact Statement have been filed with the "
 "U.S. District Court for the District of Columbia in United States v. SBC Communications Inc., Civil Case No. "
 "1:05CV02102 (EGS). On October 27, 2005, the United States filed a complaint alleging that the proposed acquisition "
 "of AT&T Corp. (\u201cAT&T\u201d) by SBC Communications Inc. (\u201cSBC\u201d) would violate Section 7 of the "
 "Clayton Act, 15 U.S.C. 18, by substantially lessening competition in the provision of local private lines (also "
 "called \u201cspecial access\u201d) and other telecommunications services that rely on local private lines in "
 "eleven metropolitan areas: Chicago; Dallas-Fort Worth; Detroit; Hartford-New Haven, Connecticut; Indianapolis; "
 "Kansas City; Los Angeles; Milawaukee; San Diego; San Francisco-San Jose; and St. Louis. The proposal Final "
 "Judgment requires the defendants to divest assets in those eleven metropolitan areas in order to proceed with "
 "SBC's $16 billion acquisition of AT&T. A Competitive Impact Statement filed by the United States on November 16, "
 "2005 describes the Complaint, the proposed Final Judgment, the industry, and the remedies available to private "
 "litigants who may have been injured by the alleged violation.",
 "telecommunications/local private lines", "deal,regulatory",
 att(T2, "70 FR 74334, FR Doc. 05-23814", "2005-12-15", "federal.elaws.us reproduces the notice", U2),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Thursday, 15 December 2005 (70 FR 74334-74350, FR Doc. "
 "05-23814; kept as `published`; volume, number, page and weekday from the printed page line of justia's copy, " + U2J
 + ") as federal.elaws.us reproduces it (batches 41c, 43q, 43s, 44a, 44t and 45b used federal.elaws.us the same way). "
 "justia's copy opens with another agency's notice (the USB Implementers Forum's, as 45d found) and its excerpt never "
 "reaches the Division's words, so it is not the text. Left out: the host's heading line ('05-23814. United States v. "
 "SBC Communications Inc. and AT&T Corp.; ...', kept as `title` without the document number) and 'Start Preamble'. "
 "Cut after the first paragraph ('... by the alleged violation.'), before the second, which breaks off at 'the U.S. "
 "District Court for the District of Colu' (`truncated`: the inspection addresses, the comment sentence, the "
 "section chief's name, the signature and the Competitive Impact Statement are not in the kept text). Kept as "
 "written: the misprints 'Milawaukee' and 'The proposal Final Judgment', the case name 'United States v. SBC "
 "Communications Inc.' as the notice shortens it, 'Civil Case No. 1:05CV02102 (EGS)', the curly double quotation "
 "marks, the straight apostrophe of \"SBC's\", 'November 16, 2005 describes' without a comma. 201 words. One text per "
 "matter: the notice of amended stipulation (" + U2A + ") and the reply to COMPTEL (" + U2R + ": court papers), the "
 "FCC filings of the deal (docslib: a company's filing), the California commission's decision (cpuc) not taken; the "
 "Verizon/MCI notice of the same day (05-23815) is another matter. Found with 'SBC Communications AT&T Corp. "
 "proposed final judgment competitive impact statement Federal Register 2005 local private lines' (rank 2) and again "
 "at rank 4 with the notice's heading words. " + CHECK + "'05-23814', '74334': GATHERING.md only (batch 43h's "
 "not-used list: 'the matters may be held', no file named; 45d's lead); 'SBC' with 'AT&T' in train "
 "us-doj-federal-register-cingular-att-wireless-divestitures-2004 (Cingular/AT&T Wireless, 2004) and dev "
 "us-fcc-sbc-pacific-telesis-transfer-of-control-granted-news-release-1997 (SBC/Pacific Telesis): their relations "
 "name other deals; 'SBC' in test wn-time-warner-sprint-close-mobile-pact-2004, test wn-voip-penetrates-emergency-"
 "calling-infrastructure-2005 and dev wp-magyar-telekom: no relation names SBC or AT&T (listed by script; no dev or "
 "test text read), so SBC's purchase of AT&T Corp. is not a gold relation anywhere; '1:05CV02102', 'Milawaukee', "
 "'local private lines', 'special access': 0 everywhere. **The lead may rule otherwise** if a dev or test text tells "
 "the deal without a gold relation for it.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
