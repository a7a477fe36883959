#!/usr/bin/env python3
"""Batch 44v (session 45, gatherer 44v): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a sixth round of session 45 in the FCC transaction lane of batches 15f,
43n, 43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o and 44s, after 44s's lead to the Common Carrier Bureau's 1998-2002
papers: Common Carrier Bureau texts on large carriers' transfers of control, granted or applied for --
  - the Commission's Common Carrier news release Report No. CC 99-23 (30 June 1999) on its approval of 'the transfer
    of control of communications licenses and authorizations from Aliant Communications, Inc. to ALLTEL
    Corporation' (transition.fcc.gov);
  - the Common Carrier Bureau's public notice DA 99-296 (5 February 1999) seeking comment on Bell Atlantic's progress
    report under the Bell Atlantic/NYNEX merger order, which tells the 1997 grant of 'the transfer of control of
    certain licenses and authorizations from NYNEX to Bell Atlantic in connection with the merger of the two
    companies' (transition.fcc.gov);
  - the Common Carrier Bureau's public notice DA 00-335 (18 February 2000) seeking comment on SBC's request under the
    SBC/Ameritech merger conditions, which tells the 1999 approval of 'the transfer of control of certain licenses
    and authorizations from Ameritech Corporation to SBC Communications' (transition.fcc.gov).
Texts are the search tool's page-store excerpts (corpus `pages`). The pages' navigation lines, letterheads, media
contacts, footnote markers and disclaimers are left out; each text is cut at the last full sentence before the
excerpt breaks off or at an earlier sentence end named in `notes`. No word added or changed. Per-item notes in
`notes`. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch44v.py [POOL_DIR] [--dry]   (default /tmp/gather45v/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather45v/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch44s, 44t and 44u included) and the session-45 pools /tmp/gather45*/pool (45a to 45u at the last check): ")
ORIGIN_HTML = "transition.fcc.gov HTML rendering of an FCC paper (search tool page store)"
ORIGIN_TXT = "transition.fcc.gov plain-text rendering of an FCC public notice (search tool page store)"
R = []

# ---- ALLTEL / Aliant, Common Carrier news release Report No. CC 99-23, 30 June 1999 ------------------------------
U1 = "https://transition.fcc.gov/Bureaus/Common_Carrier/News_Releases/1999/nrcc9041.html"
R.append(federal(
 "us-fcc-alltel-aliant-transfer-of-control-granted-news-release-1999", U1, "1999-06-30",
 "Commission Approves Transfer of Control of Licenses and Authorizations from Aliant Communications, Inc. to ALLTEL "
 "Corporation",
 "Report No. CC 99-23 COMMON CARRIER ACTION June 30, 1999\n\n"
 "Today the Commission approved the transfer of control of communications licenses and authorizations from Aliant "
 "Communications, Inc. to ALLTEL Corporation, thereby granting the companies' merger application.\n\n"
 "In accordance with the Communications Act, merger applicants must persuade the Commission that their proposed "
 "merger will serve the public interest. As described in the Commission's Order, to be released at a later date, "
 "the Commission concluded that the merger is unlikely to result in any potential public interest harms. The "
 "Commission also found that there will be economies of scale achieved by the combination of the two companies "
 "operations, given their current limited size, and that the merger is likely to produce at least some tangible "
 "public interest benefits. Based on these determinations, the Commission concluded that the merger is in the public "
 "interest. The Commission also concluded that special circumstances exist to justify a waiver of its rules to "
 "permit ALLTEL, which is under rate-of-return regulation, to remain under rate-of-return regulation after the merger "
 "with Aliant, which is under price cap regulation. The Commission further determined that it is in the public "
 "interest to permit Aliant to convert from price cap regulation to rate-of-return regulation after the merger with "
 "ALLTEL.\n\n"
 "ALLTEL is a telecommunications and information company headquartered in Little Rock, Arkansas.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission news release, Report No. CC 99-23, 'Common Carrier Action', June 30, 1999 "
 "(the Commission's approval of the transfer of control from Aliant Communications, Inc. to ALLTEL Corporation), US "
 "federal government work (public domain); text as the FCC's HTML rendering on transition.fcc.gov holds it, from "
 "the search tool's page store at " + U1,
 ORIGIN_HTML,
 "The Commission's Common Carrier news release of 30 June 1999 (Report No. CC 99-23) as the FCC's own HTML "
 "rendering nrcc9041.html on transition.fcc.gov holds it; an FCC news release is a US federal work, public domain "
 "(batch 15f; transition.fcc.gov as batches 22b and 44s). Left out: the page's navigation lines ('This News Release: "
 "Text | WordPerfect', 'Statements: Commissioner Furchtgott-Roth'); the letterhead ('fcclogo NEWS', 'Federal "
 "Communications Commission', '445 12th Street, S.W.', 'Washington, D.C. 20554', 'News media information 202 / "
 "418-0500', 'Fax-On-Demand 202 / 418-2830', 'TTY: 202/418-2555'); the standing disclaimer ('This is an unofficial "
 "announcement of Commission action. Release of the full text of a Commission order constitutes official action. See "
 "MCI v. FCC. 515 F 2d 385 (D.C. Circ 1974).'); the media contact's line ('Emily Hoffnar 202/418-0253': a name and "
 "a telephone number, no post). Kept: the report line 'Report No. CC 99-23 COMMON CARRIER ACTION June 30, 1999' "
 "(one line, as the page has it) and the body's paragraphs as the page splits them. Cut after '... headquartered in "
 "Little Rock, Arkansas.', before the sentence the excerpt breaks off inside ('Aliant, headquartered in Lincoln, "
 "Nebraska, is a te'), and the rest; `truncated`. Kept as written: 'the two companies operations' (no apostrophe), "
 "'price cap' (no hyphen), 'rate-of-return', 'ALLTEL' in capitals. The page's title is not in the excerpt: the "
 "title field is a plain description of the release. In the lane (a Commission grant of a transfer of control "
 "between two named carriers, told by the Common Carrier Bureau's news office). One text per event: the "
 "Commission's order itself did not come back (a WordPerfect file fcc99156.wp on transition.fcc.gov came back "
 "only as unreadable binary, not identified), and the Bureau's later notices on ALLTEL's price-cap waiver (DA 02-603) tell the merger only in passing "
 "(not used). Found with 'Common Carrier Bureau public notice 1999 applications filed for transfer of control of "
 "telephone company ALLTEL Aliant Communications comments' (rank 1). " + CHECK + "'Aliant', 'nrcc9041', 'CC 99-23': "
 "0 in the corpus texts, the scripts, GATHERING.md and the pools ('aliant' without the capital only inside "
 "'Valiant Bank', GATHERING.md's 28b section, batch 28b's scripts and test wp-twint); 'ALLTEL Corporation' only in "
 "train us-doj-alltel-western-wireless-divest-arkansas-kansas-nebraska-2005 and test "
 "us-doj-alltel-midwest-wireless-divest-minnesota-2006 (batch 41h's DOJ cases on ALLTEL's wireless buys, other "
 "events); file names only.", True))

# ---- Bell Atlantic / NYNEX, Common Carrier Bureau public notice DA 99-296, 5 February 1999 -------------------------
U2 = "https://transition.fcc.gov/Bureaus/Common_Carrier/Public_Notices/1999/da990296.txt"
R.append(federal(
 "us-fcc-bell-atlantic-nynex-merger-conditions-progress-report-public-notice-1999", U2, "1999-02-05",
 "Commission Seeks Comment on Bell Atlantic's Progress Report on Compliance with Bell Atlantic/NYNEX Merger Order "
 "Conditions",
 "DA 99-296\n\n"
 "COMMISSION SEEKS COMMENT ON BELL ATLANTIC'S PROGRESS REPORT ON COMPLIANCE WITH BELL ATLANTIC/NYNEX MERGER ORDER "
 "CONDITIONS\n\n"
 "File No. AAD 98-24\n\n"
 "Released: February 5, 1999\n\n"
 "Comment Due Date: March 8, 1999\n\n"
 "Reply Comment Due Date: March 23, 1999\n\n"
 "On August 14, 1997, the Commission granted, subject to conditions, the applications filed by NYNEX Corporation "
 "(\"NYNEX\") and Bell Atlantic Corporation (\"Bell Atlantic\") pursuant to sections 214(a) and 310(d) of the "
 "Communications Act of 1934, as amended (\"the Communications Act\"), for the transfer of control of certain "
 "licenses and authorizations from NYNEX to Bell Atlantic in connection with the merger of the two companies. The "
 "Commission imposed conditions designed to create pro- competitive benefits for consumers throughout the merged "
 "entity's region. These conditions include, for example, requirements for Bell Atlantic to provide performance "
 "monitoring reports, to provide uniform interfaces to the company's operations support systems (\"OSS\"), to "
 "conduct operational testing of its OSS interfaces, to propose rates based on forward-looking economic costs, and "
 "to engage in good faith negotiations to establish performance standards and enforcement mechanisms governing its "
 "OSS and network performance.\n\n"
 "On February 1, 1999, at the request of the Common Carrier Bureau, Bell Atlantic filed a report indicating its "
 "progress in implementing these conditions. This progress report and its attachments are available for public "
 "inspection and copying in the Accounting Safeguards Division reading room at 2000 L Street, N.W., Suite 812, and "
 "on the Commission's Internet site.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Common Carrier Bureau public notice DA 99-296, 'Commission Seeks Comment on "
 "Bell Atlantic's Progress Report on Compliance with Bell Atlantic/NYNEX Merger Order Conditions', File No. AAD "
 "98-24, February 5, 1999, US federal government work (public domain); text as the FCC's plain-text rendering on "
 "transition.fcc.gov holds it, from the search tool's page store at " + U2,
 ORIGIN_TXT,
 "The public notice of 5 February 1999 (DA 99-296, File No. AAD 98-24) as the FCC's own plain-text rendering "
 "da990296.txt on transition.fcc.gov holds it (one run of text, no footnotes in the excerpt); an FCC public notice "
 "is a US federal work, public domain (batch 15f; transition.fcc.gov as batches 22b and 44s). The excerpt opens "
 "inside the letterhead ('WASHINGTON, D.C. 20554' before the DA number). Left out: the letterhead's pieces "
 "('WASHINGTON, D.C. 20554' before the DA number; 'News media information 202/418-0500 Fax-On-Demand 202/418-2830 "
 "Internet: http://www.fcc.gov ftp.fcc.gov TTYs-Network Services 202/418-0484 and Informal Complaints "
 "202/418-0485' between it and the heading). Kept: the DA number, the upper-case heading, the file number, the "
 "release date and the two due-date lines, each on its own line in the rendering's order; the body split before 'On "
 "February 1, 1999' (whitespace only; the rendering runs all as one line). Cut after '... and on the Commission's "
 "Internet site.', before the sentence the excerpt breaks off inside ('In addition, copies of the report are "
 "available from International Transcription Service, Inc., the Commission's duplicating contractor, at its office "
 "at 1231 20th Stree'), and the rest; `truncated`. Kept as written: 'pro- competitive' (the rendering's space), the "
 "straight quotation marks, 'BELL ATLANTIC'S' with the straight apostrophe. In the lane: a Bureau notice that tells "
 "the Commission's grant of the transfer of control from NYNEX to Bell Atlantic (the notice's own business is the "
 "merger conditions' progress report). One text per event: no other FCC paper on the grant came back (the 1997 "
 "order did not). Found with 'Bell Atlantic NYNEX applications transfer of control pleading cycle public notice "
 "1996 comments due' (rank 2). The brief asked that 'Bell Atlantic' be checked first: by file name and GATHERING.md "
 "it is named for the juvenile's 1997 disabling of NYNEX (later Bell Atlantic) loop carrier systems (batch 34's "
 "lead, an outage, not taken), for GTE/Bell Atlantic's 1998 procedural order (44s, seen, not used) and as 44s's "
 "lead; no corpus file tells the Bell Atlantic/NYNEX merger. " + CHECK + "'NYNEX': 0 in the corpus texts, the "
 "scripts and the pools (GATHERING.md: only the 1997 outage lead above); 'Bell Atlantic' in the corpus only in "
 "train wp-iowa-telecom (Bell Atlantic's purchase of GTE, another event); '99-296', 'AAD 98-24', 'Accounting "
 "Safeguards': 0 everywhere; file names only.", True))

# ---- SBC / Ameritech, Common Carrier Bureau public notice DA 00-335, 18 February 2000 ------------------------------
U3 = "https://transition.fcc.gov/Bureaus/Common_Carrier/Public_Notices/2000/da000335.html"
R.append(federal(
 "us-fcc-sbc-ameritech-merger-conditions-advanced-services-public-notice-2000", U3, "2000-02-18",
 "Common Carrier Bureau Seeks Comment on SBC's Request Concerning the SBC/Ameritech Merger Conditions",
 "DA 00-335\n\n"
 "CC Docket No. 98-141 Released: February 18, 2000\n\n"
 "On October 6, 1999, the Commission approved, subject to conditions, the transfer of control of certain licenses "
 "and authorizations from Ameritech Corporation to SBC Communications (\"SBC\"). Pursuant to the Merger Conditions, "
 "SBC must establish one or more separate affiliates to provide advanced services, including Digital Subscriber Line "
 "(\"DSL\") advanced services. SBC's Advanced Services Affiliate must, among other things, own (or lease) and "
 "operate all new advanced services equipment used to provide advanced services. On February 15, 2000, SBC filed a "
 "letter with the Chief of the Common Carrier Bureau (\"Bureau\") seeking the Bureau's interpretation regarding an "
 "ownership arrangement of certain advanced services equipment. Specifically, SBC seeks the Bureau's concurrence "
 "that its proposed ownership arrangement is consistent with the Merger Conditions. In the event the Bureau finds "
 "SBC's proposed ownership arrangement inconsistent with the Merger Conditions, SBC seeks a waiver of the applicable "
 "requirements or a modification of the conditions to allow the proposed operating environment.\n\n"
 "Through this public notice, the Bureau seeks comment on SBC's request. We invite parties to present their views on "
 "all aspects of SBC's February 15th Letter, which is attached in its entirety to this notice. Interested parties "
 "may file comments or oppositions regarding SBC's request not later than March 3, 2000. Reponses to these comments "
 "or oppositions may be filed not later than March 10, 2000.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Common Carrier Bureau public notice DA 00-335 (SBC's request concerning the "
 "SBC/Ameritech merger conditions), CC Docket No. 98-141, February 18, 2000, US federal government work (public "
 "domain); text as the FCC's HTML rendering on transition.fcc.gov holds it, from the search tool's page store at "
 + U3,
 ORIGIN_HTML,
 "The Common Carrier Bureau's public notice of 18 February 2000 (DA 00-335, CC Docket No. 98-141) as the FCC's own "
 "HTML rendering da000335.html on transition.fcc.gov holds it (the notice's heading not in the excerpt; footnote "
 "markers as '(1)' to '(4)'); an FCC public notice is a US federal work, public domain (batch 15f; "
 "transition.fcc.gov as batches 22b and 44s). Left out: the page's header lines before the DA number ('Federal "
 "Communications Commission', 'Released: February 18, 2000': the page's own running head, the release date kept "
 "once where the notice gives it), the table rules ('| ||' after the DA number, '|' after the release date), the "
 "footnote markers '(1)' (after '... to SBC Communications (\"SBC\").'), '(2)' (after '... advanced services.'), "
 "'(3)' (after '... used to provide advanced services.') and '(4)' (after '... certain advanced services "
 "equipment.'). Kept: the DA number and the docket line with the release date ('CC Docket No. 98-141 Released: "
 "February 18, 2000', one line as the page has it), each on its own line; the body split before 'Through this "
 "public notice' (whitespace only). Cut after '... not later than March 10, 2000.', before the sentence on copies "
 "from the Commission's duplicating contractor ('Copies of this notice and SBC's February 15th Letter are available "
 "from the Commission's duplicating contractor, International Transcription Service, Inc., at its offices at 1231 "
 "20th Street, N.W., Washington, D.C. 20036, telephone (202) 857-3800.': an address line) and the rest ('1. EX PARTE "
 "STATUS OF THIS PROCEEDING Because this matter involves broad public policy issues, the Bureau will', where the "
 "excerpt breaks off); `truncated`. Kept as written: 'SBC Communications' (no 'Inc.'), 'Reponses' (the notice's "
 "misspelling), 'February 15th Letter', the straight quotation marks. The page's title is not in the excerpt: the "
 "title field is a plain description of the notice. In the lane: a Bureau notice that tells the Commission's "
 "approval of the transfer of control from Ameritech to SBC (the notice's own business is SBC's request under the "
 "merger conditions). One text per event: the other papers on the merger that came back (the Enforcement Bureau's "
 "2002 order on Z-Tel's petition, DA 02-2564; its 2004 notice on SBC's audit request, DA 04-2092, with SBC's letter; "
 "Commissioner Ness's 1999 statement; the Wireline Competition Bureau's 2004 notice on both mergers' conditions, "
 "DA 04-2974) not used. Found with 'Ameritech Corporation and SBC Communications Inc. seek FCC consent for a "
 "proposed transfer of control CC Docket No. 98-141 pleading cycle' (rank 3) and 'Pacific Telesis Group SBC "
 "Communications transfer of control applications public notice comment 1996 Common Carrier Bureau' (rank 3). "
 + CHECK + "'Ameritech' only in dev wp-magyar-telekom, batch 34d's scripts and GATHERING.md's 34d section "
 "(Ameritech International as Magyar Telekom's partner, another matter); 'Ameritech Corporation', '00-335', "
 "'98-141', 'Advanced Services': 0 everywhere; 'SBC Communications' in train "
 "us-doj-federal-register-cingular-att-wireless-divestitures-2004 (41k: Cingular's owners) and train "
 "us-fcc-sbc-snet-transfer-of-control-pleading-cycle-public-notice-1998 (44s: SBC/SNET), batch 41k's and 44s's "
 "scripts and pool 45s (other events); file names only.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
