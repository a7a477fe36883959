#!/usr/bin/env python3
"""Batch 44m (session 45, gatherer 44m): company deals told in US federal public-domain texts of the Justice
Department (17 U.S.C. 105), a fourth round of session 45 after batches 44a, 44e and 44i in the DOJ lane of batches
16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o, 43q, 43s,
43v, 44a, 44e and 44i, first-party text only, before the year 2000 (batch 44n works on the Division's texts from 2000
on):
  - the Department's release saying 'USA Waste Services Inc. will be allowed to acquire United Waste Systems Inc.' if
    the companies sell a Pittsburgh landfill company, with the Pennsylvania Attorney General's office, Joel I. Klein,
    'Assistant Attorney General in charge of the Department's Antitrust Division', quoted (justice.gov, Office of
    Public Affairs, 22 August 1997);
  - the Division's notice of a proposed Modified Final Judgment: 'a 1996 acquisition of Sanifill, Inc., by USA
    Waste', Houston assets bought by TransAmerican Waste Industries, Inc., and an agreement 'whereby TransAmerican
    would be merged into USA Waste' (Federal Register, 63 FR 33408, FR Doc. 98-16216, 18 June 1998, as
    federal.elaws.us reproduces the GPO text);
  - the Division's notice on 'the proposed acquisition of Continental Cablevision, Inc. by U S West, Inc.', with
    Continental's stake in Teleport Communications Group, Inc. to be cut and sold (Federal Register, 61 FR 58703, FR
    Doc. 96-29320, 18 November 1996, as federal.elaws.us reproduces the GPO text).
Texts are the search tool's page-store excerpts (corpus `pages`). The notices' host heading line, GPO header lines,
rules, 'DEPARTMENT OF JUSTICE', 'Antitrust Division', the civil number line and headings (kept as `title`), and the
release's letterhead, date and telephone lines, headline (kept as `title`) and sub-headline are left out; line wraps
joined with a space; each text is cut at the last full sentence before its excerpt breaks off. No word added or
changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch44m.py [POOL_DIR] [--dry]   (default /tmp/gather45m/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, att
from batch41h import OPA
from batch44i import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather45m/pool"
# batch 44i's check note (44e's and 44a's before it: the session-42 to -45 pools and scripts), with batch 44i's pool
# and the session-45 pools that appeared since (/tmp/gather45o/pool, /tmp/gather45p/pool) named too
CHECK = CHECK.replace("43v's, 44a's and 44e's pools", "43v's, 44a's, 44e's and 44i's pools").replace(
    "/tmp/gather45a/pool and /tmp/gather45e/pool included", "/tmp/gather45a/pool, /tmp/gather45e/pool and "
    "/tmp/gather45i/pool included").replace(
    "/tmp/gather45k/pool and /tmp/gather45l/pool", "/tmp/gather45k/pool, /tmp/gather45l/pool, /tmp/gather45o/pool "
    "and /tmp/gather45p/pool")
assert "gather45i/pool included" in CHECK and "gather45p/pool" in CHECK
R = []

# ---- USA Waste / United Waste Systems, Office of Public Affairs release, 22 August 1997 ------------------------------
U1 = "http://www.justice.gov/opa/pr/1997/August97/345at.htm"
T1 = "JUSTICE DEPARTMENT REQUIRES SALE OF PITTSBURGH LANDFILL IN SETTLEMENT WITH USA WASTE/UNITED WASTE SYSTEMS"
R.append(federal(
 "us-doj-usa-waste-united-waste-systems-pittsburgh-landfill-settlement-1997", U1, "1997-08-22", T1,
 "WASHINGTON, D.C. -- USA Waste Services Inc. will be allowed to acquire United Waste Systems Inc. as long as the "
 "companies sell off a Pittsburgh landfill company and meet other conditions to eliminate antitrust concerns, under "
 "a joint settlement filed today by the Department of Justice and the Pennsylvania Attorney General's office.  USA "
 "Waste and United Waste are two of the largest waste hauling and disposal companies in North America.\n\n"
 "The Department's Antitrust Division said that if USA Waste's acquisition of United Waste had gone forward as "
 "originally proposed, it would have eliminated the vigorous competition that had existed between the two companies "
 "resulting in higher prices for municipal solid waste disposal and hauling services in Allegheny County, "
 "Pennsylvania.\n\n"
 "\"Without this settlement, businesses and residents in Allegheny County would have paid higher prices for waste "
 "hauling and disposal,\" said Joel I. Klein, Assistant Attorney General in charge of the Department's Antitrust "
 "Division.\n\n"
 "The joint antitrust suit, filed in U.S. District Court in Pittsburgh, said that without the settlement, the "
 "acquisition would have substantially lessened competition by giving USA Waste control over about 60 percent of "
 "the disposal services offered to haulers of municipal solid waste generated in Allegheny County, with nearly "
 "twice the market share of the next largest firm in the area.\n\n"
 "At the same time, a proposed settlement was filed that, if approved by the court, would settle the suit.",
 "environment/waste services", "deal,regulatory",
 "U.S. Department of Justice, press release '" + T1 + "', 1997-08-22, US federal government work (public domain); "
 "text of the justice.gov page (Office of Public Affairs, 345at), from the search tool's page store at " + U1,
 OPA,
 "The Department's press release on justice.gov (opa/pr/1997/August97/345at.htm: the Office of Public Affairs' page "
 "for an Antitrust Division ('AT') release), the Department's own page as the page store holds it (batches 41h, 41k, "
 "44e and 44i took Office of Public Affairs releases on justice.gov the same way, origin string `OPA`). Left out: "
 "'Department of Justice Seal', the letterhead lines ('FOR IMMEDIATE RELEASE', 'AT', the date line 'FRIDAY, AUGUST "
 "22, 1997' (kept as `published`), '(202) 616-2771', 'TDD (202) 514-1888'), the headline (kept as `title`, its two "
 "printed lines joined with a space, in capitals as printed) and the sub-headline 'Pennsylvania Attorney General "
 "Joins in Settlement' (a heading, not body text). The release's indented line wraps joined with a space (no word "
 "broken at a wrap; trailing spaces at paragraphs' ends and on the blank lines dropped). Cut after the fifth "
 "paragraph's first sentence ('At the same time, a proposed settlement was filed that, if approved by the court, "
 "would settle the suit.'), before 'The proposed settlement will maintain competition by ', where the excerpt stops "
 "(`truncated`: the settlement's terms and the rest of the release are not in the kept text). Kept as written: the "
 "dateline 'WASHINGTON, D.C. --' with the double hyphen, the two spaces after full stops where the page has them, "
 "'USA Waste Services Inc.' and 'United Waste Systems Inc.' without commas, \"the Pennsylvania Attorney General's "
 "office\" with 'office' in lower case, 'U.S. District Court in Pittsburgh', 'the court' in lower case, the straight "
 "quotation marks and apostrophes. 232 words. One text per event: the Division's Federal Register notice on the same "
 "suit (62 FR 47680, FR Doc. 97-23869, 10 September 1997, http://federal.elaws.us/fr/9/10/1997/97-23869: 'the "
 "proposed acquisition by USA Waste through Riviera of the voting stock of United Waste', the Kelly Run Landfill, J. "
 "Robert Kramer, Chief, Litigation II Section; batch 44i's lead) is the same event, not taken (the release names the "
 "buyer and target in full and quotes the Division's head; the notice names the acquiring vehicle 'Riviera' only by "
 "its short name in its excerpt). Found with 'United States v. USA Waste Services United Waste Systems Riviera "
 "proposed final judgment competitive impact statement' (the notice, rank 2) and '97-23869 Proposed Final Judgment "
 "and Competitive Impact Statement United States v. USA Waste Services, Inc. et al. Kelly Run Landfill' (the release, "
 "rank 7). "
 + CHECK + "'United Waste', 'Riviera', 'Kelly Run', 'Allegheny', '345at', '97-23869': 0 in the corpus files' texts, "
 "the scripts and the pools ('United Waste', 'Riviera' and '97-23869' only in GATHERING.md, batch 44i's lead list); "
 "'USA Waste' only in train us-doj-federal-register-usa-waste-services-sanifill-proposed-final-judgment-1996 and "
 "batch 44i's scripts and pool (USA Waste's buy of Sanifill, 1996: another event); no dev or test file's text read.",
 True))

# ---- USA Waste / TransAmerican, Federal Register notice, 18 June 1998 ------------------------------------------------
U2 = "http://federal.elaws.us/fr/6/18/1998/98-16216"
T2 = "Proposed Modified Final Judgment and Memorandum In Support of Modification"
R.append(federal(
 "us-doj-federal-register-usa-waste-transamerican-modified-final-judgment-1998", U2, "1998-06-18", T2,
 "Notice is hereby given that a Modified Final Judgment, Motion to Modify Final Judgment, Memorandum in Support of "
 "the Modification of the Final Judgment, Stipulation and Order, and Hold Separate Stipulation and Order have been "
 "filed with the United States District Court in the District of Columbia, in United States et al v. USA Waste "
 "Services, Inc., et al., Civil No. 96-2031.\n\n"
 "The existing Final Judgment stems from a 1996 acquisition of Sanifill, Inc., by USA Waste. The Final Judgment was "
 "entered to resolve competitive concerns that the Antitrust Division had about the impact of the acquisition in "
 "Houston, Texas. Pursuant to the Final Judgment, USA Waste divested Sanifill's small container commercial hauling "
 "assets and a USA Waste disposal site in Houston and sold 2,000,000 tons of air space rights for ten years at two "
 "USA Waste landfills in the Houston area. The assets were purchased by TransAmerican Waste Industries, Inc. On "
 "January 26, 1998, TransAmerican and USA Waste entered into an agreement whereby TransAmerican would be merged into "
 "USA Waste, and the Houston assets TransAmerican purchased from USA Waste would be owned by USA Waste.\n\n"
 "On May 5, 1998, the United States filed a proposed Modified Final Judgment to modify the Final Judgment in this "
 "case. The United States maintained that the proposed acquisition of TransAmerican's commercial hauling and "
 "disposal assets in the Houston area would violate the original Final Judgment.",
 "environment/waste services", "deal,regulatory",
 att(T2, "63 FR 33408, FR Doc. 98-16216", "1998-06-18", "federal.elaws.us reproduces the GPO text", U2),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Thursday, 18 June 1998 (63 FR 33408-33418, FR Doc. "
 "98-16216; kept as `published`; issue, pages and weekday from the GPO header lines), as federal.elaws.us reproduces "
 "the GPO text (batches 41c, 43q, 43s, 44a, 44e and 44i used federal.elaws.us the same way); the page came back "
 "twice, once indented with the host's heading line and once plain, the same words (the plain copy a few words "
 "longer; the indented copy shows the paragraph breaks). Left out: the host's heading line, the GPO header lines "
 "('[Federal Register Volume 63, Number 117 (Thursday, June 18, 1998)]', '[Notices]', '[Pages 33408-33418]', 'From "
 "the Federal Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: 98-16216]'), the "
 "rule, 'DEPARTMENT OF JUSTICE', 'Antitrust Division', the line '[Civil No. 96-2031]' and the notice's heading (kept "
 "as `title`, its line wrap joined). The GPO text's line wraps joined with a space (no word broken at a wrap). Cut "
 "after the third paragraph's second sentence ('... would violate the original Final Judgment.'), before 'The "
 "proposed Modified Final Judgment requires USA Waste to divest the TransAmerican commercial small container and "
 "disposal assets in t', where the excerpt stops (`truncated`: the ordered sale, the section chief's name and the "
 "Memorandum are not in the kept text). Kept as written: 'United States et al v. USA Waste Services, Inc., et al.' "
 "with 'et al' without a full stop the first time, 'Sanifill, Inc., by USA Waste' with the comma, '2,000,000 tons of "
 "air space rights', 'Memorandum In Support' with a capital 'In' in the heading. 232 words. One text per event: the "
 "Department's release of 6 May 1998 on the same modification (usdoj.gov opa/pr/1998/May/210.htm in the UNT "
 "Libraries' End of Term 2008 web archive: 'DOJ AND TEXAS ATTORNEY GENERAL CLEAR USA WASTE/TRANSAMERICAN MERGER', "
 "Joel I. Klein quoted) is the same event, not taken: its excerpt calls the deal 'USA Waste Services Inc.'s "
 "proposed $125 million merger with TransAmerican Waste Industries Inc.', which does not say who buys whom, while "
 "the notice says TransAmerican 'would be merged into USA Waste'. USA Waste's buy of Sanifill itself (1996) is in "
 "the corpus (batch 44i's notice, train); this notice tells it as the past deal behind the decree and adds a later "
 "one (TransAmerican). Found with 'Justice Department USA Waste TransAmerican Waste Industries Houston modify final "
 "judgment May 1998 press release' (ranks 1 and 3) and 'On May 5, 1998, the United States filed a proposed Modified "
 "Final Judgment TransAmerican commercial hauling and disposal assets Houston USA Waste' (ranks 1 and 2). "
 + CHECK + "'TransAmerican Waste', '98-16216': 0 in the corpus files' texts, the scripts and the pools "
 "('TransAmerican' only in the notes of train us-doj-federal-register-usa-waste-services-sanifill-proposed-final-"
 "judgment-1996, batch 44i's script and pool and GATHERING.md: batch 44i's lead list); 'Sanifill' and 'USA Waste' "
 "only in that file (the 1996 notice on the Sanifill buy, another event and another text) and batch 44i's scripts; "
 "'210.htm' only in test us-sec-brooks-automation-backdating-settlement-former-president-ceo-therrien-2008, batch "
 "44l's script and pool (another page of that name, an SEC matter); no dev or test file's text read.",
 True))

# ---- U S West / Continental Cablevision, Federal Register notice, 18 November 1996 ----------------------------------
U3 = "http://federal.elaws.us/fr/11/18/1996/96-29320"
T3 = ("United States v. U S West, Inc. & Continental Cablevision, Inc.; Proposed Final Judgment and Competitive Impact "
      "Statement")
R.append(federal(
 "us-doj-federal-register-us-west-continental-cablevision-teleport-proposed-final-judgment-1996", U3, "1996-11-18",
 T3,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. Section 16 (b) through "
 "(h), that a proposed Final Judgment has been filed with the United States District Court for the District of "
 "Columbia in United States of America v. U S West, Inc. and Continental Cablevision, Inc., Civil Action 96-2529 "
 "(TPJ).\n\n"
 "The Complaint in this case alleged that the proposed acquisition of Continental Cablevision, Inc. by U S West, "
 "Inc. would tend to lessen competition substantially in the sale of dedicated services in areas within Denver, "
 "Colorado; Omaha, Nebraska; Phoenix, Arizona; and Seattle, Washington in which Teleport Communications Group, Inc. "
 "(``TCG'') provides such services, in violation of Section 7 of the Clayton Act, 15 U.S.C. 18. Continental owns "
 "approximately 11% of TCG. Under the terms of the proposed Final Judgment, US WEST must reduce its share of TCG to "
 "no more than 10% by June 30, 1997. US WEST must divest the remaining interest in TCG by December 31, 1998. The "
 "proposed Final Judgment also prohibits US WEST from appointing members to or participating in meetings of TCG's "
 "Board of Directors and contains other provisions barring US WEST's access to confidential TCG information pending "
 "completion of the divestitures.\n\n"
 "Public comment is invited within the statutory 60-day comment period. Such comments, and responses thereto, will "
 "be published in the Federal Register and filed with the Court.",
 "telecommunications/local telephone and cable", "deal,regulatory",
 att(T3, "61 FR 58703, FR Doc. 96-29320", "1996-11-18", "federal.elaws.us reproduces the GPO text", U3),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Monday, 18 November 1996 (61 FR 58703-58710, FR Doc. "
 "96-29320; kept as `published`; issue, pages and weekday from the GPO header lines), as federal.elaws.us reproduces "
 "the GPO text; the page came back twice, once indented with the host's heading line and once plain, the same words "
 "(the plain copy a few words longer; the indented copy shows the paragraph breaks). Left out: the host's heading "
 "line, the GPO header lines ('[Federal Register Volume 61, Number 223 (Monday, November 18, 1996)]', '[Notices]', "
 "'[Pages 58703-58710]', 'From the Federal Register Online via the Government Publishing Office [www.gpo.gov]', '[FR "
 "Doc No: 96-29320]'), the rules, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the notice's heading (kept as "
 "`title`, its line wrap joined). The GPO text's line wraps joined with a space (no word broken at a wrap). Cut after "
 "the third paragraph's second sentence ('Such comments, and responses thereto, will be published in the Federal "
 "Register and filed with the Court.'), before 'Comments should be directed to Donald J. Rus', where the excerpt "
 "stops (`truncated`: the section chief's name, the Stipulation and the Competitive Impact Statement are not in the "
 "kept text). Kept as written: '15 U.S.C. Section 16 (b) through (h)', 'U S West, Inc.' (with spaces, mixed case) "
 "beside 'US WEST' (no space, capitals), 'Seattle, Washington in which' without a comma, the GPO text's doubled "
 "backquotes and apostrophes in '(``TCG'')', '11%' and '10%'. 230 words. One text per event: the Department's release "
 "of the suit's day (5 November 1996, justice.gov opa/pr/1996/Nov96/541at.htm: 'JUSTICE DEPARTMENT REQUIRES U S WEST "
 "TO SELL CONTINENTAL'S INTEREST IN TELEPORT COMMUNICATIONS GROUP IN ORDER TO GO AHEAD WITH MERGER', Joel I. Klein, "
 "Acting Assistant Attorney General, quoted) is the same event, not taken: its excerpt calls the deal 'their $11.8 "
 "billion dollar merger', which does not say who buys whom, while the notice says 'the proposed acquisition of "
 "Continental Cablevision, Inc. by U S West, Inc.'. The comments and response (62 FR 8273, FR Doc. 97-4377, 24 "
 "February 1997), the Competitive Impact Statement (justice.gov) and the Final Judgment (docushare.wisetrend.com): "
 "later or court papers of the same decree, not used. Found with 'Justice Department requires US WEST to sell "
 "Continental's interest in Teleport Communications Group merger 1996' (ranks 1 to 3). "
 + CHECK + "'Continental Cablevision', 'Teleport', 'U S West', '96-29320', '96-2529', '541at': 0 in the corpus files' "
 "texts, GATHERING.md, the scripts and the pools; 'US West' (any case) only as 'the US West Coast' in batch 41f's "
 "script and GATHERING.md (its Hong Kong story); no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
