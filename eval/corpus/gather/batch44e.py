#!/usr/bin/env python3
"""Batch 44e (session 45, gatherer 44e): company deals told in US federal public-domain texts of the Justice
Department (17 U.S.C. 105), a second round of session 45 after batch 44a in the DOJ lane of batches 16e, 21c, 22b,
40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v and 44a,
first-party text only, before the year 2000 (batch 44f works on the Division's texts from 2000 on):
  - the Antitrust Division's notice on 'the proposed acquisition of American Radio Systems Corporation (``ARS'') by
    CBS Corporation (``CBS'')' in Boston, St. Louis and Baltimore radio (Federal Register, 63 FR 18036, FR Doc.
    98-9374, 13 April 1998, the GPO text on govinfo.gov);
  - the Division's notice on 'a transaction by which Interstate agreed to acquire Continental', United States v.
    Interstate Bakeries Corp. and Continental Baking Co., white pan bread in five markets (Federal Register, 60 FR
    40195, FR Doc. 95-19308, 7 August 1995, the GPO text on govinfo.gov);
  - the Division's notice of the public comment and response on 'Signature Flight Support Corporation's
    (``Signature'') proposed acquisition of AMR Combs, Inc.' at three airports (Federal Register, 64 FR 36400, FR Doc.
    99-16943, 6 July 1999, as federal.elaws.us reproduces the GPO text);
  - the Department's release on the settlement letting Westinghouse Electric and Infinity Broadcasting form 'the
    nation's largest radio group' if they divest a station in Philadelphia and in Boston, Joel I. Klein, 'Acting
    Assistant Attorney General in charge of the Department's Antitrust Division', quoted (justice.gov, Office of
    Public Affairs, 12 November 1996).
Texts are the search tool's page-store excerpts (corpus `pages`). The notices' GPO header lines, rules, 'DEPARTMENT
OF JUSTICE', 'Antitrust Division' and headings (kept as `title`), and the release's letterhead, date and telephone
lines, headline (kept as `title`) and sub-headline are left out; line wraps joined with a space; each text is cut at
the last full sentence before its excerpt breaks off. No word added or changed. Written before any extractor ran on
the texts (newskg was not run on them).
usage: batch44e.py [POOL_DIR] [--dry]   (default /tmp/gather45e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, FRG, att
from batch41h import OPA
from batch44a import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather45e/pool"
# batch 44a's check note (the session-42 to -45 pools and scripts), with batch 44a's pool named too
CHECK = CHECK.replace("43s's and 43v's pools", "43s's, 43v's and 44a's pools").replace(
    "/tmp/gather44s/pool and /tmp/gather44v/pool included", "/tmp/gather44s/pool, /tmp/gather44v/pool and "
    "/tmp/gather45a/pool included")
assert "gather45a/pool included" in CHECK
R = []

# ---- CBS / American Radio Systems, Federal Register notice, 13 April 1998 --------------------------------------------
U1 = "https://www.govinfo.gov/content/pkg/FR-1998-04-13/html/98-9374.htm"
T1 = ("United States of America v. CBS Corporation and American Radio Systems Corporation; Proposed Final Judgment and "
      "Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-cbs-american-radio-systems-proposed-final-judgment-1998", U1, "1998-04-13", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. Sec. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States v. CBS Corporation and American Radio Systems "
 "Corporation, Case No. 1:98CV00819. The proposed Final Judgment is subject to approval by the Court after the "
 "expiration of the statutory 60-day pubic comment period and compliance with the Antitrust Procedures and Penalties "
 "Act. 15 U.S.C. Sec. 16(b)-(h).\n\n"
 "The United States filed a civil antitrust Complaint on March 31, 1998, alleging that the proposed acquisition of "
 "American Radio Systems Corporation (``ARS'') by CBS Corporation (``CBS'') would violate Section 7 of the Clayton "
 "Act, 15 U.S.C. Sec. 18. The Complaint alleges that CBS and ARS own and operate numerous radio stations throughout "
 "the United States, and that they each own and operate radio stations in the Boston, Massachusetts, St. Louis, "
 "Missouri and Baltimore, Maryland metropolitan areas. This acquisition would give CBS control over more than 40 "
 "percent of the radio advertising revenues in those metropolitan areas, and would give CBS the ability to raise "
 "prices and reduce services to many advertisers.",
 "media/radio", "deal,regulatory",
 att(T1, "63 FR 18036, FR Doc. 98-9374", "1998-04-13", "the GPO text on govinfo.gov", U1),
 FRG,
 "The Antitrust Division's notice in the Federal Register of Monday, 13 April 1998 (63 FR 18036-18048, FR Doc. "
 "98-9374; kept as `published`; issue, pages and weekday from the GPO header lines), the GPO text on govinfo.gov "
 "(batch 43v took the Capstar/SFX notice from govinfo.gov the same way). federal.elaws.us's copy of the same page "
 "(http://federal.elaws.us/fr/4/13/1998/98-9374, twice) came back too, the same words, a few more before it breaks "
 "off inside the same sentence: the GPO's own copy taken. Left out: the GPO header lines ('[Federal Register Volume "
 "63, Number 70 (Monday, April 13, 1998)]', '[Notices]', '[Pages 18036-18048]', 'From the Federal Register Online "
 "via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: 98-9374]'), the rules, 'DEPARTMENT OF "
 "JUSTICE', 'Antitrust Division' and the notice's heading (kept as `title`, its line wraps joined). The GPO text's "
 "line wraps joined with a space (no word broken at a wrap). Cut after the second paragraph's third sentence ('... "
 "reduce services to many advertisers.'), before 'As a result, the combination of these companies would "
 "substantially lessen competition in the sale of radio advertising time in the B', where the excerpt stops "
 "(`truncated`: the ordered divestitures, the section chief's name and the Competitive Impact Statement are not in "
 "the kept text). Kept as written: 'pubic' for 'public', 'Penalties Act. 15 U.S.C.' with a full stop, 'Sec.', "
 "'Boston, Massachusetts, St. Louis, Missouri and Baltimore, Maryland' without a serial comma, the GPO text's "
 "doubled backquotes and apostrophes. 200 words. Other texts of the matter not taken: the Competitive Impact "
 "Statement (docslib.org's OCR copy of the filed paper), the Final Judgment and the motion for its entry (scribd): "
 "court papers. American Radio Systems' other matter in the corpus (its buy of EZ Communications, 1997, batch 44a, "
 "now in train) is another event; batch 44a left this notice as a lead to keep to one ARS text a round. Found with "
 "'proposed acquisition of American Radio Systems Corporation by CBS Corporation proposed final judgment "
 "competitive impact statement' (rank 1). "
 + CHECK + "'98-9374' and '98CV00819' only in GATHERING.md and batch 44a's script and files (its lead list, in "
 "notes); 'American Radio Systems' only in batch 44a's ARS/EZ text (train, another deal), its scripts and pool and "
 "GATHERING.md; 'CBS Corporation' in train us-doj-federal-register-entercom-cbs-radio-proposed-final-judgment-2017, "
 "train wn-wb-upn-networks-become-cw-network-2006, dev us-fcc-viacom-cbs-transfer-of-control-order-2000, batch 44a's "
 "ARS/EZ file (in notes) and batches 43l's and 43n's scripts (other deals, by their names); no dev or test file's "
 "text read.",
 True))

# ---- Interstate Bakeries / Continental Baking, Federal Register notice, 7 August 1995 --------------------------------
U2 = "https://www.govinfo.gov/content/pkg/FR-1995-08-07/html/95-19308.htm"
T2 = ("United States v. Interstate Bakeries Corp. and Continental Baking Co.; Proposed Final Judgment and Competitive "
      "Impact Statement")
R.append(federal(
 "us-doj-federal-register-interstate-bakeries-continental-baking-proposed-final-judgment-1995", U2, "1995-08-07", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Consent Judgment, Stipulation, and Competitive Impact Statement have been filed with the United "
 "States District Court for the Northern District of Illinois, Eastern Division in a civil antitrust case, United "
 "States v. Interstate Bakeries Corp. and Continental Baking Co., Civ. No. 95 C 4194.\n\n"
 "On July 20, 1995, the United States filed a Complaint seeking to enjoin a transaction by which Interstate agreed "
 "to acquire Continental. Continental and Interstate are the country's first and third largest wholesale commercial "
 "bakers and producers of white pan bread (``plain old white bread''). The Complaint alleged that the proposed "
 "acquisition would substantially lessen competition in the sale of white pan bread in five markets (Chicago, "
 "Milwaukee, central Illinois (Springfield, Peoria, Champaign/Urbana), San Diego, and Los Angeles) in violation of "
 "section 7 of the Clayton Act, 15 U.S.C. 18.\n\n"
 "The proposed Final Judgment requires defendants to divest such brand names and possibly other assets as are "
 "necessary to create a new competitor in the sale of white pan bread in each of the five markets. If the required "
 "divestitures are not accomplished within nine months, the Court will appoint a trustee to complete the sales.",
 "food/bakery", "deal,regulatory",
 att(T2, "60 FR 40195, FR Doc. 95-19308", "1995-08-07", "the GPO text on govinfo.gov", U2),
 FRG,
 "The Antitrust Division's notice in the Federal Register of Monday, 7 August 1995 (60 FR 40195-40204, FR Doc. "
 "95-19308; kept as `published`; issue, pages and weekday from the GPO header lines), the GPO text on govinfo.gov. "
 "federal.elaws.us's copy (http://federal.elaws.us/fr/8/7/1995/95-19308, twice) came back too, the same words, a "
 "few more before it breaks off inside the same sentence: the GPO's own copy taken. Left out: the GPO header lines "
 "('[Federal Register Volume 60, Number 151 (Monday, August 7, 1995)]', '[Notices]', '[Pages 40195-40204]', 'From "
 "the Federal Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: 95-19308]'), the "
 "rules, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the notice's heading (kept as `title`, its line wrap "
 "joined). The GPO text's line wraps joined with a space (no word broken at a wrap). Cut after the third paragraph "
 "('... the Court will appoint a trustee to complete the sales.'), before 'The Hold Separate Stipulation and Order "
 "is intended to facilitate the divestitures by requiring de', where the excerpt stops (`truncated`: the rest of "
 "that sentence, the section chief's name and the Competitive Impact Statement are not in the kept text). Kept as "
 "written: 'Eastern Division in a civil antitrust case' without a comma, 'section 7' in lower case, the nested "
 "brackets of the five markets, 'Champaign/Urbana', the GPO text's doubled backquotes and apostrophes. 209 words. "
 "One text per event: this is the 1995 suit and settlement (batch 44a's lead); batch 44a's Office of Public Affairs "
 "release of 13 April 1999 (train us-doj-interstate-bakeries-civil-contempt-webers-four-s-bimbo-bakeries-1999) is "
 "the later contempt petition under the 1996 Judgment, another event, which names the 1995 suit 'to block the "
 "merger of IBC and Continental Baking Company' only as background. Other texts of this matter not taken: the "
 "Competitive Impact Statement and Hold Separate Stipulation (usdoj.gov in the UNT archive, justice.gov atr/cases "
 "f0300/0302.htm and 0303.htm) and the Final Judgment (scribd): court papers; a Buffalo News item of 21 July 1995: "
 "copyrighted news, not used. Found with 'United States v. Interstate Bakeries Corp. and Continental Baking Co. "
 "proposed final judgment Interstate agreed to acquire Continental' (ranks 1 to 3). "
 + CHECK + "'Interstate Bakeries', 'Continental Baking' and 'white pan bread' only in batch 44a's contempt release "
 "(train, the later event named above), its scripts and pool and GATHERING.md; '95-19308' and '95 C 4194' only "
 "there or nowhere (44a's notes, its lead list); 'Champaign' only in test wp-jerry-sanders and batch 37n's scripts "
 "(a university's name, other matters by their names), 'Peoria' only in GATHERING.md; no dev or test file's text "
 "read.",
 True))

# ---- Signature Flight Support / AMR Combs, Federal Register notice, 6 July 1999 ---------------------------------------
U3 = "http://federal.elaws.us/fr/7/6/1999/99-16943"
T3 = "U.S. v. Signature Flight Support Corporation, et al.; Public Comments and Plaintiff's Response"
R.append(federal(
 "us-doj-federal-register-signature-flight-support-amr-combs-public-comments-1999", U3, "1999-07-06", T3,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that the "
 "Public Comment and Plaintiff's Response have been filed with the United States District Court of the District of "
 "Columbia in United States v. Signature Flight Support Corporation, Civ. Action No. 9900537 (RCL).\n\n"
 "On March 1, 1999, the United States filed a civil antitrust Complaint alleging that Signature Flight Support "
 "Corporation's (``Signature'') proposed acquisition of AMR Combs, Inc., (``Combs'') would violate section 7 of the "
 "Clayton Act, 15 U.S.C. 18. The Complaint alleged that Signature and Combs are fixed based operators (FBOs) "
 "located at various airports throughout the United States. Signature's acquisition of Combs would have eliminated "
 "its only FBO competitor at Bradley International Airport and at Palm Springs Regional Airport. The acquisition "
 "would have also significantly reduced the likelihood of entry of a third, independent FBO competitor at Denver "
 "Centennial Airport. As a result, the proposed acquisition would substantially lessen competition for FBO services "
 "at those airports in violation of section 7 of the Clayton Act.\n\n"
 "Public comment was invited within the statutory 60-day comment period.",
 "transport/aviation services", "deal,regulatory",
 att(T3, "64 FR 36400, FR Doc. 99-16943", "1999-07-06", "federal.elaws.us reproduces the GPO text", U3),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 6 July 1999 (64 FR 36400-36403, FR Doc. "
 "99-16943; kept as `published`; issue, pages and weekday from the GPO header lines), as federal.elaws.us reproduces "
 "the GPO text (batches 41c, 43q, 43s and 44a used federal.elaws.us the same way); the page came back once, "
 "indented with the host's heading line. Left out: the host's heading line, the GPO header lines ('[Federal Register "
 "Volume 64, Number 128 (Tuesday, July 6, 1999)]', '[Notices]', '[Pages 36400-36403]', 'From the Federal Register "
 "Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: 99-16943]'), the rule, 'DEPARTMENT OF "
 "JUSTICE', 'Antitrust Division' and the notice's heading (kept as `title`, its line wrap joined). The GPO text's "
 "line wraps joined with a space (no word broken at a wrap). Cut after the third paragraph's first sentence ('Public "
 "comment was invited within the statutory 60-day comment period.'), before 'The one comment received, and the "
 "response thereto, is hereby', where the excerpt stops (`truncated`: the comment, the response and the signer are "
 "not in the kept text). Kept as written: 'the United States District Court of the District of Columbia' ('of', not "
 "'for'), 'Civ. Action No. 9900537 (RCL)', \"Corporation's (``Signature'') proposed\" and 'AMR Combs, Inc., "
 "(``Combs'')' with its comma, 'fixed based operators', 'section 7' in lower case, the GPO text's doubled backquotes "
 "and apostrophes. 183 words. One text per event: the proposed Final Judgment and Competitive Impact Statement "
 "notice of the same suit (March 1999) did not come back; Signature Flight Support Corporation's earlier matter "
 "(International Aviation Palm Beach, 1997: batch 44a, now in dev) is another event, which batch 44a named this 1999 "
 "matter beside in its notes. Found with 'usdoj.gov opa pr 1999 at.htm Justice Department requires divestiture "
 "acquisition wholly owned subsidiary Joel I. Klein' (rank 8) and 'FOR IMMEDIATE RELEASE 1999 AT (202) 514-2007 "
 "JUSTICE DEPARTMENT acquisition subsidiary divest WASHINGTON, D.C. -- The Department of Justice today' (rank 1). "
 + CHECK + "'AMR Combs', 'Bradley International', 'Palm Springs Regional', 'Centennial Airport', '99-16943', "
 "'9900537': 0 in the corpus files' texts, the scripts and the pools ('AMR Combs' only in batch 44a's script and its "
 "Signature/International Aviation file's notes, dev, and GATHERING.md); 'Signature Flight' in that 1997 file (dev, "
 "another deal by its name and batch 44a's notes) and batch 44a's script and pool; no dev or test file's text "
 "read.",
 True))

# ---- Westinghouse / Infinity, Office of Public Affairs release, 12 November 1996 -------------------------------------
U4 = "http://www.justice.gov/opa/pr/1996/Nov96/550at.htm"
U4F = "http://federal.elaws.us/fr/12/2/1996/96-30550"
T4 = ("JUSTICE DEPARTMENT REQUIRES WESTINGHOUSE AND INFINITY TO DIVEST RADIO STATIONS IN BOSTON AND PHILADELPHIA IN "
      "ORDER TO GO AHEAD WITH LARGEST RADIO INDUSTRY MERGER IN HISTORY")
R.append(federal(
 "us-doj-westinghouse-infinity-divest-radio-stations-boston-philadelphia-1996", U4, "1996-11-12", T4,
 "WASHINGTON, D.C. --  The Department of Justice today reached a settlement with Westinghouse Electric and Infinity "
 "Broadcasting allowing the two companies to form the nation's largest radio group, but only if the companies "
 "divest a radio station in both Philadelphia and Boston.  The new group will operate 77 stations in 13 major "
 "markets.\n\n"
 "The Department's Antitrust Division today filed a civil suit in U.S. District Court in Washington, D.C., to block "
 "the merger of Pittsburgh-based Westinghouse and New York-based Infinity.  At the same time, the Department filed a "
 "proposed settlement that, if approved by the court, would resolve the suit.\n\n"
 "\"We're here to preserve competition, not to prevent mergers,\" said Joel I. Klein, Acting Assistant Attorney "
 "General in charge of the Department's Antitrust Division.  \"If you do a deal that doesn't threaten competition, "
 "or you fix the parts of it that do, you won't have a problem with us.  That's the message the radio industry "
 "should take away from this case.\"\n\n"
 "The Department said that Westinghouse's acquisition of Infinity stations in Philadelphia and Boston, giving "
 "Westinghouse over 40 percent of the radio advertising revenues in each city, would eliminate competition between "
 "them for radio advertisers trying to reach particular demographic groups.",
 "media/radio", "deal,regulatory",
 "U.S. Department of Justice, press release '" + T4 + "', 1996-11-12, US federal government work (public domain); "
 "text of the justice.gov page (Office of Public Affairs, 550at), from the search tool's page store at " + U4,
 OPA,
 "The Department's press release on justice.gov (opa/pr/1996/Nov96/550at.htm: the Office of Public Affairs' page for "
 "an Antitrust Division ('AT') release), the Department's own page as the page store holds it (batches 41h and 41k "
 "took Office of Public Affairs releases on justice.gov the same way, origin string `OPA`). Left out: the letterhead "
 "lines ('FOR IMMEDIATE RELEASE', 'AT', the date line 'TUESDAY, NOVEMBER 12, 1996' (kept as `published`), '(202) "
 "616-2771', 'TDD (202) 514-1888'), the headline (kept as `title`, its three printed lines joined with a space, in "
 "capitals as printed) and the sub-headline 'Action Marks Third Challenge of a Radio Merger Since Passage of 1996 "
 "Telecommunications Act' (two lines; a heading, not body text). The release's line wraps joined with a space (no "
 "word broken at a wrap). Cut after the fourth paragraph ('... trying to reach particular demographic groups.'), "
 "before 'After the merger, the alternatives available to advertisers trying to target these demographic groups "
 "would be inferior, reducing the ', where the excerpt stops (`truncated`: the rest of the release is not in the "
 "kept text). Kept as written: the dateline 'WASHINGTON, D.C. --' with the double hyphen and two spaces after it, the "
 "two spaces after full stops where the page has them, 'Westinghouse Electric' and 'Infinity Broadcasting' without "
 "'Corporation', 'U.S. District Court', 'the court' in lower case, the straight quotation marks and apostrophes. 201 "
 "words. One text per event: the Division's Federal Register notice on the same suit (61 FR 63861, FR Doc. 96-30550, "
 "2 December 1996, " + U4F + ": 'the proposed acquisition of the Infinity Broadcasting Corporation (``Infinity'') "
 "by the Westinghouse Electric Corporation (``Westinghouse'')', batch 44a's lead) is the same event, not taken (the "
 "release names the official; the notice names no person in its excerpt); news on the deal (a Roanoke Times AP item "
 "of 21 June 1996, a TELE-satellit item) and the companies' SEC filings (incjournal.com, sec.gov) not used. Found "
 "with 'proposed acquisition of the Infinity Broadcasting Corporation by the Westinghouse Electric Corporation "
 "proposed final judgment' (rank 4) and 'JUSTICE DEPARTMENT REQUIRES WESTINGHOUSE AND INFINITY TO DIVEST RADIO "
 "STATIONS IN BOSTON AND PHILADELPHIA' (rank 1). "
 + CHECK + "'Infinity Broadcasting', '96-30550', '550at', 'Mel Karmazin': 0 in the corpus files' texts, the scripts "
 "and the pools ('Infinity Broadcasting' and '96-30550' only in GATHERING.md, batch 44a's lead list; 'Karmazin' only "
 "in train wn-xm-sirius-announce-merger-deal-2007, another matter, and not in this text); 'Westinghouse Electric' "
 "only in dev wp-stephen-elop (a biography, by its name another matter); 'Westinghouse' alone in other matters' "
 "files (Toshiba's nuclear unit, Wabtec, the 2000 Viacom/CBS FCC order: by their names) and batches 20a2's, 32a's, "
 "40zi's and 43n's scripts; 'Infinity' alone in train wp-treyarch and wp-sify-technologies (other matters by their "
 "names); no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
