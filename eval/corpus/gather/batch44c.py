#!/usr/bin/env python3
"""Batch 44c (session 45, gatherer 44c): three merger matters of 2000 and after told in US federal public-domain
texts of the Justice Department (17 U.S.C. 105), a round of session 45 after batches 43q, 43s and 43v in the DOJ lane
of batches 16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o,
43q, 43s and 43v, first-party text only, industrial pumps, radio and organic dairy, 2000-2017:
  - the Antitrust Division's notice on 'the proposed acquisition by Flowserve of Ingersoll-Dresser Pump Company', with
    Ingersoll-Rand Co. a defendant and Gail Kursh, Chief, Health Care Task Force, named (Federal Register, 65 FR
    55271, FR Doc. 00-20625, 13 September 2000, as federal.elaws.us reproduces the GPO text);
  - the Justice Department's release requiring divestitures for 'Cumulus to proceed with its acquisition of Citadel
    Broadcasting Corporation', Sharis A. Pozen, Acting Assistant Attorney General, quoted (justice.gov, Office of
    Public Affairs, 8 September 2011);
  - the Justice Department's release requiring Danone S.A. 'to divest Danone's Stonyfield Farms business in order for
    Danone to proceed with its $12.5 billion acquisition of The WhiteWave Foods Company Inc.', Brent Snyder, Acting
    Assistant Attorney General, quoted (justice.gov, Office of Public Affairs, 3 April 2017).
Texts are the search tool's page-store excerpts (corpus `pages`). The notice's host heading and markers, 'DEPARTMENT
OF JUSTICE', 'Antitrust Division', heading (kept as `title`) and signature, and the releases' page chrome, headlines
(kept as `title`), sub-headings and blank spacer paragraphs are left out; each text is cut at the last full sentence
before its excerpt breaks off. No word added or changed. Written before any extractor ran on the texts (newskg was not
run on them).
usage: batch44c.py [POOL_DIR] [--dry]   (default /tmp/gather45c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, att
from batch41h import OPA
from batch43v import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather45c/pool"
# batch 43v's check note (the session-42, -43 and -44 pools and scripts), with batch 43v's pool and the session-45
# pools named too
CHECK = CHECK.replace("/tmp/gather44q/pool and /tmp/gather44s/pool included, and every other /tmp/gather44*/pool "
                      "present): ",
                      "/tmp/gather44q/pool, /tmp/gather44s/pool and /tmp/gather44v/pool included, and every other "
                      "/tmp/gather44*/pool present) and the session-45 pools /tmp/gather45*/pool present: ").replace(
    "43o's, 43q's and 43s's pools", "43o's, 43q's, 43s's and 43v's pools")
assert "gather44v" in CHECK and "gather45" in CHECK
R = []

# ---- Flowserve / Ingersoll-Dresser Pump, Federal Register notice, 13 September 2000 ----------------------------------
U1 = "http://federal.elaws.us/fr/9/13/2000/00-20625"
U1G = "https://www.govinfo.gov/content/pkg/FR-2000-09-13/html/00-20625.htm"
U1J = "http://www.justice.gov/atr/cases/f6100/6126.htm"
T1 = ("United States of America v. Ingersoll-Dresser Pump Co., Et Al.; Proposed Final Judgment and Competitive Impact "
      "Statement")
R.append(federal(
 "us-doj-federal-register-flowserve-ingersoll-dresser-pump-proposed-final-judgment-2000", U1, "2000-09-13", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. section 16(b) through "
 "(h), that a proposed Final Judgment, Hold Separate Stipulation and Order, and Competitive Impact Statement have "
 "been filed with the United States District Court for the District of Columbia in United States v. Ingersoll-Dresser "
 "Pump Co., Ingersoll-Rand Co., and Flowserve Corp., Civil Action No. 00-1818. On July 28, 2000, the United States "
 "filed a Complaint alleging that the proposed acquisition by Flowserve of Ingersoll-Dresser Pump Company would "
 "violate section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed at the same time as the "
 "Complaint, requires the defendants to divest certain pump lines and manufacturing and repair facilities. Copies of "
 "the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection at the "
 "Department of Justice in Washington, DC in Suite 2000, 325 Seventh Street, NW., and at the Office of the Clerk of "
 "the United States District Court for the District of Columbia.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, and responses thereto, will be "
 "published in the Federal Register and filed with the Court. Comments should be directed to Gail Kursh, Chief, "
 "Health Care Task Force, 325 Seventh Street, NW., Room 404, Antitrust Division, Department of Justice, Washington, "
 "DC 20530 (telephone: (202) 307-5799).",
 "manufacturing/pumps", "deal,regulatory",
 att(T1, "65 FR 55271, FR Doc. 00-20625", "2000-09-13", "federal.elaws.us reproduces the GPO text", U1),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Wednesday, 13 September 2000 (65 FR 55271-55282, FR Doc. "
 "00-20625; kept as `published`; issue, pages and weekday from the GPO header lines of govinfo's copy, " + U1G + "), "
 "as federal.elaws.us reproduces the GPO text (batches 43h, 43m, 43o, 43q and 43s took notices from federal.elaws.us "
 "the same way); checked word for word against govinfo's GPO text (the same words; its excerpt stops inside the "
 "signature). Left out: the host's heading line ('00-20625. United States of America v. Ingersoll-Dresser Pump Co., "
 "Et Al.; Proposed Final Judgment and Competitive Impact Statement', kept as `title`), its markers '-' and 'Start "
 "Preamble'. Cut after the second paragraph ('... (telephone: (202) 307-5799).'), before the signature ('Start "
 "SignatureConstance K. Robinson, Director of Operation and Merger Enforcement.') and the Complaint, whose first "
 "sentence the excerpt breaks off ('... Ingersoll-Dresser Pump Company (\u201cIDP\u201d), pursuant to a Purchase A'; "
 "`truncated`: the signature, the Complaint, the proposed Final Judgment and the Competitive Impact Statement are not "
 "in the kept text). Kept as written: 'Ingersoll-Dresser Pump Co.' in the case name beside 'Ingersoll-Dresser Pump "
 "Company' in the transaction, 'Ingersoll-Rand Co.' and 'Flowserve Corp.' in the case name, 'section 16(b) through "
 "(h)', 'section 7' in lower case, 'Washington, DC in Suite 2000' without a comma, '325 Seventh Street, NW.' with "
 "its stop, 'Health Care Task Force' as the chief's section (as printed, for a pump matter). 226 words. One text per "
 "event: govinfo's copy (" + U1G + "), casetext's (cloudfront mirror) and vlex's GPO Access copy (the same words), "
 "the Division's Competitive Impact Statement on justice.gov (" + U1J + ": a court paper, naming 'Ingersoll-Dresser "
 "Pump Company (\"IDP\")'), Flowserve's 8-K and purchase agreement amendment on sec.gov (a company's filings) and "
 "chemicalonline's news item (not a federal text) not taken; no Division release came back. Found with 'United "
 "States v. Flowserve Corporation and Ingersoll-Dresser Pump Company proposed final judgment competitive impact "
 "statement' (rank 5; govinfo rank 2). "
 + CHECK + "'Flowserve', 'Dresser Pump', 'Kursh', 'Health Care Task Force', '00-1818', '00-20625': 0 in the corpus "
 "files' texts, GATHERING.md, the scripts and the pools; 'Ingersoll' only in GATHERING.md (Doosan-Ingersoll-Rand's "
 "Bobcat, another matter, not taken); no dev or test file's text read.",
 True))

# ---- Cumulus Media / Citadel Broadcasting, Office of Public Affairs, 8 September 2011 ------------------------------
U2 = ("https://www.justice.gov/opa/pr/justice-department-requires-divestitures-cumulus-media-inc-s-acquisition-"
      "citadel-broadcasting")
U2G = "https://www.govinfo.gov/content/pkg/FR-2011-09-14/html/2011-23548.htm"
T2 = ("Justice Department Requires Divestitures in Cumulus Media Inc.\u2019s Acquisition of Citadel Broadcasting "
      "Corporation")
R.append(federal(
 "us-doj-cumulus-media-citadel-broadcasting-divest-radio-stations-2011", U2, "2011-09-08", T2,
 "WASHINGTON \u2013 The Department of Justice announced today that it will require Cumulus Media Inc., one of the "
 "largest operators of radio stations in the United States, to divest three radio stations in two markets in order "
 "for Cumulus to proceed with its acquisition of Citadel Broadcasting Corporation.  The department said that the "
 "transaction, as originally proposed, would substantially lessen competition for radio advertising in Flint, "
 "Mich., and Harrisburg-Lebanon-Carlisle, Pa.\n\n"
 "The department\u2019s Antitrust Division filed a civil antitrust lawsuit today in U.S. District Court in "
 "Washington, D.C., to block the proposed acquisition.  At the same time, the division filed a proposed settlement "
 "that, if approved by the court, would resolve the lawsuit and the department\u2019s competitive concerns.\n\n"
 "\u201cThe divestitures required by the consent decree will enable radio advertisers to continue to receive the "
 "benefits of competition in Harrisburg and Flint,\u201d said Sharis A. Pozen, Acting Assistant Attorney General in "
 "charge of the Department of Justice\u2019s Antitrust Division.\n\n"
 "According to the complaint, Cumulus\u2019s and Citadel\u2019s radio stations compete head-to-head against one "
 "another for the business of local and national companies that seek to purchase radio advertising time that "
 "targets listeners in Harrisburg-Lebanon-Carlisle and Flint.  Cumulus\u2019s acquisition of Citadel would have "
 "eliminated the competition in these markets, increasing prices and reducing levels of service in the sale of "
 "radio advertising time.",
 "media/radio", "deal,regulatory",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T2 + "', 2011-09-08, US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 OPA,
 "The Justice Department's press release on justice.gov (batches 40zi and 41h took Office of Public Affairs releases "
 "the same way). Left out: 'Skip to main content', 'Press Release', the headline (kept as `title`), 'For Immediate "
 "Release', 'Office of Public Affairs', the sub-heading 'Divestitures Will Preserve Competition in Two Radio Markets "
 "\u2013 Flint, Mich., and Harrisburg-Lebanon-Carlisle, Pa.' and the three spacer paragraphs holding only a space "
 "between the paragraphs. The excerpt holds no date line: `published` 8 September 2011, the day of the complaint "
 "('filed a civil antitrust lawsuit today'; the Division's Federal Register notice 2011-23548, 76 FR 56797, " + U2G +
 ": 'On September 8, 2011, the United States filed a Complaint'); Reuters' copy of that day ('the Justice Department "
 "said on Thursday') agrees. Cut after the fourth paragraph ('... in the sale of radio advertising time.'), before "
 "'Under the terms of the proposed settlement, Cumulus must divest two stations in Harrisburg-Lebanon-Carlisle and one "
 "station in Flint', where the excerpt stops (`truncated`: the divested stations' names, the rest of the settlement "
 "and the companies' descriptions are not in the kept text). Kept as written: the dateline 'WASHINGTON \u2013' with "
 "its en dash, the double spaces between sentences, the curly quotation marks and apostrophes, \"Cumulus\u2019s\", "
 "'Mich.' and 'Pa.', 'the department' and 'the division' in lower case. 219 words. One text per event: the Federal "
 "Register notice (govinfo, justia, vlex: the same matter's notice), the FCC's Media Bureau order DA 11-1546 on the "
 "licence transfers (docest.com; another agency's text, **a lead** for the FCC lane: 'a wholly-owned subsidiary of "
 "Cumulus Media, Inc. (\u201cCMI\u201d) will acquire control of Citadel', 'Citadel will become a wholly-owned "
 "subsidiary of CMI', Volt Radio, LLC as trustee), news (Reuters, radioinsight, rbr, radiomagonline, crashkellyblog, "
 "exportcompliancedaily) not taken. Found with 'United States v. Cumulus Media Inc. and Citadel Broadcasting proposed "
 "final judgment competitive impact statement' (rank 6; the notice rank 1). "
 + CHECK + "'Cumulus', 'Citadel Broadcasting', 'Pozen', 'Harrisburg', '11-cv-01619', '2011-23548': 0 in the corpus "
 "files' texts, the scripts and the pools ('Cumulus' once in GATHERING.md, a list of names checked by an FTC-lane "
 "batch; 'Pozen' in GATHERING.md only, news on other matters not taken); 'Citadel' alone only in train "
 "us-doj-federal-register-capstar-sfx-broadcasting-hicks-muse-proposed-final-judgment-1998 (its notes: Citadel / "
 "Triathlon, another matter), test wp-rift-valley-railways-consortium (another company, by its name), their "
 "scripts and GATHERING.md; 'Flint' only in files on other matters by their names; no dev or test file's text read.",
 True))

# ---- Danone / WhiteWave, Office of Public Affairs, 3 April 2017 ------------------------------------------------------
U3 = "https://justice.gov/opa/pr/justice-department-requires-divestiture-danone-s-stonyfield-farms-business-order-danone"
U3T = "https://thefederalregister.org/82-FR/18468"
T3 = ("Justice Department Requires Divestiture of Danone\u2019s Stonyfield Farms Business in Order for Danone to "
      "Proceed with WhiteWave Acquisition")
R.append(federal(
 "us-doj-danone-whitewave-divest-stonyfield-farms-2017", U3, "2017-04-03", T3,
 "The Department of Justice announced today that it will require Danone S.A. to divest Danone\u2019s Stonyfield "
 "Farms business in order for Danone to proceed with its $12.5 billion acquisition of The WhiteWave Foods Company "
 "Inc.  The department said that, without the divestiture, the proposed acquisition likely would reduce competition "
 "between the two leading participants and top brands in the markets for raw and fluid organic milk, potentially "
 "harming dairy farmers in the northeast and U.S. consumers of fluid organic milk.\n\n"
 "The Justice Department\u2019s Antitrust Division filed a civil antitrust lawsuit today in the U.S. District Court "
 "for the District of Columbia to block the proposed transaction.  At the same time, the department filed a proposed "
 "settlement that, if approved by the court, would resolve the department\u2019s competitive concerns.\n\n"
 "\u201cThe proposed acquisition would have blunted competition between the top two purchasers of raw organic milk in "
 "the northeast and the producers of the three leading brands of organic milk in the United States,\u201d said "
 "Acting Assistant Attorney General Brent Snyder of the Justice Department\u2019s Antitrust Division.  \u201cToday\u2019s "
 "proposed settlement will ensure competitive marketplaces for both farmers in the northeast that sell raw organic "
 "milk and consumers who purchase fluid organic milk in stores nationwide.\u201d",
 "food/dairy", "deal,regulatory",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T3 + "', 2017-04-03, US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 OPA,
 "The Justice Department's press release on justice.gov (batches 40zi and 41h took Office of Public Affairs releases "
 "the same way). Left out: 'Skip to main content', 'Press Release', the headline (kept as `title`), 'For Immediate "
 "Release', 'Office of Public Affairs' and the sub-heading 'Divestiture Will Preserve Competition in Markets for "
 "Procurement of Raw Organic Milk and Sale of Fluid Organic Milk'; trailing spaces after the first and third "
 "paragraphs dropped. The excerpt holds no date line: `published` 3 April 2017, the day of the complaint ('filed a "
 "civil antitrust lawsuit today'; the Division's Federal Register notice 2017-07924, 82 FR 18468, " + U3T + ": 'On "
 "April 3, 2017, the United States filed a Complaint'). Cut after the third paragraph ('... in stores "
 "nationwide.\u201d'), before 'According to the department\u2019s complaint, as a result of Danone\u2019s long-term "
 "strategic partnership and supply and licensing agreements with WhiteWave\u2019s primary competitor, CROPP "
 "Cooperative (CROPP), the proposed acquisition would have provided incentives and opportunities', where the excerpt "
 "stops (`truncated`: that sentence, with CROPP Cooperative and Danone's partnership, and the rest of the release are "
 "not in the kept text). Kept as written: the double spaces between sentences, the curly quotation marks and "
 "apostrophes, 'the northeast' in lower case, 'the department' in lower case beside 'The Justice Department\u2019s'. "
 "203 words. One text per event: the Federal Register notice (thefederalregister.org, govinfo, justia, dokumen.tips: "
 "'requires Danone S.A. to divest its Stonyfield Farms, Inc. subsidiary, including ... facilities in Londonderry, "
 "New Hampshire; trademarks to Stonyfield Farms brands, including Stonyfield and Brown Cow'; the same matter's "
 "notice, **a lead** only if a round takes a second text of one matter), the Final Judgment (scribd; a court paper), "
 "blogs and news (huntonretailindustryblog, antitrustlawyerblog, seattletimes/AP, jsonline, wholefoodsmagazine, "
 "wisconsinlatinonews/PRNewswire) not taken. Found with 'United States v. Danone WhiteWave Foods proposed final "
 "judgment Stonyfield divest' (rank 8) and 'Justice Department Requires Divestiture of Danone's Stonyfield Farms "
 "Business CROPP Cooperative Organic Valley Horizon' (rank 1). "
 + CHECK + "'WhiteWave', 'Stonyfield', 'Brent Snyder', '2017-07924': 0 in the corpus files' texts, GATHERING.md, the "
 "scripts and the pools; 'Danone' only in train wp-wahaha-joint-venture and train "
 "wn-daniel-carasso-name-giver-leader-danone-2009 (other events, by their names), their scripts and GATHERING.md; no dev or test "
 "file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
