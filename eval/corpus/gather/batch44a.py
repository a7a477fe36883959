#!/usr/bin/env python3
"""Batch 44a (session 45, gatherer 44a): company deals told in US federal public-domain texts of the Justice
Department (17 U.S.C. 105), a round of session 45 after batches 43q, 43s and 43v in the DOJ lane of batches 16e, 21c,
22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o, 43q, 43s and 43v,
first-party text only, before the year 2000:
  - the Antitrust Division's notice on 'a transaction in which Aluminum Company of America (``Alcoa'') would acquire
    Alumax, Inc. (``Alumax'')' in aluminum cast plate (Federal Register, 63 FR 35946, FR Doc. 98-17504, 1 July 1998,
    as federal.elaws.us reproduces the GPO text);
  - the Division's notice on 'the proposed acquisition of EZ Communications (``EZ'') by American Radio Systems
    Corporation (``ARS'')' in Sacramento radio (Federal Register, 62 FR 15920, FR Doc. 97-8459, 3 April 1997, as
    federal.elaws.us reproduces the GPO text);
  - the Division's notice on 'a transaction in which Signature Flight Support Corporation (``Signature'') agreed to
    acquire International Aviation Palm Beach, Inc.' at Palm Beach International Airport (Federal Register, 62 FR
    7041, FR Doc. 97-3698, 14 February 1997, as federal.elaws.us reproduces the GPO text);
  - the Department's release on its petition to find Interstate Bakeries Corporation in civil contempt of the 1996
    Judgment on its merger with Continental Baking Company, the Webers label licensed to Four-S Baking Company, 'On
    March 29, 1999, Four-S was purchased by Bimbo Bakeries USA Inc.', Joel I. Klein quoted (usdoj.gov, Office of
    Public Affairs, 13 April 1999).
Texts are the search tool's page-store excerpts (corpus `pages`). The notices' GPO header lines, page markers, rules,
'DEPARTMENT OF JUSTICE', 'Antitrust Division' and headings (kept as `title`), and the release's letterhead, date and
telephone lines and headline (kept as `title`) are left out; the GPO text's line wraps joined with a space; each
text is cut at the last full sentence before its excerpt breaks off. No word added or changed. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch44a.py [POOL_DIR] [--dry]   (default /tmp/gather45a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, att
from batch43v import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather45a/pool"
# batch 43v's check note (the session-42, -43 and -44 pools and scripts), with batch 43v's pool and the session-45
# pools named too
CHECK = CHECK.replace("and the session-44 pools /tmp/gather44*/pool (", "the session-44 pools /tmp/gather44*/pool and "
                      "the session-45 pools /tmp/gather45*/pool (").replace(
    "43q's and 43s's pools", "43q's, 43s's and 43v's pools").replace(
    "/tmp/gather44q/pool and /tmp/gather44s/pool included, and every other /tmp/gather44*/pool present",
    "/tmp/gather44q/pool, /tmp/gather44s/pool and /tmp/gather44v/pool included, and every other /tmp/gather44*/pool "
    "and /tmp/gather45*/pool present")
assert "gather44v" in CHECK and "gather45" in CHECK
# the Office of Public Affairs' own usdoj.gov page (no earlier origin string names the old domain's OPA pages)
OPU = "US Justice Department press release (usdoj.gov, Office of Public Affairs) from the search tool page store"
R = []

# ---- Alcoa / Alumax, Federal Register notice, 1 July 1998 ------------------------------------------------------------
U1 = "http://federal.elaws.us/fr/7/1/1998/98-17504"
T1 = "Proposed Final Judgment and Competitive Impact Statement; United States v. Aluminum Company of America, et al."
R.append(federal(
 "us-doj-federal-register-alcoa-alumax-proposed-final-judgment-1998", U1, "1998-07-01", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. section 16(b)-(h), that a "
 "proposed Final Judgment, Hold Separate Stipulation and Order, Stipulation and Order, and Competitive Impact "
 "Statement have been filed with the United States District Court for the District of Columbia in United States v. "
 "Aluminum of America, et. al., Civil No. 1:98CV01497. The proposed Final Judgment is subject to approval by the "
 "Court after the expiration of the statutory 60-day public comment period and compliance with the Antitrust "
 "Procedures and Penalties Act, 15 U.S.C. section 16(b)-(h).\n\n"
 "On June 15, 1998, the United States filed a Complaint seeking to enjoin a transaction in which Aluminum Company of "
 "America (``Alcoa'') would acquire Alumax, Inc. (``Alumax''). Alcoa and Alumax are the two largest of three "
 "producers of aluminum cast plate (``cast plate'') in the world. Cast plate is used for applications that require "
 "precise dimensions and flatness, such as jigs, fixtures, and numerous tooling, mold, machinery, and equipment "
 "applications. Alcoa's proposed acquisition of Alumax would have combined under single ownership almost 90% of the "
 "cast plate manufacturing business in the world. The Complaint alleged that the proposed acquisition would "
 "substantially lessen competition in the manufacture and sale of cast plate worldwide in violation of Section 7 of "
 "the Clayton Act, 15 U.S.C. section 18.",
 "manufacturing/aluminium", "deal,regulatory",
 att(T1, "63 FR 35946, FR Doc. 98-17504", "1998-07-01", "federal.elaws.us reproduces the GPO text", U1),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Wednesday, 1 July 1998 (63 FR 35946-35954, FR Doc. "
 "98-17504; kept as `published`; issue, pages and weekday from the GPO header lines), as federal.elaws.us reproduces "
 "the GPO text (batches 41c, 43q and 43s used federal.elaws.us the same way). The page came back twice (indented with "
 "the host's heading line; bare GPO lines, the longer, taken): the same words. Left out: the host's heading line, the "
 "GPO header lines ('[Federal Register Volume 63, Number 126 (Wednesday, July 1, 1998)]', '[Notices]', '[Pages "
 "35946-35954]', 'From the Federal Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: "
 "98-17504]'), the rule, 'DEPARTMENT OF JUSTICE', 'Antitrust Division', the bracketed line '[Civil Action No. "
 "98-1497]' and the notice's heading (kept as `title`, its line wrap joined). The GPO text's line wraps joined with a "
 "space (no word broken at a wrap). Cut after the second paragraph ('... 15 U.S.C. section 18.'), before 'The "
 "proposal Final Judgment, filed at the same time as the Complaint, orders Alcoa to sell its cast plate division', "
 "where the excerpt stops (`truncated`: the ordered sale, the section chief's name and the Competitive Impact "
 "Statement are not in the kept text). Kept as written: 'United States v. Aluminum of America, et. al.' (the case "
 "name without 'Company', 'et. al.' with its stop), 'section' in lower case beside 'Section 7', '90%', the GPO "
 "text's doubled backquotes and apostrophes. 218 words. Other texts of the matter not taken: the Competitive Impact "
 "Statement on usdoj.gov in the UNT End of Term 2008 archive (atr/cases/f2300/2351.htm: 'the proposed acquisition by "
 "Aluminum Company of America (\"Alcoa\") of the aluminum cast plate (\"cast plate\") manufacturing business of "
 "Alumax Inc.', a court paper) and the later notice of the public comment and the response (scribd's copy, signed by "
 "Constance K. Robinson, Director of Operations). Alcoa's later matters in the corpus (Alcoa / Reynolds Metals, "
 "2000) and Alcoa / ACX Technologies / Golden Aluminum (64 FR 73066, 1999) are other events. Found with 'United "
 "States v. Alcoa Inc., ACX Technologies, Inc., and Golden Aluminum Company proposed final judgment' (rank 8) and "
 "'Proposed Final Judgment and Competitive Impact Statement; United States v. Aluminum Company of America, et al. "
 "Alumax cast plate' (ranks 1 and 7). "
 + CHECK + "'Alumax', 'cast plate', '98-17504', '98CV01497', '35946': 0 in the corpus files' texts, the scripts and "
 "the pools ('Alumax' only in GATHERING.md, batch 42z's list of Alcoa matters outside its range); 'Alcoa' in test "
 "us-doj-federal-register-alcoa-reynolds-metals-proposed-final-judgment-2000 and batch 42z's scripts (another deal, "
 "by its name); no dev or test file's text read.",
 True))

# ---- American Radio Systems / EZ Communications, Federal Register notice, 3 April 1997 --------------------------------
U2 = "http://federal.elaws.us/fr/4/3/1997/97-8459"
T2 = ("Proposed Final Judgment and Competitive Impact Statement; United States of America versus American Radio "
      "Systems Corporation and EZ Communications, Inc.")
R.append(federal(
 "us-doj-federal-register-american-radio-systems-ez-communications-proposed-final-judgment-1997", U2, "1997-04-03",
 T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. Sec. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States v. American Radio Systems and EZ Communications, "
 "Inc. Civ. Action No. 97 CV 405. The proposed Final Judgment is subject to approval by the Court after the "
 "expiration of the statutory 60-day public comment period and compliance with the Antitrust Procedures and "
 "Penalties Act, 15 U.S.C. Sec. 16(b)-(h).\n\n"
 "Plaintiff filed a civil antitrust Compliant on February 27, 1997, alleging that the proposed acquisition of EZ "
 "Communications (``EZ'') by American Radio Systems Corporation (``ARS'') would violate Section 7 of the Clayton "
 "Act, 15 U.S.C. Sec. 18. The Complaint alleges that ARS and EZ own and operate numerous radio stations throughout "
 "the United States, and that after the transaction ARS would own eight radio stations in the Sacramento, "
 "California area, including six of the 12 stations authorized and operating as Class B broadcast facilities in "
 "that area. This acquisition would give ARS half of the most competitively significant radio signals, and a "
 "significant share of the radio advertising market, including a large percentage of advertising directed to "
 "certain target audiences in Sacramento.",
 "media/radio", "deal,regulatory",
 att(T2, "62 FR 15920, FR Doc. 97-8459", "1997-04-03", "federal.elaws.us reproduces the GPO text", U2),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Thursday, 3 April 1997 (62 FR 15920-15929, FR Doc. "
 "97-8459; kept as `published`; issue, pages and weekday from the GPO header lines), as federal.elaws.us reproduces "
 "the GPO text (batches 41c, 43q and 43s used federal.elaws.us the same way). The page came back twice (indented with "
 "the host's heading line; bare GPO lines, the longer, taken): the same words. Left out: the host's heading line, the "
 "GPO header lines ('[Federal Register Volume 62, Number 64 (Thursday, April 3, 1997)]', '[Notices]', '[Pages "
 "15920-15929]', 'From the Federal Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: "
 "97-8459]'), the rule, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the notice's heading (kept as `title`, its "
 "line wraps joined). The GPO text's line wraps joined with a space (no word broken at a wrap). Cut after the second "
 "paragraph's third sentence ('... certain target audiences in Sacramento.'), before 'As a result, the combination of "
 "these companies would substantially lessen competition in the sale of radio advertising time in Sacramento, "
 "Calif', where the excerpt stops (`truncated`: the ordered divestitures, the section chief's name and the "
 "Competitive Impact Statement are not in the kept text). Kept as written: 'Compliant' for 'Complaint', 'United "
 "States v. American Radio Systems and EZ Communications, Inc. Civ. Action No. 97 CV 405' (the case name without "
 "'Corporation', no comma before 'Civ.'), 'EZ Communications' in the transaction without 'Inc.', 'Sec.', the GPO "
 "text's doubled backquotes and apostrophes. 213 words. A different deal from batch 43v's radio matters (Chancellor / "
 "SFX, Capstar / SFX). Not taken: the Competitive Impact Statement (justice.gov atr/cases/f2600/2643.htm, a court "
 "paper); the same day's notice on EZ Communications and Evergreen Media Corporation's swap of Charlotte stations (62 "
 "FR 15929, FR Doc. 97-8460, govinfo and federal.elaws.us: a swap of unnamed stations, another matter); the notices "
 "on American Radio Systems and The Lincoln Group's assets (61 FR 57701, 1996: assets) and on CBS Corporation's "
 "acquisition of American Radio Systems (63 FR 18036, FR Doc. 98-9374, 1998, govinfo and federal.elaws.us: a lead). "
 "Found with 'United States v. American Radio Systems Corporation and EZ Communications proposed final judgment "
 "competitive impact statement Federal Register' (ranks 1 and 3). "
 + CHECK + "'American Radio Systems', 'EZ Communications', 'Evergreen Media', '97-8459', '97 CV 405': 0 in the corpus "
 "files' texts, GATHERING.md, the scripts and the pools; 'Sacramento' in other matters' files (by their names); no dev "
 "or test file's text read.",
 True))

# ---- Signature Flight Support / International Aviation Palm Beach, Federal Register notice, 14 February 1997 ----------
U3 = "http://federal.elaws.us/fr/2/14/1997/97-3698"
T3 = "Proposed Final Judgment and Competitive Impact Statement; United States v. Signature Flight Support Corporation"
R.append(federal(
 "us-doj-federal-register-signature-flight-support-international-aviation-proposed-final-judgment-1997", U3,
 "1997-02-14", T3,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. Sec. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States v. Signature Flight Support Corporation, Civil No. "
 "97-0248. The proposed Final Judgment is subject to approval by the Court after the expiration of the statutory "
 "60-day public comment period and compliance with the Antitrust Procedures and Penalties Act, 15 U.S.C. Sec. "
 "16(b)-(h).\n\n"
 "On February 3, 1997, the United States filed a Complaint seeking to enjoin a transaction in which Signature "
 "Flight Support Corporation (``Signature'') agreed to acquire International Aviation Palm Beach, Inc. "
 "(``International Aviation''). Signature and International Aviation are two of three fixed base operators "
 "(``FBOs'') located at Palm Beach International Airport (``PBI'') in West Palm Beach, Florida. FBOs provide "
 "terminals, fueling, hangars and other services to general aviation customers, such as businesses and individuals "
 "with private planes. Signature's proposed acquisition of International Aviation would have created a duopoly at "
 "PBI.",
 "transport/aviation services", "deal,regulatory",
 att(T3, "62 FR 7041, FR Doc. 97-3698", "1997-02-14", "federal.elaws.us reproduces the GPO text", U3),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Friday, 14 February 1997 (62 FR 7041-7050, FR Doc. "
 "97-3698; kept as `published`; issue, pages and weekday from the GPO header lines), as federal.elaws.us reproduces "
 "the GPO text (batches 41c, 43q and 43s used federal.elaws.us the same way). The page came back twice (indented with "
 "the host's heading line; bare GPO lines, the longer, taken): the same words. Left out: the host's heading line, the "
 "GPO header lines ('[Federal Register Volume 62, Number 31 (Friday, February 14, 1997)]', '[Notices]', '[Pages "
 "7041-7050]', 'From the Federal Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: "
 "97-3698]'), the rule, 'DEPARTMENT OF JUSTICE', 'Antitrust Division', the notice's heading (kept as `title`, its "
 "line wrap joined) and the page marker '[[Page 7042]]' inside the second paragraph's second sentence. The GPO "
 "text's line wraps joined with a space, except 'Civil No. 97-' / '0248' joined as '97-0248' (the number's own "
 "hyphen at a wrap). Cut after the second paragraph's fourth sentence ('... would have created a duopoly at PBI.'), "
 "before 'The Complaint alleged that the proposed acquisition would substantially lessen competition in providing "
 "FBO services, ... in violation of Section 7 of the Clayton Act, 15 U.S.C. Sec. 18', where the excerpt stops "
 "before the sentence's end (`truncated`: that sentence, the ordered divestiture, the section chief's name and the "
 "Competitive Impact Statement are not in the kept text). Kept as written: 'Sec.', 'fixed base operators' without a "
 "hyphen, 'hangars and other services' without a comma, the GPO text's doubled backquotes and apostrophes. 174 "
 "words. Other texts of the matter not taken: the Competitive Impact Statement (fdocuments.us's copy of the printed "
 "paper, OCR-damaged: a court paper). Signature Flight Support Corporation's later matters (Ranger Aerospace and "
 "Aircraft Service International Group, 2001; AMR Combs, 1999; Hawker Beechcraft Services, 2008) are other events "
 "(court papers and a 2001 notice on vlex, not looked into further). Found with 'United States v. Signature Flight "
 "Support Corporation proposed final judgment International Aviation Palm Beach Federal Register' (ranks 4 and 6), "
 "after 'Antitrust Division notice proposed final judgment competitive impact statement 1997 proposed acquisition "
 "wholly-owned subsidiary' returned the court paper. "
 + CHECK + "'Signature Flight', 'International Aviation Palm Beach', 'Palm Beach International', '97-3698', "
 "'97-0248': 0 in the corpus files' texts, the scripts and the pools ('Signature Flight' only in GATHERING.md, batch "
 "43l's list of names checked and not taken); 'International Aviation' alone only in other matters' files (an Aer "
 "Lingus committee text, a Brazilian air crash story, batches 15b's and 25a's scripts, by their names); no dev or "
 "test file's text read.",
 True))

# ---- Interstate Bakeries civil contempt petition, Office of Public Affairs release, 13 April 1999 ---------------------
U4 = "http://www.usdoj.gov/opa/pr/1999/April/133at.htm"
U4L = "https://www.latimes.com/archives/la-xpm-1999-apr-14-fi-27192-story.html"
T4 = ("JUSTICE DEPARTMENT PETITIONS COURT TO FIND INTERSTATE BAKERIES CORPORATION IN CIVIL CONTEMPT FOR VIOLATION OF "
      "1996 CONSENT DECREE")
R.append(federal(
 "us-doj-interstate-bakeries-civil-contempt-webers-four-s-bimbo-bakeries-1999", U4, "1999-04-13", T4,
 "WASHINGTON, D.C. -- The Department of Justice today petitioned the United States District Court in Chicago, "
 "Illinois to find Interstate Bakeries Corporation (IBC) in civil contempt for violating a 1996 Judgment of the "
 "Court.\n\n"
 "Joel I. Klein, Assistant Attorney General in charge of the Antitrust Division, emphasized the importance of this "
 "action -- both in fixing this violation and in warning other defendants that are covered by antitrust consent "
 "decrees. \"The Department expects all parties bound by court-ordered judgments to obey those judgments,\" said "
 "Klein. \"We will not hesitate to go to court to make sure that the public is protected and our decrees are "
 "enforced.\"\n\n"
 "The Department's Antitrust Division filed a civil antitrust lawsuit on July 20, 1995 to block the merger of IBC "
 "and Continental Baking Company. At the time, IBC and Continental Baking Company were two of the three largest "
 "producers of white pan bread. Pursuant to the Final Judgment entered on January 9, 1996, IBC licensed its Webers "
 "label to Four-S Baking Company for production and sale of Webers brand bread in the Southern California area. On "
 "March 29, 1999, Four-S was purchased by Bimbo Bakeries USA Inc., which became the sole stockholder of Four-S.\n\n"
 "The Final Judgment required IBC to grant \"a perpetual, royalty-free, assignable, transferable, exclusive "
 "license\" to use the Webers label. Despite the clear language of the Court's order, IBC has demanded that Four-S "
 "return the formulas and production processes for the baking of Webers bread. In addition, IBC has threatened to "
 "sue Four-S and its new owner if they continue to use the assets that were ordered divested by the court.",
 "food/bakery", "legal,regulatory,deal",
 "U.S. Department of Justice, press release '" + T4 + "', 1999-04-13, US federal government work (public domain); "
 "text of the usdoj.gov page (Office of Public Affairs, 133at), from the search tool's page store at " + U4,
 OPU,
 "The Department's press release on usdoj.gov (opa/pr/1999/April/133at.htm: the Office of Public Affairs' page for "
 "an Antitrust Division ('AT') release), the Department's own page as the page store holds it (batches 41h and 41k "
 "took Office of Public Affairs releases on justice.gov the same way; this one is on the old usdoj.gov domain, so "
 "a new origin string names it). Left out: the letterhead lines ('Department of Justice Seal', 'FOR IMMEDIATE "
 "RELEASE', the date line 'TUESDAY, APRIL 13, 1999' (kept as `published`), 'WWW.USDOJ.GOV', 'AT', '(202) 514-2007', "
 "'TDD (202) 514-1888') and the headline (kept as `title`, its two printed lines 'JUSTICE DEPARTMENT ... VIOLATION "
 "OF 1996' and 'CONSENT DECREE' joined with a space, in capitals as printed). Cut after the fourth paragraph ('... "
 "ordered divested by the court.'), before 'The Department's papers state that IBC's actions are in civil contempt "
 "o', where the excerpt stops mid-word (`truncated`: the rest of the release is not in the kept text). Kept as "
 "written: the dateline 'WASHINGTON, D.C. --' and 'action -- both' with double hyphens, 'Chicago, Illinois to find' "
 "without a comma, 'Webers' without an apostrophe, 'the Court' beside 'the court', the straight quotation marks and "
 "apostrophes. 269 words. One text per event: the Division's notice on the 1995 suit (60 FR 40195, FR Doc. "
 "95-19308, 7 August 1995, govinfo and federal.elaws.us: 'a transaction by which Interstate agreed to acquire "
 "Continental') is the earlier event (a lead for a later round), the Competitive Impact Statement and Hold Separate "
 "Stipulation (usdoj.gov / justice.gov atr/cases f0300/0302.htm, 0303.htm) are court papers, and the Los Angeles "
 "Times' Bloomberg item on this petition (" + U4L + ") is copyrighted news, compared only (not used); the "
 "companies' SEC filings of 1995 (incjournal.com: Ralston Purina Company's sale of Continental Baking Company) are "
 "not the Department's text. Found with '95-19308 United States v. Interstate Bakeries Corp. and Continental Baking "
 "Co. white pan bread Chicago Milwaukee' (rank 5), after 'Interstate Bakeries acquisition Continental Baking Company "
 "Ralston Purina Justice Department divest bread brands 1995' returned the news items. "
 + CHECK + "'Interstate Bakeries', 'Continental Baking', 'Webers', \"Weber's\", 'Four-S Baking', 'white pan bread', "
 "'133at': 0 in the corpus files' texts, GATHERING.md, the scripts and the pools; 'Four-S' alone only where "
 "case-insensitive grep meets 'four-s...' in other words (other matters' files by their names: a London bombing "
 "story, a Turkish arrests story, an FCC 911 settlement, batches 13b's, 29e's and 36s's scripts); 'Bimbo' in train "
 "wp-johnston-press, dev wp-grupo-bimbo, test wp-galen-weston-jr, test wp-chiltern-railways-m40-trains and batches "
 "23b's, 30a's, 40v's and 40y's scripts (the Grupo Bimbo article by its name is about the parent group, not this 1999 "
 "purchase of Four-S, which the names checked do not show; the others other matters by their names); no dev or "
 "test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
