#!/usr/bin/env python3
"""Batch 44t (session 45, gatherer 44t): three company matters told in US federal public-domain texts of the Justice
Department (17 U.S.C. 105), a sixth round of session 45 after batches 44a, 44e, 44i, 44m and 44q in the DOJ lane of
batches 16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o, 43q,
43s, 43v, 44a, 44c, 44e, 44f, 44i, 44j, 44m, 44n and 44q, taking up batch 44q's lead (Allied Waste / Browning-Ferris
Industries, a matter GATHERING.md names only in not-used lists, taken with the lead's leave as a whole-company buy),
first-party text only, before the year 2000:
  - the Antitrust Division's notice on United States v. Allied Waste Industries, Inc. and Browning-Ferris Industries,
    Inc., "Allied's proposed acquisition of Browning-Ferris Industries, Inc. (``BFI'')" in 18 waste markets (Federal
    Register, 64 FR 42962, FR Doc. 99-20163, 6 August 1999, the GPO text on gpo.gov/fdsys);
  - the Division's notice on United States v. AT&T Corp. and Tele-Communications, Inc., 'the proposed acquisition by
    AT&T Corporation of Tele-Communications, Inc.', TCI's 23.5 percent interest in Sprint Corporation's mobile
    wireless business to be sold (Federal Register, 64 FR 2506, FR Doc. 99-824, 14 January 1999, as federal.elaws.us
    reproduces the GPO text, checked against govinfo.gov's);
  - the Division's notice on United States v. Lehman Brothers Holdings Inc. and L-3 Communications Holdings, Inc.,
    'L-3 Communications Holdings, Inc. and its parent Lehman Brothers Holdings Inc.', 'L-3 Communications Corp. ...,
    a wholly owned subsidiary of L-3 Communications Holdings, Inc.', AlliedSignal Inc.'s sonar business and Lockheed
    Martin's 34.0 percent stake (Federal Register, 63 FR 17454, FR Doc. 98-9372, 9 April 1998, as federal.elaws.us
    reproduces the GPO text).
Texts are the search tool's page-store excerpts (corpus `pages`). The host heading line, the GPO header lines, rules,
'DEPARTMENT OF JUSTICE', 'Antitrust Division', the case number line and the headings (kept as `title`) are left out;
line wraps joined with a space (a wrap after a printed hyphen joined without one); each text is cut at the last full
sentence before its excerpt breaks off. No word added or changed. Written before any extractor ran on the texts
(newskg was not run on them).
usage: batch44t.py [POOL_DIR] [--dry]   (default /tmp/gather45t/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, att
from batch44q import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather45t/pool"
# batch 44q's check note (44n's before it: the session-42 to -45 pools and scripts), with batch 44q's pool and the
# scripts batch44q.py to batch44s.py named too
CHECK = CHECK.replace("/tmp/gather45m/pool and /tmp/gather45n/pool and the pools",
                      "/tmp/gather45m/pool, /tmp/gather45n/pool and /tmp/gather45q/pool and the pools").replace(
    "with the scripts batch44i.py to batch44p.py", "with the scripts batch44i.py to batch44s.py")
assert "gather45q/pool and the pools" in CHECK and "batch44s.py" in CHECK
# the GPO's own copy on its former FDsys address (no earlier batch took a text from it as its source; 42k and 43l
# named gpo.gov/fdsys pages only as second copies)
FRP = "US Justice Department Antitrust Division Federal Register notice, GPO text on gpo.gov/fdsys (page store)"
R = []

# ---- Allied Waste / Browning-Ferris Industries, Federal Register notice, 6 August 1999 ------------------------------
U1 = "https://www.gpo.gov/fdsys/pkg/FR-1999-08-06/html/99-20163.htm"
U1C = "https://webarchive.library.unt.edu/eot2008/20081003214443/http:/www.usdoj.gov/atr/cases/f2500/2589.htm"
T1 = ("United States v. Allied Waste Industries, Inc. and Browning Ferris Industries, Inc., Civ. No. 99 CV 01962; "
      "Proposed Final Judgment and Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-allied-waste-browning-ferris-proposed-final-judgment-1999", U1, "1999-08-06", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Hold Separate Stipulation and Order, and Competitive Impact Statement have been filed "
 "with the United States District Court for the District of Columbia, Washington, DC, in United States v. Allied "
 "Waste Industries, Inc. and Browning-Ferris Industries, Inc., Civ. No. 99 CV 01962.\n\n"
 "On July 20, 1999, the United States filed a Complaint, which alleged that Allied's proposed acquisition of "
 "Browning-Ferris Industries, Inc. (``BFI'') would violate section 7 of the Clayton Act, 15 U.S.C. 18, by "
 "substantially lessening competition in waste collection and/or disposal in 18 markets around the country, "
 "including Akron/Canton, OH; Atlanta, GA; Boston, MA; Charlotte, NC; Chicago, IL; Dallas, TX; Davenport, IA; "
 "Denver, CO; Detroit, MI; Evansville, IN; Joplin/Lamar, MO; Kalamazoo/Battle Creek, MI; Moline, IL; Oakland, CA; "
 "Oklahoma City, OK; Rock Falls/Dixon, IL; Rockford, IL; and Springfield, MO. The proposed Final Judgment, filed on "
 "July 20, 1999, requires Allied and BFI to divest commercial waste collection and/or municipal solid waste "
 "disposal operations in each of the geographic areas alleged in the Complaint.\n\n"
 "Public comment is invited within the statutory 60-day comment period.",
 "environment/waste services", "deal,regulatory",
 att(T1, "64 FR 42962, FR Doc. 99-20163", "1999-08-06", "the GPO publishes it on gpo.gov/fdsys", U1),
 FRP,
 "The Antitrust Division's notice in the Federal Register of Friday, 6 August 1999 (64 FR 42962-42977, FR Doc. "
 "99-20163; kept as `published`; issue, pages and weekday from the GPO header lines), the GPO text on its former "
 "FDsys address (the page came back under gpo.gov/fdsys only; batches 44e and 44q used the same GPO text on "
 "govinfo.gov). Taken with the lead's leave: GATHERING.md names the matter only in not-used lists (batch 42z's "
 "'Allied/BFI (1999)' among notices outside its range, batch 44a's 'Allied Waste / BFI (1999, assets)'), and batch "
 "44q found that the notice tells a buy of Browning-Ferris Industries itself, not of assets, and left it as its "
 "lead. Left out: the GPO header lines ('[Federal Register Volume 64, Number 151 (Friday, August 6, 1999)]', "
 "'[Notices]', '[Pages 42962-42977]', 'From the Federal Register Online via the Government Publishing Office "
 "[www.gpo.gov]', '[FR Doc No: 99-20163]'), the rules, 'DEPARTMENT OF JUSTICE', 'Antitrust Division', the line "
 "'[Case No. 1: 99CVO1962]' and the notice's heading (kept as `title`, its line wraps joined; the heading prints "
 "'Browning Ferris' without the hyphen, kept so). The GPO text's line wraps joined with a space (no word broken at a "
 "wrap; 'Browning-Ferris' in the body has its hyphen inside a line); the paragraph breaks where the GPO text indents. "
 "Cut after the third paragraph's first sentence ('Public comment is invited within the statutory 60-day comment "
 "period.'), before the sentence that breaks off at 'will be published in the Federa' (`truncated`: the comment "
 "address, the section chief's name, the Competitive Impact Statement and the Final Judgment are not in the kept "
 "text). Kept as printed: the GPO's doubled backticks and apostrophes in \"(``BFI'')\", 'section 7' in lower case, "
 "'and/or', the 'Town/Town, ST' market names, the straight apostrophe in \"Allied's\". 194 words. One text per event: "
 "the Division's Competitive Impact Statement (" + U1C + "), Complaint and Modified Final Judgment (the UNT "
 "Libraries' End of Term 2008 archive, justice.gov: court papers) not taken; the 1997 notice on Allied's purchase of "
 "the Crow Landfill from USA Waste (govinfo 97-21855: an asset purchase) and the 2000 Allied / Superior Services "
 "swaps (govinfo 00-18157, casetext: asset purchases) are other matters. Found with 'United States v. Allied Waste "
 "Industries Browning-Ferris Industries proposed final judgment competitive impact statement 1999' (rank 1), batch "
 "44q's lead. "
 + CHECK + "'Browning-Ferris', 'Browning Ferris', '01962', 'Joplin', 'Kalamazoo', 'Rock Falls': 0 in the corpus "
 "files' texts, the scripts and the pools ('Browning-Ferris' and '99-20163' only in GATHERING.md, in batch 44q's "
 "not-used list and lead); 'BFI' only in train wp-forcepoint-websense and train wp-working-title-films and batches "
 "40o's and 40ze's scripts (other matters, by their names); 'Allied Waste' only in dev us-doj-republic-services-"
 "allied-waste-divestitures-2008 and batch 43c's scripts (Republic's buy of Allied Waste, 2008, another matter); no dev or test "
 "file's text read.",
 True))

# ---- AT&T / Tele-Communications, Federal Register notice, 14 January 1999 ------------------------------------------
U2 = "http://federal.elaws.us/fr/1/14/1999/99-824"
U2G = "https://www.govinfo.gov/content/pkg/FR-1999-01-14/html/99-824.htm"
U2C = "http://www.justice.gov/atr/cases/f2100/2155.htm"
T2 = "United States v. AT&T Corp. and Tele-Communications, Inc.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-att-tele-communications-proposed-final-judgment-1999", U2, "1999-01-14", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16 (b) through (h), that "
 "a proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States v. AT&T Corporation and Tele-Communications, Inc., "
 "Civil No. 1:98CV03170.\n\n"
 "On December 30, 1998, the United States filed a Complaint alleging that the proposed acquisition by AT&T "
 "Corporation of Tele-Communications, Inc. would violate section 7 of the Clayton Act, 15 U.S.C. 18. The Complaint "
 "alleges that AT&T is the largest provider of mobile wireless telephone services in the United States, and that "
 "Tele-Communications, Inc. owns a 23.5 percent equity interest in the mobile wireless telephone business of Sprint "
 "Corporation. The Complaint further alleges that if consummated, the acquisition may substantially lessen "
 "competition in the provision of mobile wireless telephone services in many geographic areas throughout the "
 "United States. The proposed Final Judgment, filed at the same time as the Complaint, requires AT&T Corporation to "
 "divest its interest in the mobile wireless telephone business of Sprint Corporation.\n\n"
 "Public comment is invited within the statutory 60-day comment period. Such comments, and responses thereto, will "
 "be published in the Federal Register and filed with the Court.",
 "telecoms/mobile and cable", "deal,regulatory",
 att(T2, "64 FR 2506, FR Doc. 99-824", "1999-01-14", "federal.elaws.us reproduces the GPO text", U2),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Thursday, 14 January 1999 (64 FR 2506-2514, FR Doc. "
 "99-824; kept as `published`; issue, pages and weekday from the GPO header lines), as federal.elaws.us reproduces "
 "the GPO text (batches 41c, 43q, 43s, 44a, 44e, 44i, 44m and 44q used federal.elaws.us the same way); the page "
 "came back twice, indented with the host's heading line and plain, the same words (the plain copy longer). "
 "govinfo.gov's GPO text of the same page (" + U2G + ") gives the same words, line for line, and breaks off at "
 "'1401 H S'. Left out: the host's heading line, the GPO header lines ('[Federal Register Volume 64, Number 9 "
 "(Thursday, January 14, 1999)]', '[Notices]', '[Pages 2506-2514]', 'From the Federal Register Online via the "
 "Government Publishing Office [www.gpo.gov]', '[FR Doc No: 99-824]'), the rule, 'DEPARTMENT OF JUSTICE', "
 "'Antitrust Division' and the notice's heading (kept as `title`, its line wrap joined). The GPO text's line wraps "
 "joined with a space, the two wraps after a printed hyphen ('Tele-' + 'Communications') joined without one; the "
 "paragraph breaks where the indented copy indents. Cut after the third paragraph's second sentence ('... filed with "
 "the Court.'), before 'Comments should be directed to Donald J. Russell, Chief, Telecommunications Task Force, "
 "Antitrust Division, Department of Justice, 1401 H St., NW, Suite 8000, Washington, DC 2053', where the excerpt "
 "breaks off inside the address (`truncated`: the section chief's sentence, the Competitive Impact Statement and the "
 "Final Judgment are not in the kept text; the chief's post is lost with it). Kept as printed: '15 U.S.C. 16 (b) "
 "through (h)' with its space, 'section 7' in lower case, 'Civil No. 1:98CV03170.', '23.5 percent'. 207 words. One "
 "text per event: the Division's Competitive Impact Statement (" + U2C + "), the comment and response and the motion "
 "for entry of the Final Judgment (justice.gov: court papers) not taken. Found with 'United States v. AT&T Corp. and "
 "Tele-Communications, Inc. proposed final judgment competitive impact statement Sprint PCS interest' (govinfo rank "
 "1, federal.elaws.us ranks 2 and 6). "
 + CHECK + "'Tele-Communications', '99-824', '98CV03170', 'Telecommunications Task Force': 0 in the corpus files' "
 "texts, GATHERING.md, the scripts and the pools; 'AT&T' in 25 corpus files, all on other "
 "matters by their names (among them AT&T Inc.'s buys of Dobson, 2007, and Centennial, 2009), 'Sprint Corporation' "
 "in six Wikipedia and FCC files on other matters; no dev or test "
 "file's text read.",
 True))

# ---- Lehman Brothers / L-3 Communications, Federal Register notice, 9 April 1998 ----------------------------------
U3 = "http://federal.elaws.us/fr/4/9/1998/98-9372"
U3C = "http://www.justice.gov/atr/cases/f2200/2237.htm"
U3R = "https://www.scribd.com/document/306969/US-Department-of-Justice-Official-Release-01307-143-htm"
T3 = ("United States v. Lehman Brothers Holdings Inc. and L-3 Communications Holdings, Inc.; Proposed Final Judgment "
      "and Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-lehman-brothers-l-3-communications-alliedsignal-sonar-proposed-final-judgment-1998", U3,
 "1998-04-09", T3,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. sections 16(b)-(h), that "
 "a Complaint, proposed Final Judgment, Stipulation and Order, and Competitive Impact Statement have been filed with "
 "the United States District Court for the District of Columbia, in United States v. Lehman Brothers Holdings Inc. "
 "and L-3 Communications Holdings, Inc., Civil Action No. 1:98CV00796.\n\n"
 "On March 27, 1998, the United States filed a Complaint seeking an injunction enjoining L-3 Communications "
 "Holdings, Inc. and its parent Lehman Brothers Holdings Inc. from acquiring AlliedSignal Inc.'s Ocean Systems and "
 "ELAC Nautik GmbH sonar business, or from entering into or carrying out any agreement, understanding or plan, the "
 "effect of which would be to combine the sonar business of AlliedSignal Inc. (``AlliedSignal'') and L-3 "
 "Communications Corp. (``L-3 Communications''), a wholly owned subsidiary of L-3 Communications Holdings, Inc. The "
 "Complaint alleges that because Lockheed Martin Corporation (``Lockheed Martin'') owns 34.0 percent of the common "
 "stock of L-3 Communications and controls three seats on the L-3 Communications Board of Directors, the "
 "acquisition by L-3 Communications of the sonar business of AlliedSignal would lessen competition substantially in "
 "the production and sale of towed sonar arrays to the U.S. Department of Defense (``DoD'') in violation of Section "
 "7 of the Clayton Act, 15 U.S.C. Section 18.",
 "aerospace/defence", "deal,regulatory,ownership",
 att(T3, "63 FR 17454, FR Doc. 98-9372", "1998-04-09", "federal.elaws.us reproduces the GPO text", U3),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Thursday, 9 April 1998 (63 FR 17454-17460, FR Doc. "
 "98-9372; kept as `published`; issue, pages and weekday from the GPO header lines), as federal.elaws.us reproduces "
 "the GPO text (batches 41c, 43q, 43s, 44a, 44e, 44i, 44m and 44q used federal.elaws.us the same way); the page came "
 "back twice, indented with the host's heading line and plain, the same words (the plain copy longer; the indented "
 "copy shows the paragraph break). Left out: the host's heading line, the GPO header lines ('[Federal Register "
 "Volume 63, Number 68 (Thursday, April 9, 1998)]', '[Notices]', '[Pages 17454-17460]', 'From the Federal Register "
 "Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: 98-9372]'), the rule, 'DEPARTMENT OF "
 "JUSTICE', 'Antitrust Division' and the notice's heading (kept as `title`, its line wraps joined). The GPO text's "
 "line wraps joined with a space (no wrap after a printed hyphen: 'L-3' never breaks). Cut after the second "
 "paragraph ('... 15 U.S.C. Section 18.'), before 'Under the proposed Final Judgment, filed the same day as the "
 "Complaint, L-3 Communications has ', where the excerpt breaks off (`truncated`: the decree's terms, the comment "
 "paragraph and the section chief's name are not in the kept text). Kept as printed: the GPO's doubled backticks "
 "and apostrophes in \"(``AlliedSignal'')\", \"(``L-3 Communications'')\", \"(``Lockheed Martin'')\" and "
 "\"(``DoD'')\", '15 U.S.C. sections 16(b)-(h)', 'Section 18', '34.0 percent'. 214 words. One text per event: the "
 "Division's Competitive Impact Statement (" + U3C + ") and Final Judgment (justice.gov: court papers) not taken; "
 "the Department's release clearing 'L-3 Communications Corporation's proposed $75 million acquisition of "
 "AlliedSignal's Ocean Systems Business and AlliedSignal ELAC Nautik GmbH', Joel I. Klein quoted, came back only as "
 "a scribd upload (" + U3R + "), not the Department's own page; the notice names the parent and subsidiary ties in "
 "full, so it is the text taken. Found with 'United States v. Lockheed Martin Corporation and Loral Corporation "
 "proposed final judgment competitive impact statement 1996' (ranks 5 and 7: the Lockheed / Loral matter itself was "
 "the FTC's) and 'L-3 Communications AlliedSignal Ocean Systems ELAC Nautik sonar Lehman Brothers proposed final "
 "judgment 1998'. "
 + CHECK + "'L-3 Communications', 'ELAC Nautik', 'Ocean Systems', '98-9372', '98CV00796', 'towed sonar': 0 in the "
 "corpus files' texts, GATHERING.md, the scripts and the pools; 'AlliedSignal' only in GATHERING.md (batch 44q's "
 "not-used AlliedSignal / Honeywell notice, another matter); 'Lehman Brothers' only in files on other matters (the "
 "2003-2009 Wikinews and VOA stories of batches 12, 13, 38r and 41l, by their names); no dev or test file's text "
 "read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
