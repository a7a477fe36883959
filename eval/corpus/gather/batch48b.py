#!/usr/bin/env python3
"""Batch 48b (session 49, gatherer 48b): three deals the Justice Department's Antitrust Division let go ahead on terms
settled with its suit -- Stericycle, Inc.'s proposed acquisition of Healthcare Waste Solutions (its Bronx, New York
transfer station to be divested, 2011), The McClatchy Company's merger with Knight Ridder Inc. (the St. Paul Pioneer
Press to be divested, 2006) and United Technologies Corporation's proposed acquisition of Goodrich Corporation
(Goodrich's small engine control products business to be divested, 2012) -- told in US federal public-domain texts
of the Department (17 U.S.C. 105), a round of session 49 after batches 47b, 47f, 47i, 47l, 47n, 47r, 47t, 47w and
47z in the DOJ lane (46b, 46e, 46i, 46k before them), first-party text only:
  - the Division's notice 'United States and State of New York v. Stericycle, Inc., et al.; Proposed Final Judgment
    and Competitive Impact Statement' (76 FR 21006, FR Doc. 2011-9106, 14 April 2011, the GPO text on
    edocket.access.gpo.gov);
  - the Justice Department's release 'Justice Department Requires Divestiture in the Acquisition of Knight Ridder Inc.
    by the McClatchy Company' (justice.gov, Office of Public Affairs archive, 27 June 2006);
  - the Division's notice 'United States v. United Technologies Corporation and Goodrich Corporation; Proposed Final
    Judgment and Competitive Impact Statement' (77 FR 46185, FR Doc. 2012-18767, 2 August 2012, as
    regulations.vlex.com reproduces the GPO text).
Texts are the search tool's page-store excerpts (corpus `pages`). The GPO text's header lines, rule, 'DEPARTMENT OF
JUSTICE' and 'Antitrust Division' are left out, its heading (two printed lines joined with a space) kept as `title`,
its line wraps joined with a space (a telephone number's own hyphen at a wrap joined with none, as 44a) and its
paragraphs (indented in the GPO text) set off by a blank line. The release's letterhead lines and sub-heading are left
out, its heading (two lines joined with a space) kept as `title`. vlex's host heading, its GPO header lines, the
part-page lines, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the repeated heading (kept as `title`) are left
out. Each text is cut at the last full sentence before the excerpt breaks off. No word or character added or changed.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch48b.py [POOL_DIR] [--dry]   (default /tmp/gather49b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRV, att
from batch41h import OPA
from batch43j import FRD

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather49b/pool"
# a check note of this batch's own (as 47b's to 47z's), naming the pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev and "
         "test of /work/main on branch main: names of matching files only, no dev or test file's text read), "
         "GATHERING.md (its 'not used' lists included), every gather script (batch47z.py the latest of this lane), "
         "the notes under /work/notes and every /tmp/gather48*/pool and /tmp/gather49*/pool present (at the last "
         "check 48a to 48z, 48za and 49a; none naming this matter): ")
R = []

# ---- Stericycle / Healthcare Waste Solutions, Federal Register notice, 14 April 2011 ---------------------------------
U1 = "http://edocket.access.gpo.gov/2011/2011-9106.htm"
U1E = "http://federal.elaws.us/fr/4/14/2011/2011-9106"
U1J = "https://regulations.justia.com/regulations/fedreg/2011/04/14/2011-9106.html"
T1 = ("United States and State of New York v. Stericycle, Inc., et al.; Proposed Final Judgment and Competitive "
      "Impact Statement")
R.append(federal(
 "us-doj-federal-register-stericycle-healthcare-waste-solutions-proposed-final-judgment-2011", U1, "2011-04-14", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment and Competitive Impact Statement have been filed with the United States District Court "
 "for the District of Columbia in United States of America and State of New York v. Stericycle, Inc., et al., Civil "
 "Action No. 1:11-cv-00689. On April 8, 2011, the United States and the attorney general for the State of New York "
 "filed a Complaint alleging that the proposed acquisition by Stericycle, Inc. of Healthcare Waste Solutions "
 "(``HWS'') would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed the same "
 "time as the Complaint, requires Stericycle and HWS to divest HWS's Bronx, New York transfer station, which is used "
 "in the provision of infectious waste treatment services for customers in the New York City metropolitan area.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection "
 "at the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street, NW., Suite 1010, "
 "Washington, DC 20530 (telephone: 202-514-2481), on the Department of Justice's Web site at "
 "http://www.usdoj.gov/atr, and at the Office of the Clerk of the United States District Court for the District of "
 "Columbia. Copies of these materials may be obtained from the Antitrust Division upon request and payment of a "
 "copying fee set by Department of Justice regulations.",
 "environment/medical waste services", "deal,regulatory",
 att(T1, "76 FR 21006, FR Doc. 2011-9106", "2011-04-14",
     "the Government Publishing Office's Federal Register Online (edocket.access.gpo.gov) gives it", U1),
 FRD,
 "The Antitrust Division's notice in the Federal Register of Thursday, 14 April 2011 (Volume 76, Number 72, pages "
 "21006-21017, FR Doc No: 2011-9106; kept as `published`; issue, pages and weekday from the GPO header lines), the "
 "GPO text as edocket.access.gpo.gov gives it (origin string `FRD`, as batches 43j and 43l). Left out: the GPO "
 "header lines ('[Federal Register Volume 76, Number 72 (Thursday, April 14, 2011)]', '[Notices]', '[Pages "
 "21006-21017]', 'From the Federal Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: "
 "2011-9106]'), the rule, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the heading (two printed lines, broken "
 "after 'et al.;', joined with a space as `title`). The GPO text's line wraps joined with a space, except the "
 "telephone number '202-514-' / '2481' joined as '202-514-2481' (the number's own hyphen at a wrap, as 44a's "
 "'97-0248'; federal.elaws.us prints it whole); the two paragraphs (the second indented in the GPO text, 'Copies of "
 "the Complaint, ...') set off by a blank line. Cut at the end of the second paragraph ('... a copying fee set by "
 "Department of Justice regulations.'), before the page marker '[[Page 21007]]' and 'Public comment is invite', where "
 "the excerpt breaks off (`truncated`: the public-comment paragraph, the section chief's name, the signature, the "
 "Competitive Impact Statement and the Final Judgment are not in the kept text). Kept as printed: the GPO text's "
 "doubled backquotes and apostrophes around the defined name (``HWS''), the straight apostrophes (\"HWS's\", "
 "\"Department of Justice's\"), 'the attorney general' in lower case, 'filed the same time as the Complaint' "
 "without 'at', \"HWS's Bronx, New York transfer station\" without a comma after 'New York', '450 Fifth Street, "
 "NW.', 'Web site', 'http://www.usdoj.gov/atr,' with one comma. The same notice on federal.elaws.us (" + U1E + ", "
 "rank 7 of the first query; its excerpt runs on to the section chief's address) agrees word for word as far as "
 "the GPO excerpt runs, except for its curly quotation marks (\u201cHWS\u201d) and its doubled comma "
 "('http://www.usdoj.gov/atr,,', as 47z found for that host); the GPO text taken for that reason. justia's printed "
 "page (" + U1J + ": it opens on a National Park Service list and an International Trade Commission notice) not "
 "taken. 232 words (whitespace-split). One text per event: the Division's press release of 8 April 2011 did not "
 "come back; news not searched. The earlier Stericycle / MedServe matter (United States, et al. v. Stericycle, "
 "Inc., et al., 75 FR 5120, FR Doc. 2010-1959, 2010: only justia's printed page, opening on an ATF notice, and "
 "court papers came back) is another event, not taken. Found with 'United States v. Stericycle, Inc., et al.; "
 "Proposed Final Judgment and Competitive Impact Statement MedServe' (rank 2) and 'United States, et al. v. "
 "Stericycle, Inc., et al. proposed acquisition by Stericycle, Inc. of MedServe, Inc. ...' (rank 1). "
 + CHECK + "'Healthcare Waste', 'HWS', '11-cv-00689', '2011-9106', '21006', 'MedServe': 0 everywhere (the string "
 "'HWS' only inside binary model files under /work/notes); 'Stericycle' only in dev "
 "us-sec-stericycle-latin-america-bribery-miami-regional-office-2022 (the SEC's 2022 bribery case, another matter, "
 "by its name), batch 41j's scripts and GATHERING.md (that text); no dev or test file's text read.",
 True))

# ---- McClatchy / Knight Ridder / St. Paul Pioneer Press, Justice Department release, 27 June 2006 --------------------
U2 = "https://www.justice.gov/archive/opa/pr/2006/June/06_at_395.html"
U2E = "http://federal.elaws.us/fr/7/20/2006/06-6362"
U2C = "http://www.justice.gov/atr/cases/f216800/216877.htm"
T2 = "Justice Department Requires Divestiture in the Acquisition of Knight Ridder Inc. by the McClatchy Company"
R.append(federal(
 "us-doj-mcclatchy-knight-ridder-divest-st-paul-pioneer-press-2006", U2, "2006-06-27", T2,
 "WASHINGTON \u2014 The Department of Justice announced today that it will require The McClatchy Company and Knight "
 "Ridder Inc. to divest the St. Paul Pioneer Press in order to proceed with their proposed multi-billion dollar "
 "newspaper merger. The Department said that the transaction, as originally proposed, would have eliminated "
 "head-to-head competition between McClatchy and Knight Ridder and likely would have resulted in higher prices for "
 "advertisers and readers in the Minneapolis/St. Paul metropolitan area.\n\n"
 "The Department\u2019s Antitrust Division filed a civil antitrust lawsuit today in U.S. District Court in "
 "Washington, D.C. to block the proposed transaction. At the same time, the Department filed a proposed consent "
 "decree that, if approved by the court, would resolve the lawsuit and the Department\u2019s competitive concerns. "
 "Under the terms of the consent decree, Knight Ridder can merge with and into McClatchy, but McClatchy must divest "
 "the St. Paul Pioneer Press.\n\n"
 "\u201cThe divestiture required by the Department will preserve competition in the sale of daily newspapers in the "
 "Minneapolis/St.Paul metropolitan area, and in the sale of advertising in those newspapers,\u201d said Thomas O. "
 "Barnett, Assistant Attorney General for the Department\u2019s Antitrust Division.\n\n"
 "According to the complaint, McClatchy\u2019s Star Tribune competes aggressively for advertisers and readers with "
 "Knight Ridder\u2019s St. Paul Pioneer Press. The Department said that competition between the two newspapers has "
 "resulted in lower prices and better quality news coverage for readers and lower advertising rates and better "
 "service for local advertisers.",
 "media/newspapers", "deal,regulatory",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T2 + "', 2006-06-27, US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 OPA,
 "The Justice Department's press release on justice.gov's archive of Office of Public Affairs releases "
 "(archive/opa/pr/2006/June/06_at_395.html; batches 40zi, 41h, 44c, 44f and 44j took Office of Public Affairs "
 "releases the same way). Left out: the letterhead lines ('Department of Justice Seal Department of Justice', "
 "'TUESDAY, JUNE 27, 2006' (kept as `published`), '(202) 514-2007', 'TDD (202) 514-1888'), the heading (two lines, "
 "broken after 'the Acquisition', joined with a space as `title`) and the sub-heading ('Divestiture of the St. Paul "
 "Pioneer Press Will Preserve Competition for / Advertisers and Readers in Minneapolis/St. Paul', a heading, not "
 "kept). Four paragraphs kept, set off by blank lines as the excerpt gives them. Cut after the fourth paragraph's "
 "second sentence ('... lower advertising rates and better service for local advertisers.'), before 'Ownership of "
 "both the Star T', where the excerpt breaks off (`truncated`: the rest of the release is not in the kept text). "
 "Kept as written: the dateline 'WASHINGTON \u2014' with its em dash, the curly apostrophes and quotation marks, "
 "'The McClatchy Company' with its capital 'The', 'Knight Ridder Inc.' without a hyphen (the court papers spell "
 "'Knight-Ridder, Incorporated'), 'multi-billion dollar', 'Washington, D.C. to block' without a comma, "
 "'Minneapolis/St. Paul' in the first paragraph and 'Minneapolis/St.Paul' without a space in the quotation, 'better "
 "quality news coverage'. 238 words (whitespace-split). One text per event: the Division's Federal Register notice "
 "on the same suit ('United States v. The McClatchy Company and Knight-Ridder Incorporated; Proposed Final Judgment "
 "and Competitive Impact Statement', 71 FR 41249, FR Doc. 06-6362, 20 July 2006, as federal.elaws.us reproduces it, "
 + U2E + "; its case name misprints 'The Clatchy Company' and its comment address 'United States Department of "
 "Jusstice') is a second text of the matter, left out for this richer release, as are the Complaint (" + U2C + "), "
 "the proposed Final Judgment and the motion for entry (scribd: court papers), justia's printed page (it opens "
 "inside the Competitive Impact Statement), legalmanda's blog post and sfpressclub's news. Found with 'United States "
 "v. The McClatchy Company and Knight-Ridder Incorporated Proposed Final Judgment Pioneer Press divest' (rank 5; "
 "the notice came back first with 'Antitrust Division Proposed Final Judgment and Competitive Impact Statement "
 "Notice is hereby given proposed acquisition would violate Section 7 requires divest title plant newspaper 2008', "
 "rank 4). "
 + CHECK + "'McClatchy', 'Clatchy', 'Knight Ridder', 'Knight-Ridder', 'Pioneer Press', '06CV01175', '06-6362', "
 "'06_at_395': 0 everywhere; 'Star Tribune' and 'Barnett' not checked as matter names (a newspaper and the "
 "Division's head in other Division texts); no dev or test file's text read.",
 True))

# ---- United Technologies / Goodrich, Federal Register notice, 2 August 2012 -----------------------------------------
U3 = "https://regulations.vlex.com/vid/corporation-goodrich-statement-391997762"
U3J = "https://regulations.justia.com/regulations/fedreg/2012/08/02/2012-18767.html"
T3 = ("United States v. United Technologies Corporation and Goodrich Corporation; Proposed Final Judgment and "
      "Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-utc-goodrich-proposed-final-judgment-2012", U3, "2012-08-02", T3,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Hold Separate Stipulation and Order, and Competitive Impact Statement have been filed "
 "with the United States District Court for the District of Columbia in United States v. United Technologies "
 "Corporation and Goodrich Corporation, Civil Action No. 1:12-cv-01230. On July 26, 2012, the United States filed a "
 "Complaint alleging that the proposed acquisition of Goodrich Corporation (``Goodrich'') by United Technologies "
 "Corporation (``UTC'') would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed "
 "at the same time as the Complaint, requires UTC to divest assets comprising Goodrich's small engine control "
 "products business, including Goodrich's facility in West Hartford, Connecticut and other tangible and intangible "
 "assets used in this business.",
 "aerospace/aircraft components", "deal,regulatory",
 att(T3, "77 FR 46185, FR Doc. 2012-18767", "2012-08-02",
     "regulations.vlex.com reproduces the Federal Register Online (Government Printing Office) text", U3),
 FRV,
 "The Antitrust Division's notice in the Federal Register of Thursday, 2 August 2012 (Volume 77, Number 149, Part "
 "III, pages 46185-46212, FR Doc No: 2012-18767; kept as `published`; issue, pages and weekday from vlex's copy of "
 "the GPO header lines and justia's printed page) as regulations.vlex.com reproduces the GPO text ('From the Federal "
 "Register Online via the Government Printing Office www.gpo.gov'; origin string `FRV`, as batches 41c, 42h, 42k, "
 "43o and 44f). Left out: the host's heading (the notice's title), the GPO header lines ('Federal Register, Volume "
 "77 Issue 149 (Thursday, August 2, 2012)', 'Federal Register Volume 77, Number 149 (Thursday, August 2, 2012)', "
 "'Notices', 'Pages 46185-46212', the GPO line, 'FR Doc No: 2012-18767'), the Part III cover lines ('Page 46185', "
 "'Vol. 77', 'Thursday,', 'No. 149', 'August 2, 2012', 'Part III', 'Department of Justice', rules, 'Antitrust "
 "Division', the title with '; Notice'), 'Page 46186', 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the heading "
 "(kept as `title`). One paragraph kept. Cut after the paragraph's third sentence ('... other tangible and "
 "intangible assets used in this business.'), before 'The proposed Final Judgment ', where the excerpt breaks off "
 "(`truncated`: the second ordered divestiture, the inspection and comment paragraphs, the section chief's name, "
 "the Competitive Impact Statement and the Final Judgment are not in the kept text). Checked word for word against "
 "justia's printed page (" + U3J + ", rank 2; its excerpt runs on into the next sentence, 'The proposed Final "
 "Judgment also requires UTC to divest Goodrich's electric generation and distribution systems business, including "
 "Goodrich's facilities in Pitstone, United Kingdom and Twinsburg, Ohio, othe'): the same words, justia printing "
 "curly quotation marks and apostrophes (\u2018\u2018Goodrich\u2019\u2019, Goodrich\u2019s) where vlex prints the "
 "GPO's doubled backquotes and straight apostrophes; vlex's copy taken as the GPO text (justia's page opens on the "
 "Part III cover with a printer's line, 'TKELLEY on DSK3SPTVN1PROD with NOTICES2'), cut at the same sentence either "
 "way. Kept as written: the doubled backquotes and apostrophes around the defined names (``Goodrich'', ``UTC''), "
 "the straight apostrophes (\"Goodrich's\"), 'Hold Separate Stipulation and Order, and' with its serial comma, "
 "'West Hartford, Connecticut and other' without a comma after 'Connecticut'. 133 words (whitespace-split). One text "
 "per event: the Final Judgment (vdocuments.site, docs.justia: a court paper), the joint status report (docslib: a "
 "court paper) and news (courant.com, investingchannel's RTT story, Reuters on the later TransDigm and Triumph "
 "sales, masslive, americanmachinist, newstribune's AP story) not taken; the Division's press release of 26 July "
 "2012 did not come back. The notice came back in an earlier DOJ round (46e: 'only UTC / Goodrich 2012 and UTC / "
 "Rockwell Collins 2018 notices came back', for another lead) and was not taken or listed as not used there. Found "
 "with 'United States v. United Technologies Corporation and Goodrich Corporation; Proposed Final Judgment and "
 "Competitive Impact Statement' (rank 1; rank 2 justia). "
 + CHECK + "'12-cv-01230', '2012-18767', 'Pitstone', 'Twinsburg': 0 everywhere; '46185' only as a number "
 "inside two extraction dumps under /work/notes; 'Goodrich' (and 'Goodrich Corporation') only in two corpus files "
 "of other matters by their names (train wp-gray-matter-studios, a founder Greg Goodrich; test "
 "wn-scandinavian-airlines-system-landing-gear-failures-2007, Goodrich Corporation as a landing-gear maker: another "
 "matter), their copies under /work/notes, GATHERING.md and /work/notes/gather47/46e.md (the line quoted above); 'United Technologies' in dev "
 "us-doj-federal-register-utc-rockwell-collins-proposed-final-judgment-2018 (UTC / Rockwell Collins, another "
 "matter, by its name) and batch 21c's scripts; no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
