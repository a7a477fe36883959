#!/usr/bin/env python3
"""Batch 44j (session 45, gatherer 44j): four merger matters of 2000 and after told in US federal public-domain texts
of the Justice Department (17 U.S.C. 105), a second round of session 45 after batch 44f in the DOJ lane of batches
16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o, 43q, 43s,
43v, 44c and 44f, taking up batches 44c's, 44e's and 44f's leads, first-party text only, out-of-home advertising,
radio and billboards, rapid prototyping and airlines, 2000-2016:
  - the Antitrust Division's notice on 'the proposed acquisition of Outdoor Systems, Inc. (``OSI'') by CBS Corporation
    (``CBS'')', 'TDI, a subsidiary of CBS-owned Infinity Broadcasting Corporation' (Federal Register, 65 FR, FR Doc.
    00-4593, 17 March 2000, as federal.elaws.us reproduces it);
  - the Justice Department's release requiring Clear Channel Communications Inc. and AMFM Inc. to sell AMFM's partial
    ownership interest in Lamar Advertising Company, 'Clear Channel also owns Eller Media Company', A. Douglas
    Melamed, Principal Deputy Assistant Attorney General, quoted (justice.gov, Office of Public Affairs archive, 29
    August 2000);
  - the Justice Department's release on its settlement with 3D Systems Corporation 'that will allow the company to go
    forward with its purchase of DTM Corporation' (justice.gov, Office of Public Affairs archive, 16 August 2001);
  - the Antitrust Division's notice on 'Alaska Air Group's proposed acquisition of Virgin America Inc.' and Alaska's
    'codeshare agreement with American Airlines' (Federal Register, 81 FR 89979, FR Doc. 2016-29883, 13 December
    2016, the GPO text as thefederalregister.org reproduces it).
Texts are the search tool's page-store excerpts (corpus `pages`). The releases' letterhead lines and sub-headings
(kept as `title`: the only headings the excerpts hold) and the notices' host headings, GPO header lines, 'DEPARTMENT
OF JUSTICE', 'Antitrust Division' and titles (kept as `title`) are left out; each text is cut at the last full
sentence (the notices: the last full paragraph) before its excerpt breaks off. No word added or changed: the notice of
2000 keeps its misprints ('OIS' for OSI, 'is excess of'). Written before any extractor ran on the texts (newskg was
not run on them).
usage: batch44j.py [POOL_DIR] [--dry]   (default /tmp/gather45j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, att
from batch41h import OPA
from batch43l import FRT
from batch44c import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather45j/pool"
# batch 44c's check note (the session-42, -43 and -44 pools and scripts and the session-45 pools), with the session-45
# pools present named one by one
CHECK = CHECK.replace("and the session-45 pools /tmp/gather45*/pool present: ",
                      "and the session-45 pools /tmp/gather45*/pool present (the DOJ pools /tmp/gather45a/pool, "
                      "/tmp/gather45c/pool, /tmp/gather45e/pool, /tmp/gather45f/pool and /tmp/gather45i/pool and "
                      "the pools /tmp/gather45b/pool, /tmp/gather45d/pool, /tmp/gather45g/pool, /tmp/gather45h/pool, "
                      "/tmp/gather45k/pool and /tmp/gather45l/pool included, with the scripts batch44i.py, "
                      "batch44k.py and batch44l.py): ")
assert "gather45i/pool and" in CHECK
R = []

# ---- CBS / Infinity Broadcasting / Outdoor Systems, Federal Register notice, 17 March 2000 ---------------------------
U1 = "http://federal.elaws.us/fr/3/17/2000/00-4593"
U1T = "http://federal.elaws.us/fr/7/8/2002/02-16923"
U1I = ("https://indexarticles.com/reference/us-department-of-justice/justice-department-requires-divestitures-in-"
       "cbs-infinity-broadcastings-acquisition-of-outdoor-systems/")
T1 = ("Proposed Final Judgment and Competitive Impact Statement: United States of America v. CBS Corporation, Infinity "
      "Broadcasting Corporation and Outdoor Systems, Inc.")
R.append(federal(
 "us-doj-federal-register-cbs-infinity-outdoor-systems-proposed-final-judgment-2000", U1, "2000-03-17", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a proposed "
 "Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States District Court "
 "for the District of Columbia in United States of America v. CBS Corporation, Infinity Broadcasting Corporation and "
 "Outdoor Systems, Inc. Case No. 1:99CV03212. The proposed Final Judgment is subject to approval by the Court after "
 "the expiration of the statutory 60-day public comment period and compliance with the Antitrust Procedures and "
 "Penalties Act. 15 U.S.C. \u00a7 16(b)-(h).\n\n"
 "The United States filed a civil antitrust Complaint on December 6, 1999, alleging that the proposed acquisition of "
 "Outdoor Systems, Inc. (\u201cOSI\u201d) by CBS Corporation (\u201cCBS\u201d) would violate Section 7 of the Clayton "
 "Act, 15 U.S.C. 18. The Complaint alleges that CBS and OSI compete head-to-head to sell out-of-home advertising "
 "displays in Three Metropolitan Areas: (1) New York, New York; (2) New Orleans, Louisiana; and (3) Phoenix, Arizona; "
 "(collectively \u201cthe Three Metropolitan Areas\u201d). Outdoor advertising companies sell out-of-home advertising "
 "display space to local and national customers. The out-of-home advertising display business in the Three "
 "Metropolitan Areas is highly concentrated. CBS, through TDI, a subsidiary of CBS-owned Infinity Broadcasting "
 "Corporation, and OIS would have a combined share of revenue is excess of 60 percent in New York, New York and a "
 "combined share in excess of 75 percent in Phoenix, Arizona and New Orleans, Louisiana. Unless the acquisition is "
 "blocked, competition would be substantially lessened in the Three Metropolitan Areas, and advertisers would likely "
 "pay higher prices.",
 "media/outdoor advertising", "deal,regulatory",
 att(T1, "65 FR, FR Doc. 00-4593", "2000-03-17", "federal.elaws.us reproduces it", U1),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Friday, 17 March 2000 (FR Doc. 00-4593; the date from "
 "the host's address, as batch 44e's record of this lead gives it; kept as `published`) as federal.elaws.us "
 "reproduces it (batches 41c, 44a, 44c and 44e took federal.elaws.us's copies the same way). Left out: the host's "
 "heading ('00-4593. ' and the notice's title, kept as `title`), '\u2022 Start Preamble'. Cut after the second "
 "paragraph ('... and advertisers would likely pay higher prices.'), before 'The prayer for relief seeks: (a) An "
 "adjudicatio', where the excerpt breaks off (`truncated`: the relief sought, the Final Judgment's terms and the "
 "signature are not in the kept text). Kept as the host prints it, word for word with its misprints: 'OIS' for the "
 "defined name OSI ('CBS, through TDI, ..., and OIS would have'), 'a combined share of revenue is excess of 60 "
 "percent' ('is' for 'in'), 'Outdoor Systems, Inc. Case No.' without a comma, 'Penalties Act. 15 U.S.C. \u00a7 "
 "16(b)-(h).' as a sentence of its own, the curly quotation marks, 'Three Metropolitan Areas' capitalised, 'TDI' "
 "never spelled out. 257 words. One text per event: the Division's release of 6 December 1999 ('JUSTICE DEPARTMENT "
 "REQUIRES DIVESTITURES IN CBS/INFINITY BROADCASTING'S ACQUISITION OF OUTDOOR SYSTEMS', Joel I. Klein quoted; the "
 "same matter, before 2000, and only as indexarticles.com's undated copy, " + U1I + ", as batch 44e found), the "
 "2002 notice of proposed termination of the Final Judgment (" + U1T + " and the UNT archive's frwebgate copy: a "
 "later paper of the same decree, 'the acquisition by Infinity Broadcasting Corporation and CBS Corporation "
 "(collectively ``CBS'') of Outdoor Systems, Inc.'), the Stipulation and Order and the trustee's papers (justice.gov "
 "and scribd: court papers), Infinity's 8-K of 22 December 1999 (incjournal: a company's filing; it says the "
 "acquisition was completed on 7 December 1999) and Paramount's copy of a Schedule 13D/A (a filing) not taken. Found "
 "with 'United States v. CBS Corporation Infinity Broadcasting Outdoor Systems proposed final judgment TDI subsidiary "
 "of CBS-owned Infinity' (rank 4), batch 44e's lead. "
 + CHECK + "'Outdoor Systems', '00-4593', '99CV03212', 'TDI, a subsidiary': 0 in the corpus files' texts, the scripts "
 "and the pools ('Outdoor Systems' and '00-4593' only in GATHERING.md, as batch 44e's lead); 'Infinity Broadcasting' "
 "only in train us-doj-westinghouse-infinity-divest-radio-stations-boston-philadelphia-1996 (Westinghouse / "
 "Infinity, 1996, another matter), batch 44e's scripts and pool; 'CBS Corporation' in files on other matters by "
 "their names (train Entercom / CBS Radio and American Radio Systems / EZ, train wn-wb-upn-networks-become-cw-"
 "network-2006, dev us-fcc-viacom-cbs-transfer-of-control-order-2000, test us-doj-federal-register-cbs-american-"
 "radio-systems-proposed-final-judgment-1998), their scripts and batch 44a's pool; no dev or test file's text read.",
 True))

# ---- Clear Channel / AMFM / Lamar, Justice Department release, 29 August 2000 ---------------------------------------
U2 = "https://www.justice.gov/archive/opa/pr/2000/August/504at.htm"
U2J = "https://justice.gov/archive/atr/public/press_releases/2000/5183.htm"
U2S = "https://www.sec.gov/Archives/edgar/data/739708/000095013400007658/d80111ex99-a.txt"
T2 = "Divestitures Will Ensure Competition in Radio and Billboard Advertising"
R.append(federal(
 "us-doj-clear-channel-amfm-divest-lamar-advertising-interest-2000", U2, "2000-08-29", T2,
 "WASHINGTON, D.C. -- The Department of Justice today required Clear Channel Communications Inc. and AMFM Inc. to sell "
 "AMFM's partial ownership interest in Lamar Advertising Company in order to proceed with their proposed $23.8 billion "
 "merger. The Department said the deal, as originally proposed, would have resulted in higher prices and lower "
 "quality services for radio and billboard advertisers.\n\n"
 "The Department's Antitrust Division filed a lawsuit and proposed consent decree today in U.S. District Court in "
 "Washington, D.C. The consent decree, if approved by the court, would resolve the lawsuit and the Department's "
 "competitive objections to the transaction. The decree requires Clear Channel to sell AMFM's approximately 29 "
 "percent interest in Lamar, and relinquish its right to two seats on Lamar's board of directors. In addition, it "
 "requires Clear Channel to divest 14 radio stations in 5 markets.\n\n"
 "\"The transaction, as originally structured, would have harmed advertisers who rely on radio or out-of-home "
 "advertising,\" said A. Douglas Melamed, Principal Deputy Assistant Attorney General of the Department's Antitrust "
 "Division. \"The divestitures required by the consent decree ensure that customers of both types of advertising "
 "will continue to enjoy the benefits of competition - low prices and high quality services.\"\n\n"
 "Out-of home advertising companies, such as Lamar, generate revenue from the sale of advertising space, such as "
 "billboards, to local and national businesses that want to promote their products and services.\n\n"
 "According to the complaint, Clear Channel's purchase of AMFM's partial ownership stake in Lamar would have reduced "
 "competition in out-of-home advertising because Clear Channel also owns Eller Media Company, a direct competitor to "
 "Lamar.",
 "media/radio and outdoor advertising", "deal,regulatory",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T2 + "', 2000-08-29, US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 OPA,
 "The Justice Department's press release on justice.gov's archive of Office of Public Affairs releases "
 "(archive/opa/pr/2000/August/504at.htm; batches 40zi, 41h, 44c and 44f took Office of Public Affairs releases the "
 "same way). Left out: the letterhead lines ('Department of Justice Seal', '(202) 514-2007', 'TDD (202) 514-1888') "
 "and the sub-heading (kept as `title`, its line wrap joined: the only heading the excerpt holds). Cut after the "
 "fifth paragraph's first sentence ('... a direct competitor to Lamar.'), before 'The complaint also states that the "
 "proposed merger would have substantially lessene', where the excerpt breaks off (`truncated`: the rest of the "
 "release is not in the kept text). The excerpt holds no date line: `published` 29 August 2000, the day the release "
 "says the lawsuit and decree were filed ('filed a lawsuit and proposed consent decree today'), which the proposed "
 "Final Judgment gives ('filed its Complaint on August 29, 2000', as Clear Channel's SEC filing reproduces it, " + U2S
 + ") and the Competitive Impact Statement (docslib: 'The United States filed a civil antitrust Complaint on August "
 "29, 2000'). Kept as written: the dateline 'WASHINGTON, D.C. --' with its double hyphen, the straight quotation "
 "marks and apostrophes, 'Washington, D.C. The consent decree' (the court's seat ending the sentence), 'competition - "
 "low prices' with a spaced hyphen, 'Out-of home' as printed, 'Principal Deputy Assistant Attorney General'. 263 "
 "words. One text per event: the Division's release of 20 July 2000 ('JUSTICE DEPARTMENT REQUIRES CLEAR CHANNEL AND "
 "AMFM ...', Required Sale is Largest Radio Divestiture Ever, Donna E. Patterson quoted; " + U2J + " and the "
 "Division's own page; another event of the same matter, the agreement to sell 99 stations: **a lead** only if a "
 "round takes a second text of one matter), the proposed Final Judgment (sec.gov and incjournal: a company's filing "
 "of a court paper), the Competitive Impact Statement (docslib: a court paper; 'Clear Channel, through its "
 "subsidiary, Eller Media Company'), news (hitsdailydouble, the Denver Post's AP story) not taken. Found with 'Justice "
 "Department requires Clear Channel AMFM divest radio stations 2000 acquisition' (rank 7; the July release ranks 1 "
 "and 2), batch 44c's lead. "
 + CHECK + "'AMFM', 'Eller Media', 'Lamar Advertising', '504at', '00CV02063': 0 in the corpus files' texts, the "
 "scripts and the pools ('AMFM' only in GATHERING.md, as batch 44c's lead, and in batch44i.py's notes, which name "
 "this release as another deal); 'Clear Channel' in train wn-music-promoter-mean-fiddler-sold-almost-2005 (another "
 "matter, by its name), batch 21a's scripts, GATHERING.md (that text and the SEC lane's Clear Channel Outdoor leads) "
 "and batch 44i's pool and script (Clear Channel / Universal Outdoor Holdings, 1998, another matter; no 'Eller Media' "
 "in its text); 'Douglas Melamed' in dev us-doj-georgia-pacific-fort-james-divest-commercial-tissue-2000 (another "
 "matter, by its name), batch 44f's pool and scripts; no dev or test file's text read.",
 True))

# ---- 3D Systems / DTM, Justice Department release, 16 August 2001 ---------------------------------------------------
U3 = "https://www.justice.gov/archive/opa/pr/2001/August/414at.htm"
U3F = "http://www.justice.gov/atr/case-document/proposed-final-judgment-287"
U3C = "http://federal.elaws.us/fr/3/12/2002/02-4699"
T3 = "Companies Agree to License Portfolio of Patents"
R.append(federal(
 "us-doj-3d-systems-dtm-license-rapid-prototyping-patents-2001", U3, "2001-08-16", T3,
 "WASHINGTON, D.C. The Department of Justice today reached a settlement with 3D Systems Corporation that will allow "
 "the company to go forward with its purchase of DTM Corporation, provided that 3D and DTM license their Rapid "
 "Prototyping (RP) patents to a company that will compete in the U.S. market. Rapid prototyping is a process by which "
 "a machine transforms a computer design into three-dimensional objects, speeding the design process for everything "
 "from cellular phones to medical equipment.\n\n"
 "The agreement, filed today in the U.S. District Court for the District of Columbia, settles a lawsuit filed by the "
 "Department's Antitrust Division on June 6, 2001, to block 3D from acquiring DTM. According to the Department, the "
 "acquisition as initially proposed would have substantially lessened competition in the U.S. industrial RP systems "
 "market. The complaint alleges that the acquisition would have reduced the number of competitors in the U.S. market "
 "from three to two, and limited the dynamic competition that has resulted in lower prices to customers and "
 "technological improvements to RP systems.\n\n"
 "3D and DTM hold patents to the prevailing technology. These patents presently prevent entry by foreign firms who "
 "sell abroad. The proposed settlement will permit new entry by requiring 3D and DTM to license their RP-related "
 "patents to a firm, which has yet to be determined, that will compete in the U.S. market. According to the "
 "settlement, the required license is limited to a specific field of use depending on the type of RP technology "
 "already utilized by the licensee outside of the United States. 3D and DTM must license their RP patents to a "
 "company that currently manufactures RP equipment, ensuring a capable competitor.",
 "manufacturing/rapid prototyping", "deal,regulatory",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T3 + "', 2001-08-16, US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 OPA,
 "The Justice Department's press release on justice.gov's archive of Office of Public Affairs releases "
 "(archive/opa/pr/2001/August/414at.htm; batches 40zi, 41h, 44c and 44f took Office of Public Affairs releases the "
 "same way). Left out: the letterhead lines ('Department of Justice Seal', '(202) 514-2007', 'TDD (202) 514-1888') "
 "and the sub-heading (kept as `title`: the only heading the excerpt holds). Cut after the third paragraph ('... "
 "ensuring a capable competitor.'), before the quotation '\"Companies, universities and government agencies rely "
 "upon rapid prototyping to develop and create models of next generation products,\" said Charl', where the excerpt "
 "breaks off (`truncated`: the speaker's name and post and the rest of the release are not in the kept text). The "
 "excerpt holds no date line: `published` 16 August 2001, the day the release says the agreement was filed ('The "
 "agreement, filed today'), which the proposed Final Judgment's filing line gives ('Filed: August 16,', " + U3F + "); "
 "the release's place in the August 2001 folder agrees. Kept as written: the dateline 'WASHINGTON, D.C. The' with no "
 "dash (as the page prints it), 'Rapid Prototyping (RP)' capitalised, '3D' for the buyer, 'RP-related', 'utilized'. "
 "276 words. One text per event: the proposed Final Judgment, the motion for entry (justice.gov, scribd: court "
 "papers), the Division's notice of public comments and response (67 FR 11123, FR Doc. 02-4699, 12 March 2002, "
 "govinfo, vlex, " + U3C + ": a later paper of the same matter, 'the proposed acquisition of DTM Corporation "
 "(``DTM'') by 3D Systems Corporation (``3D'')'), mcadcafe (news: '3D Systems later acquired DTM, in August 2001') "
 "not taken. Found with 'Justice Department 3D Systems DTM settlement license rapid prototyping patents August 2001 "
 "Charles James' (rank 2), batch 44c's lead. "
 + CHECK + "'3D Systems', 'DTM Corporation', 'rapid prototyping', '414at', '01CV01237': 0 in the corpus files' texts, "
 "the scripts and the pools ('3D Systems' only in GATHERING.md, as batch 44c's lead); no dev or test file's text "
 "read.",
 True))

# ---- Alaska Air Group / Virgin America, Federal Register notice, 13 December 2016 -----------------------------------
U4 = "https://thefederalregister.org/81-FR/89979"
T4 = "United States v. Alaska Air Group, Inc., et al.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-alaska-air-group-virgin-america-proposed-final-judgment-2016", U4, "2016-12-13", T4,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a proposed "
 "Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States District Court "
 "for the District of Columbia in United States of America v. Alaska Air Group, Inc., et al., Civil Action No. "
 "1:16-cv-02377. On December 6, 2016, the United States filed a Complaint alleging that Alaska Air Group's proposed "
 "acquisition of Virgin America Inc. would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final "
 "Judgment, filed at the same time as the Complaint, requires Alaska to reduce the scope of its codeshare agreement "
 "with American Airlines and obtain Antitrust Division approval before selling certain assets.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection on "
 "the Antitrust Division's Web site at http://www.justice.gov/atr and at the Office of the Clerk of the United States "
 "District Court for the District of Columbia. Copies of these materials may be obtained from the Antitrust Division "
 "upon request and payment of the copying fee set by Department of Justice regulations.",
 "airlines", "deal,regulatory",
 att(T4, "81 FR 89979, FR Doc. 2016-29883", "2016-12-13",
     "thefederalregister.org reproduces the GPO text", U4),
 FRT,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 13 December 2016 (81 FR 89979-89991, FR Doc. "
 "2016-29883; kept as `published`) as thefederalregister.org reproduces the GPO text (batch 43l took that host's "
 "copies the same way). Left out: the host's heading line ('81 FR 89979 - ...'), 'DEPARTMENT OF JUSTICE' and "
 "'Antitrust Division' (twice each), the host's issue lines ('Federal Register Volume 81, Issue 239 (December 13, "
 "2016)', 'Page Range89979-89991', 'FR Document2016-29883'), the GPO header lines ('[Federal Register Volume 81, "
 "Number 239 (Tuesday, December 13, 2016)]', '[Notices]', '[Pages 89979-89991]', 'From the Federal Register Online "
 "[www.thefederalregister.org]', '[FR Doc No: 2016-29883]') and the notice's title (kept as `title`, its line wrap "
 "joined); the GPO text's line wraps joined (a hyphen at a wrap is the text's own: '1:16-cv-02377'). Cut after the "
 "second paragraph ('... set by Department of Justice regulations.'), before 'Public comment is', where the excerpt "
 "breaks off (`truncated`: the comment address, the signature, the Complaint's account, the proposed Final Judgment "
 "and the Competitive Impact Statement are not in the kept text). Kept as the GPO text prints it: 'Alaska Air "
 "Group's' and 'Alaska' (no defined names), 'Web site', 'http://www.justice.gov/atr', 'Section 7' capitalised. 187 "
 "words. One text per event: the Department's release "
 "of 6 December 2016 (not in the page store: only news copies came back, thestreet, flightglobal, travelweekly, adn, "
 "foxbusiness, taipeitimes, finanznachrichten, heraldmailmedia, advfn/Dow Jones, ru24/AP: copyrighted news, not "
 "taken; Renata Hesse, Acting Assistant Attorney General, quoted in them) and the court papers not taken. Found with "
 "'Justice Department requires Alaska Airlines Virgin America acquisition American Airlines codeshare' (rank 1), "
 "batch 44c's lead. "
 + CHECK + "'Virgin America', '2016-29883', '16-cv-02377': 0 in the corpus files' texts, the scripts and the pools "
 "('Virgin America' only in GATHERING.md, as batch 44c's lead); 'Alaska Air Group' in train "
 "wn-alaska-airlines-set-cut-up-1000-2008 (another matter, by its name) and batch 25c's scripts, 'Alaska Air' also "
 "in test wn-scandinavian-airlines-system-landing-gear-failures-2007 (another matter, by its name); 'codeshare' in "
 "files on other matters by their names (train, dev) and batches 13's and 28d's scripts; 'American Airlines' in "
 "files on other matters by their names; no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
