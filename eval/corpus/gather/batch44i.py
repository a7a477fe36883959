#!/usr/bin/env python3
"""Batch 44i (session 45, gatherer 44i): company deals told in US federal public-domain texts of the Justice
Department (17 U.S.C. 105), a third round of session 45 after batches 44a and 44e in the DOJ lane of batches 16e, 21c,
22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v, 44a and
44e, first-party text only, before the year 2000 (batch 44j works on the Division's texts from 2000 on):
  - the Department's release saying American Skiing Co. 'may go ahead with its $137 million acquisition of S-K-I Ltd.'
    if it sells its New Hampshire resorts at Waterville Valley and Mount Cranmore, Anne K. Bingaman, 'Assistant
    Attorney General in charge of the Department's Antitrust Division', quoted (justice.gov, Office of Public Affairs,
    11 June 1996);
  - the Division's release clearing 'Clear Channel Communications Inc.'s $1.1 billion acquisition of Universal Outdoor
    Holdings Inc.', 'the parent company of Universal Outdoor Inc.', with billboard assets to be bought by Whiteco
    Industries, Inc., Joel Klein quoted (usdoj.gov, 1 April 1998, as the UNT Libraries' End of Term 2008 web archive
    holds it);
  - the Division's notice on 'the proposed acquisition of Citicasters, Inc. by Jacor Communications, Inc.' in
    Cincinnati radio, WKRQ-FM to be sold (Federal Register, 61 FR 42652, FR Doc. 96-20860, 16 August 1996, as
    federal.elaws.us reproduces the GPO text);
  - the Division's notice on 'the proposed acquisition by USA Waste Services, Inc. of the stock of Sanifill, Inc.' in
    Houston and Johnstown waste (Federal Register, 61 FR 48971, FR Doc. 96-23700, 17 September 1996, as
    federal.elaws.us reproduces the GPO text).
Texts are the search tool's page-store excerpts (corpus `pages`). The notices' host heading line, GPO header lines,
rules, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and headings (kept as `title`), and the releases' letterhead, date
and telephone lines, headlines (kept as `title`) and sub-headline are left out; line wraps joined with a space; each
text is cut at the last full sentence or paragraph before its excerpt breaks off. No word added or changed. Written
before any extractor ran on the texts (newskg was not run on them).
usage: batch44i.py [POOL_DIR] [--dry]   (default /tmp/gather45i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, att
from batch41h import ARC, OPA
from batch44e import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather45i/pool"
# batch 44e's check note (batch 44a's: the session-42 to -45 pools and scripts, batch 44a's pool named), with batch
# 44e's pool and every other session-45 pool present named too
CHECK = CHECK.replace("43v's and 44a's pools", "43v's, 44a's and 44e's pools").replace(
    "/tmp/gather44v/pool and /tmp/gather45a/pool included", "/tmp/gather44v/pool, /tmp/gather45a/pool and "
    "/tmp/gather45e/pool included, with /tmp/gather45b/pool, /tmp/gather45c/pool, /tmp/gather45d/pool, "
    "/tmp/gather45f/pool, /tmp/gather45g/pool, /tmp/gather45h/pool, /tmp/gather45j/pool, /tmp/gather45k/pool and "
    "/tmp/gather45l/pool")
assert "gather45e/pool included" in CHECK and "gather45l/pool" in CHECK
R = []

# ---- American Skiing / S-K-I, Office of Public Affairs release, 11 June 1996 ----------------------------------------
U1 = "https://www.justice.gov/archive/opa/pr/1996/Jun96/268.at.htm"
T1 = "JUSTICE DEPARTMENT REQUIRES AMERICAN SKIING CO. TO DIVEST TWO NEW ENGLAND SKI RESORTS"
R.append(federal(
 "us-doj-american-skiing-s-k-i-divest-waterville-valley-mount-cranmore-1996", U1, "1996-06-11", T1,
 "WASHINGTON, D.C. -- The Department of Justice today said that American Skiing Co., a major owner and operator of "
 "ski resorts in New England, may go ahead with its $137 million acquisition of S-K-I Ltd. as long as American "
 "Skiing sells its New Hampshire ski resorts at Waterville Valley and Mount Cranmore to preserve competition.\n\n"
 "The Department said that without the divestiture, American Skiing would have controlled eight of the largest ski "
 "resorts serving skiers residing in eastern portions of New England.  As originally proposed, the deal would raise "
 "prices and eliminate discounts to Maine residents for day skiing trips, and to residents of Maine, eastern "
 "Massachusetts, eastern Connecticut and Rhode Island for week-end excursions, the Department said.\n\n"
 "In total, about $400 million was spent last year on skiing in New England.\n\n"
 "The Department's Antitrust Division filed a civil suit in U.S. District Court in Washington to block American "
 "Skiing's original proposal to buy S-K-I.  At the same time, a proposed settlement was filed that, if approved by "
 "the court, would settle the suit.\n\n"
 "Anne K. Bingaman, Assistant Attorney General in charge of the Department's Antitrust Division, said, \"Competition "
 "has been good for New England skiers.  We can't allow a merger to lessen competition in the New England ski "
 "industry, which is so important to the people of this region.  Without these divestitures, this deal would have "
 "resulted in fewer discounts to skiers living in Massachusetts, Connecticut, Maine and Rhode Island.\"",
 "leisure/ski resorts", "deal,regulatory",
 "U.S. Department of Justice, press release '" + T1 + "', 1996-06-11, US federal government work (public domain); "
 "text of the justice.gov page (Office of Public Affairs archive, 268.at), from the search tool's page store at " + U1,
 OPA,
 "The Department's press release on justice.gov (archive/opa/pr/1996/Jun96/268.at.htm: the Office of Public Affairs' "
 "archived page for an Antitrust Division ('AT') release), the Department's own page as the page store holds it "
 "(batches 41h, 41k and 44e took Office of Public Affairs releases on justice.gov the same way, origin string `OPA`). "
 "Left out: the letterhead lines ('FOR IMMEDIATE RELEASE', 'AT', the date line 'TUESDAY, JUNE 11, 1996' (kept as "
 "`published`), '(202) 616-2771', 'TDD (202) 514-1888') and the headline (kept as `title`, its two printed lines "
 "joined with a space, in capitals as printed). The release's indented line wraps joined with a space (no word "
 "broken at a wrap; a trailing space at a paragraph's end dropped). Cut after the fifth paragraph (Bingaman's quote, "
 "'... Maine and Rhode Island.\"'), before 'With Waterville Valley and Mount Cranmore in independent hands, "
 "competition for these skiers will be preserved, without impeding A', where the excerpt stops (`truncated`: the "
 "rest of the release is not in the kept text). Kept as written: the dateline 'WASHINGTON, D.C. --' with the double "
 "hyphen, the two spaces after full stops where the page has them (as 44e kept them), 'American Skiing Co.' and "
 "'S-K-I Ltd.', 'week-end', 'U.S. District Court in Washington', 'the court' in lower case, no serial commas, the "
 "straight quotation marks and apostrophes. 241 words. One text per event: the Division's Federal Register notice on "
 "the same suit (61 FR 33765, FR Doc. 96-16497, 28 June 1996, gpo.gov fdsys: 'a transaction in which American "
 "Skiing Company (``ASC'') agreed to acquire S-K-I Limited (``S-K-I'')'; its public comment notice, 61 FR 55995, FR "
 "Doc. 96-26995, 30 October 1996, federal.elaws.us) is the same event, not taken (the release names the official); "
 "the Competitive Impact Statement and Final Judgment (the UNT archive, pdfcoke, scribd: court papers), a Business "
 "Wire release of LBO Enterprises on the same day (solsnowboarding.com: a company's text) and the wikimili mirror "
 "of Wikipedia's American Skiing Company article not used. Found with 'Justice Department requires American Skiing "
 "Company to sell ski resorts in order to acquire S-K-I press release 1996' (rank 1). "
 + CHECK + "'American Skiing', 'S-K-I', 'Cranmore', 'Sugarloaf', '96-16497', '268.at': 0 in the corpus files' texts, "
 "GATHERING.md, the scripts and the pools; 'Waterville' only in train "
 "oireachtas-dail-eir-repair-service-south-kerry-2022 and batch 15c's scripts (Waterville in County Kerry, another "
 "place by that file's name); 'Bingaman' in dev us-doj-smith-international-anchor-drilling-fluids-baroid-decree-"
 "modification-1996, train us-house-lujan-letter-fema-natural-gas-outage-new-mexico-2011, batches 31c's and 43q's "
 "scripts and batch 43q's pool (other matters by their names); no dev or test file's text read.",
 True))

# ---- Clear Channel / Universal Outdoor Holdings, Antitrust Division release, 1 April 1998 ----------------------------
U2 = ("https://webarchive.library.unt.edu/eot2008/20080916180247/http:/www.usdoj.gov/atr/public/press_releases/1998/"
      "1624.htm")
T2 = ("JUSTICE DEPARTMENT APPROVES CLEAR CHANNEL COMMUNICATIONS INC.'S ACQUISITION OF UNIVERSAL OUTDOOR HOLDINGS "
      "INC.")
R.append(federal(
 "us-doj-clear-channel-universal-outdoor-holdings-billboard-divestiture-1998", U2, "1998-04-01", T2,
 "WASHINGTON, D.C\u2014 The Department of Justice today cleared Clear Channel Communications Inc.'s $1.1 billion "
 "acquisition of Universal Outdoor Holdings Inc., after Clear Channel agreed to resolve the Department's competitive "
 "concerns by selling billboard assets in three markets--Milwaukee, Wisconsin; Orlando, Florida; and Pinellas "
 "County, Florida.\n\n"
 "\"This divestiture ensures that consumers have a choice of billboard providers,\" said Joel Klein, Assistant "
 "Attorney General in charge of the Antitrust Division. \"That choice is important so that business consumers can "
 "advertise to the public at the lowest possible prices.\"\n\n"
 "Without the divestiture, competition for billboard advertising in Milwaukee would have been significantly "
 "diminished, leaving Milwaukee with only one significant billboard provider. In Orlando and Pinellas County (where "
 "St. Petersburg is located), consumers would have lost a significant competitor.\n\n"
 "The assets will be purchased by Whiteco Industries, Inc., a leading national outdoor advertising company, which "
 "operates in 35 states. Whiteco is headquartered in Merrillville, Indiana.\n\n"
 "Universal Outdoor Holdings Inc. is the parent company of Universal Outdoor Inc., the fourth largest outdoor "
 "advertising company. Universal Outdoor Inc. posted pro forma net revenues of approximately $176 million in 1996, "
 "with operations in over 20 cities.",
 "media/outdoor advertising", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T2 + "', 1998-04-01, US federal government work "
 "(public domain); text of the usdoj.gov page (atr/public/press_releases/1998/1624.htm) as the UNT Libraries' End of "
 "Term 2008 web archive holds it, from the search tool's page store at " + U2,
 ARC,
 "The Antitrust Division's press release of Wednesday, 1 April 1998 (the date line 'WEDNESDAY, APRIL 1, 1998', kept as "
 "`published`), the usdoj.gov page atr/public/press_releases/1998/1624.htm as the UNT Libraries' End of Term 2008 web "
 "archive holds it (batches 41h and 44f took usdoj.gov releases from that archive the same way, origin string "
 "`ARC`). Left out: the archive page's format note ('This document is available in two formats: ...'), the "
 "letterhead lines ('U.S. Department of Justice Seal and Letterhead', 'FOR IMMEDIATE RELEASE', the date line, 'AT', "
 "'(202) 616-2771', 'TDD (202) 514-1888'), the headline (kept as `title`, in capitals as printed) and the "
 "sub-headline 'Clear Channel Subsidiary Will Sell Outdoor Advertising Assets to Win Justice Approval' (a heading, "
 "not body text; it is the only place that calls the seller a subsidiary). Cut after the fifth paragraph ('... with "
 "operations in over 20 cities.'), where the excerpt stops at a paragraph's end (`truncated`: the page may go on; "
 "the rest is not in the store's excerpt). Kept as written: the dateline 'WASHINGTON, D.C\u2014' with no full stop "
 "after 'D.C' and the em dash, 'markets--Milwaukee' with the double hyphen, 'Joel Klein' without the middle initial, "
 "'Universal Outdoor Holdings Inc.' and 'Clear Channel Communications Inc.' without commas, the straight quotation "
 "marks and apostrophes. 188 words. One text per event: the Division's Federal Register notice on the same suit was "
 "not looked for this round (a lead). Found with 'JUSTICE DEPARTMENT APPROVES CLEAR CHANNEL'S ACQUISITION OF JACOR "
 "COMMUNICATIONS AFTER PARTIES AGREE TO DIVESTITURES' (rank 3). "
 + CHECK + "'Universal Outdoor', 'Whiteco', 'Merrillville', '1624.htm': 0 in the corpus files' texts, GATHERING.md, "
 "the scripts and the pools; 'Clear Channel Communications' only in train wn-music-promoter-mean-fiddler-sold-almost-"
 "2005 and batch 21a's annotation script (another deal by its name), and in batch 44j's script and pool (its "
 "Clear Channel / AMFM release of 2000, another deal, this session); no dev or test file's text read.",
 True))

# ---- Jacor / Citicasters, Federal Register notice, 16 August 1996 ----------------------------------------------------
U3 = "http://federal.elaws.us/fr/8/16/1996/96-20860"
T3 = "United States v. Jacor Communications, Inc. et al.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-jacor-communications-citicasters-proposed-final-judgment-1996", U3, "1996-08-16", T3,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. Section 16 (b) through "
 "(h), that a proposed Final Judgment, Stipulation and Competitive Impact Statement have been filed with United "
 "States District Court for the Southern District of Ohio in United States of America v. Jacor Communications, Inc. "
 "et al., Civil Action C-1-96-757. The Complaint in this case alleged that the proposed acquisition of Citicasters, "
 "Inc. by Jacor Communications, Inc. would tend to lessen competition substantially in the sale of radio "
 "advertising in Cincinnati, Ohio and the surrounding areas in violation of Section 7 of the Clayton Act, 15 U.S.C. "
 "Sec. 18. The proposed Final Judgment requires Jacor to divest within six months of the filing of the Final "
 "Judgment one of Cincinnati radio stations, WKRQ-FM, it will acquire from Citicasters. The proposed Final Judgment "
 "further requires defendants to ensure that, until the divestiture mandated by the decree has been accomplished, "
 "WKRQ will be operated as a viable, ongoing business and kept separate and apart from Jacor's other Cincinnati "
 "radio stations. Finally the proposed Final Judgment requires Jacor to give the United States prior notice as to "
 "certain future radio station acquisitions in Cincinnati or agreements that would grant Jacor the right to sell "
 "advertising time for Cincinnati stations that are not owned by Jacor.\n\n"
 "Public comment is invited within the statutory 60-day comment period.",
 "media/radio", "deal,regulatory",
 att(T3, "61 FR 42652, FR Doc. 96-20860", "1996-08-16", "federal.elaws.us reproduces the GPO text", U3),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Friday, 16 August 1996 (61 FR 42652-42661, FR Doc. "
 "96-20860; kept as `published`; issue, pages and weekday from the GPO header lines), as federal.elaws.us reproduces "
 "the GPO text (batches 41c, 43q, 43s, 44a and 44e used federal.elaws.us the same way); the page came back twice, "
 "once indented with the host's heading line and once plain, the same words (the plain copy a few words longer). "
 "Left out: the host's heading line, the GPO header lines ('[Federal Register Volume 61, Number 160 (Friday, August "
 "16, 1996)]', '[Notices]', '[Pages 42652-42661]', 'From the Federal Register Online via the Government Publishing "
 "Office [www.gpo.gov]', '[FR Doc No: 96-20860]'), the rules, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the "
 "notice's heading (kept as `title`, its line wrap joined). The GPO text's line wraps joined with a space (no word "
 "broken at a wrap). Cut after the second paragraph's first sentence ('Public comment is invited within the "
 "statutory 60-day comment period.'), before 'Such comments, and responses t', where the excerpt stops "
 "(`truncated`: the section chief's name, the Stipulation and the Competitive Impact Statement are not in the kept "
 "text). Kept as written: 'filed with United States District Court' without 'the', 'Jacor Communications, Inc. et "
 "al.' without a comma, 'one of Cincinnati radio stations', 'Finally the proposed' without a comma, 'Sec. 18'. "
 "229 words. One text per event: the Division's release of the same day as the suit (5 August 1996, justice.gov "
 "archive atr/public/press_releases/1996/228503.htm: 'their $770 million merger', 'The Jacor/Citicasters "
 "acquisition', Anne K. Bingaman quoted; its excerpt gives no date line and does not say who buys whom) and the "
 "later notices of the same decree (the proposed Modified Final Judgment, 61 FR 50872, FR Doc. 96-24770, 27 September "
 "1996; the comments and response, FR Doc. 96-32339, 20 December 1996, govinfo.gov) not taken; Commissioner Ness's "
 "FCC statement on the transfer (transition.fcc.gov, 17 September 1996) and Jacor's SEC filings (incjournal.com) "
 "not used. Found with 'United States v. Jacor Communications Citicasters proposed final judgment competitive impact "
 "statement Cincinnati radio' (ranks 1 and 2). "
 + CHECK + "'Jacor', 'Citicasters', 'WKRQ', '96-20860', 'C-1-96-757': 0 in the corpus files' texts, GATHERING.md, "
 "the scripts and the pools; 'Cincinnati' in train wp-comair, wp-diebold-nixdorf, wp-paul-polman, dev "
 "us-house-energy-commerce-democrats-letter-comtech-911-outages, test wp-cfm-international and "
 "us-fcc-gci-alaska-911-outages-settlement-release-2016 and batches 17a's, 21b's, 32a's, 32j's, 32n's and 36t's "
 "scripts (other matters by their names); no dev or test file's text read.",
 True))

# ---- USA Waste / Sanifill, Federal Register notice, 17 September 1996 ------------------------------------------------
U4 = "http://federal.elaws.us/fr/9/17/1996/96-23700"
T4 = "United States v. USA Waste Services, Inc. and Sanifill, Inc.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-usa-waste-services-sanifill-proposed-final-judgment-1996", U4, "1996-09-17", T4,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. Secs. 16 (b) through (h), "
 "that proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court in the District of Columbia in United States v. USA Waste Services, Inc. and Sanifill, Inc., Civil "
 "Action No. 1:96CV02031.\n\n"
 "On August 30, 1996, the United States filed a Complaint alleging that the proposed acquisition by USA Waste "
 "Services, Inc. of the stock of Sanifill, Inc. would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The "
 "proposed Final Judgment, filed the same time as the Complaint, requires the companies, among other things, to "
 "divest a dry waste landfill and certain commercial and residential hauling assets in Houston, Texas; make "
 "available certain municipal solid waste landfill capacity rights in the Houston area and the Johnstown, "
 "Pennsylvania area; and amend specified waste hauler contract terms in the Johnstown area in a way which fosters "
 "competition.\n\n"
 "Public comment is invited within the statutory 60-day comment period.",
 "environment/waste services", "deal,regulatory",
 att(T4, "61 FR 48971, FR Doc. 96-23700", "1996-09-17", "federal.elaws.us reproduces the GPO text", U4),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 17 September 1996 (61 FR 48971-48982, FR Doc. "
 "96-23700; kept as `published`; issue, pages and weekday from the GPO header lines), as federal.elaws.us reproduces "
 "the GPO text; the page came back once, indented with the host's heading line. Left out: the host's heading line, "
 "the GPO header lines ('[Federal Register Volume 61, Number 181 (Tuesday, September 17, 1996)]', '[Notices]', "
 "'[Pages 48971-48982]', 'From the Federal Register Online via the Government Publishing Office [www.gpo.gov]', '[FR "
 "Doc No: 96-23700]'), the rules, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the notice's heading (kept as "
 "`title`, its line wrap joined). The GPO text's line wraps joined with a space (no word broken at a wrap). Cut after "
 "the third paragraph's first sentence ('Public comment is invited within the statutory 60-day comment period.'), "
 "before 'Such comments and response thereto will be published in the Federal Reg', where the excerpt stops "
 "(`truncated`: the section chief's name, the Stipulation and the Competitive Impact Statement are not in the kept "
 "text). Kept as written: '15 U.S.C. Secs. 16 (b) through (h)', 'that proposed Final Judgment' without 'a', 'the "
 "United States District Court in the District of Columbia' ('in', not 'for'), 'filed the same time', the "
 "semicolons of the three remedies. 172 words. One text per event: the Division's release of the suit's day "
 "(30 August 1996, usdoj.gov atr/public/press_releases/1996/0864.htm in the UNT archive: 'a $1.5 billion deal "
 "between' USA Waste Services Inc. and Sanifill Inc., Anne K. Bingaman quoted; its excerpt does not say who buys "
 "whom) and the Competitive Impact Statement (justice.gov atr/cases f0800/0873.htm, scribd: a court paper) not "
 "taken; the 1998 release and notice on USA Waste's merger with TransAmerican Waste Industries (the same decree "
 "modified, another event) and the 1998 USA Waste / Waste Management matter not taken this round (leads). Found with "
 "'United States v. USA Waste Services Sanifill proposed final judgment competitive impact statement acquisition' "
 "(rank 1). "
 + CHECK + "'USA Waste', 'Sanifill', 'Johnstown', 'TransAmerican', '96-23700', '96CV02031': 0 in the corpus files' "
 "texts, GATHERING.md, the scripts and the pools; no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
