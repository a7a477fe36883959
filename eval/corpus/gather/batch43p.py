#!/usr/bin/env python3
"""Batch 43p (session 44, gatherer 43p): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a second round of session 44 in the FCC transaction lane of batches 15f
and 43n: transfers of control naming a parent, its wholly-owned subsidiaries and the buyer --
  - the Commission's public notice DA 15-733 (23 June 2015) opening MB Docket No. 15-149 for the proposed transfer of
    control of Time Warner Cable, Inc. and Charter Communications Inc. and of Bright House Networks from
    Advance/Newhouse Partnership to Charter (docs.fcc.gov plain-text attachment);
  - the Wireline Competition Bureau's public notice DA 15-974 (28 August 2015) on Verizon Communications Inc.'s
    conditional acceptance of Connect America Phase II support, conditioned on approvals for Frontier Communications
    Corporation's acquisition of Verizon California Inc. and GTE Southwest Incorporated d/b/a Verizon Southwest
    (docs.fcc.gov plain-text attachment);
  - the Wireline Competition Bureau's public notice DA 10-1754 (16 September 2010) on the applications for the
    transfer of control of the FiberNet companies from One Communications Corp. to NTELOS Inc. (docsbay.net's copy);
  - the Wireless Telecommunications Bureau's Memorandum Opinion and Order DA 18-52 (18 January 2018) on Verizon's and
    Straight Path Communications, Inc.'s application to transfer control of the licences held by Straight Path's
    wholly-owned subsidiary Straight Path Spectrum LLC to Verizon (docs.fcc.gov plain-text attachment).
Texts are the search tool's page-store excerpts (corpus `pages`). The hosts' chrome, the documents' letterheads and
captions (the caption or heading kept as `title`), paragraph numbers, footnote markers and footnote text are left
out; each text is cut at the last full sentence before the excerpt breaks off or before footnote text or a damaged
line. No word added or changed. Per-item notes in `notes`. Written before any extractor ran on the texts (newskg was
not run on them).
usage: batch43p.py [POOL_DIR] [--dry]   (default /tmp/gather44p/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather44p/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -ril over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "and the session-44 pools /tmp/gather44*/pool (43a-43j, 43l-43n at the time): ")
R = []

# ---- Charter / Time Warner Cable / Bright House Networks, public notice DA 15-733, 23 June 2015 -------------------
U1 = "https://docs.fcc.gov/public/attachments/DA-15-733A1.txt"
R.append(federal(
 "us-fcc-charter-bright-house-time-warner-cable-docket-public-notice-2015", U1, "2015-06-23",
 "Commission Opens Docket for Proposed Transfer of Control of Time Warner Cable, Inc. and Charter Communications Inc. "
 "and Proposed Transfer of Control of Bright House Networks from Advance/Newhouse Partnership to Charter "
 "Communications Inc.",
 "DA 15-733 Released: June 23, 2015\n\n"
 "COMMISSION OPENS DOCKET FOR PROPOSED TRANSFER OF CONTROL OF TIME WARNER CABLE, INC. AND CHARTER COMMUNICATIONS INC. "
 "AND PROPOSED TRANSFER OF CONTROL OF BRIGHT HOUSE NETWORKS FROM ADVANCE/NEWHOUSE PARTNERSHIP TO CHARTER "
 "COMMUNICATIONS INC.\n\n"
 "MB Docket No. 15-149\n\n"
 "On May 26, 2015, Charter Communications Inc. (\u201cCharter\u201d) and Time Warner Cable, Inc. (\u201cTWC\u201d) "
 "announced that they had entered into a definitive agreement for Charter to merge with TWC in a cash-and-stock "
 "transaction that values TWC at $78.7 billion. In addition, Charter and Advance/Newhouse Partnership (a parent of "
 "Bright House Networks, LLC) announced that Charter will acquire Bright House Networks (\u201cBHN\u201d) for $10.4 "
 "billion. Applications seeking Commission consent to the transfer of control of TWC and BHN and their respective "
 "wholly-owned and controlled subsidiaries (the \u201cApplications\u201d) are expected.\n\n"
 "The purpose of this public notice is to announce the opening of a docket, MB Docket No. 15-149, and articulate the "
 "ex parte status of discussions related to the proposed transaction. Pursuant to section 1.1200(a) of the "
 "Commission\u2019s rules, the Commission may adopt modified or more stringent ex parte procedures in particular "
 "proceedings if the public interest so requires.",
 "telecoms/cable and broadband", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, public notice DA 15-733, 'Commission Opens Docket for Proposed Transfer of "
 "Control of Time Warner Cable, Inc. and Charter Communications Inc. and Proposed Transfer of Control of Bright House "
 "Networks from Advance/Newhouse Partnership to Charter Communications Inc.', MB Docket No. 15-149, June 23, 2015, US "
 "federal government work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search "
 "tool's page store at " + U1,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The Commission's public notice of 23 June 2015 (DA 15-733, MB Docket No. 15-149) as the FCC's own plain-text "
 "attachment DA-15-733A1.txt holds it (one run of text); an FCC public notice is a US federal work, public domain "
 "(batch 15f). Left out: the letterhead ('PUBLIC NOTICE FEDERAL COMMUNICATIONS COMMISSION 445 TWELFTH STREET, S.W. "
 "WASHINGTON, D.C. 20554', 'News media information 202/418-0500 Internet: http://www.fcc.gov TTY: 1-888-835-5322', "
 "which the rendering sets between 'DA 15-733' and 'Released:'); the footnote markers '1' (after 'rules,') and '2' "
 "(after 'so requires.'). Kept, as 43n kept the Cequel notice's header: the DA number with the release date, the "
 "upper-case heading and the docket number, each on its own line; the body split into two paragraphs before 'The "
 "purpose of this public notice' (whitespace only). Cut after '... if the public interest so requires.', before 'We "
 "announce that as of the time any Applications are filed, ...' (its 'permit-but- disclose' carries a line-break "
 "artifact) and the rest of the ex parte procedure and the footnote text; `truncated`. Kept as written: the curly "
 "quotation marks of the defined names, 'Charter Communications Inc.' without a comma (the docket's other notices "
 "write 'Charter Communications, Inc.'). One text per event: the Media Bureau's public notice DA 15-856 of 27 July "
 "2015 accepting the applications for filing (docslib.org copy), the New York Public Service Commission joint petition "
 "(docslib.org), benton.org's item on the compliance docket, the CRS report R44122 (everycrsreport.com) and news "
 "(meetnewcharter.com's AP reprint, uscwc.org) are other papers on the same deals, not taken. Found with 'Charter "
 "Communications Time Warner Cable Bright House Networks applications transfer of control public notice pleading "
 "cycle' (rank 1; rank 4 DA 15-856). " + CHECK + "'Bright House', 'Advance/Newhouse', 'Newhouse', '15-733', "
 "'15-149', '78.7 billion', '10.4 billion': 0 in the corpus, the scripts and the pools; 'Time Warner Cable' only in "
 "other matters (dev us-fcc-time-warner-cable-network-outage-reporting-order-2014, test "
 "wn-time-warner-sprint-close-mobile-pact-2004: file names only; batches 22b, 24a) and in GATHERING.md's notes on "
 "Comcast's abandoned bid and the Justice Department's Charter/Time Warner Cable/Bright House release found only as news (batch 41h's near-misses: not taken then); 'Charter "
 "Communications' only in train fcc-settles-911-rule-investigation-charter-2024 (Charter's 2023 911 outage, another "
 "matter).", True))

# ---- Frontier / Verizon (California, Texas), public notice DA 15-974, 28 August 2015 -----------------------------
U2 = "https://docs.fcc.gov/public/attachments/DA-15-974A1.txt"
R.append(federal(
 "us-fcc-frontier-verizon-california-texas-connect-america-public-notice-2015", U2, "2015-08-28",
 "Verizon Communications Inc. Conditionally Accepts Over $48.5 Million in Connect America Phase II Support in "
 "California and Texas",
 "DA 15-974 Released: August 28, 2015\n\n"
 "VERIZON COMMUNICATIONS INC. CONDITIONALLY ACCEPTS OVER $48.5 MILLION IN CONNECT AMERICA PHASE II SUPPORT IN "
 "CALIFORNIA AND TEXAS\n\n"
 "WC Docket No. 10-90\n\n"
 "By this Public Notice, the Wireline Competition Bureau (Bureau) announces that Verizon Communications Inc. "
 "(Verizon) has conditionally accepted $31,978,057 in annual Connect America Phase II model-based (Phase II) support "
 "in California and $16,576,929 in annual Phase II support in Texas. Specifically, Verizon accepts the Phase II "
 "support conditioned \u201cupon issuance and acceptance of\u201d regulatory approvals for Frontier Communications "
 "Corporation\u2019s (Frontier) acquisition of all the ownership interests of certain Verizon subsidiaries, including "
 "Verizon California Inc. (Verizon California) and GTE Southwest Incorporated d/b/a Verizon Southwest (Verizon Texas) "
 "by December 31, 2015. Verizon requests that the Universal Service Administrative Company (USAC) defer Connect "
 "America support payments for California and Texas until Verizon provides written notice to the Bureau that the "
 "transaction has been closed. Accordingly, we direct USAC to suspend the payment of Connect America support to "
 "Verizon in these two states for the month of August and thereafter until further notice. Upon notification that "
 "the transaction has been closed, the Bureau will release a public notice directing USAC to obligate and disburse to "
 "Frontier the deferred support payments from the Universal Service Fund.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 15-974, 'Verizon "
 "Communications Inc. Conditionally Accepts Over $48.5 Million in Connect America Phase II Support in California and "
 "Texas', WC Docket No. 10-90, August 28, 2015, US federal government work (public domain); text as the FCC's EDOCS "
 "plain-text attachment holds it, from the search tool's page store at " + U2,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The Wireline Competition Bureau's public notice of 28 August 2015 (DA 15-974, WC Docket No. 10-90) as the FCC's own "
 "plain-text attachment DA-15-974A1.txt holds it (one run of text, footnotes after the body). Left out: the "
 "letterhead ('PUBLIC NOTICE Federal Communications Commission 445 12th St., S.W. Washington, D.C. 20554 News Media "
 "Information 202 / 418-0500 Internet: http://www.fcc.gov TTY: 1-888-835-5322'); the footnote markers '1' (after "
 "'in Texas.'), '2' (after 'December 31, 2015.'), '3' (after 'has been closed.', the first time) and '4' (after "
 "'Universal Service Fund.'); the contact sentence ('For additional information on this proceeding, contact Heidi "
 "Lankau (Heidi.Lankau@fcc.gov) of the Wireline Competition Bureau, Telecommunications Access Policy Division, (202) "
 "418-7400.'; an address and telephone line), the closing '\u2013 FCC \u2013' and the footnote text after it, which "
 "the excerpt breaks off inside ('1 See Letter from Christopher Creager, Senior Vice President West Area Operations, "
 "...'); `truncated`. Kept, as 43n kept the Cequel notice's header: the DA number with the release date, the "
 "upper-case heading and the docket number, each on its own line (whitespace only). Kept as written: the curly "
 "quotation marks and apostrophe, 'd/b/a'. The notice is on Connect America support, but its second sentence tells "
 "the Frontier/Verizon deal with the parent, its subsidiaries and the buyer (the lane's subject). One text per event: "
 "the Bureaus' grant order DA 15-987 of 2 September 2015 on the same deal (fcc.report's IBFS attachments, "
 "apps.fcc.gov's plain text: it names no Verizon subsidiary in its excerpt), the public notice DA 15-320 (fcc.report "
 "holds the grant order under that name) and the California PUC joint application (docslib.org) and ORA page "
 "(ora.ca.gov) are other papers on the same deal, not taken; the 2009-10 Frontier/Verizon deal (public notice DA "
 "09-1793, order FCC 10-87) is another deal whose excerpts name no subsidiary and no buyer. Found with 'Frontier "
 "Communications Verizon transfer of control California Texas Florida applications public notice' (rank 5; ranks 1, "
 "2, 4, 7 the grant order). " + CHECK + "'Frontier Communications', 'GTE Southwest', 'Verizon California', 'Verizon "
 "Southwest', 'Connect America', 'Universal Service Administrative', 'Lankau', '15-974', '15-987', '15-44': 0 in the "
 "corpus, the scripts and the pools ('Frontier' alone only in other matters: Electronic Frontier Finland, Data Center "
 "Frontier, Frontier Airlines, Frontier's 2025 fibre cut in GATHERING.md); 'Verizon' in many other matters (train "
 "fcc-verizon-911-outage-settlement-2015, dev fcc-verizon-wireless-xo-holdings-nextlink-order-2017 and others: file "
 "names only; none on Frontier).", True))

# ---- NTELOS / FiberNet / One Communications, public notice DA 10-1754, 16 September 2010 --------------------------
U3 = "https://docsbay.net/applications-filed-for-the-transfer-of-control-of-fibernet-from-one-communications-corp"
U3F = "https://docs.fcc.gov/public/attachments/DA-10-1754A1.txt"
R.append(federal(
 "us-fcc-ntelos-fibernet-one-communications-transfer-of-control-public-notice-2010", U3, "2010-09-16",
 "Applications Filed for the Transfer of Control of FiberNet from One Communications Corp. to NTELOS Inc.",
 "DA 10-1754 Released: September 16, 2010\n\n"
 "APPLICATIONS FILED FOR THE TRANSFER OF CONTROL OF FIBERNET FROM ONE COMMUNICATIONS CORP. TO NTELOS INC.\n\n"
 "PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 10-158\n\n"
 "Comment Date: October 18, 2010\n\n"
 "Reply Comment Date: November 2, 2010\n\n"
 "On August 2, 2010, One Communications Corp. (One Communications), FiberNet of Virginia, Inc., FiberNet, L.L.C., "
 "FiberNet Telecommunications of Pennsylvania, LLC, FiberNet of Ohio, LLC (together, FiberNet) and NTELOS Inc. "
 "(NTELOS) (together, with FiberNet, Applicants) filed applications pursuant to section 214 of the Communications Act "
 "of 1934, as amended. Applicants seek Commission approval of the transfer of control of FiberNet from One "
 "Communications to NTELOS, and a waiver of section 652(b), which prohibits a cable operator or its affiliate from "
 "obtaining certain interests in a local exchange carrier that provides service in the cable operator\u2019s local "
 "franchise area.\n\n"
 "One Communications, a Delaware corporation, is a holding company of operating subsidiaries, including FiberNet. One "
 "Communications\u2019 operating subsidiaries are common carriers that provide telecommunications and information "
 "services to enterprise customers, predominantly in the Northeast, Mid-Atlantic, and Midwest regions. Each of One "
 "Communications\u2019 subsidiaries operates pursuant to One Communications\u2019 international section 214 authority "
 "and provides international services solely on a resale basis. The only subsidiaries of One Communications that are "
 "included in the proposed transaction are the FiberNet subsidiaries.\n\n"
 "FiberNet provides telecommunications services in West Virginia and the surrounding region. FiberNet currently "
 "serves nearly 25,000 businesses and 9,000 residential customers with over 100,000 access lines. FiberNet\u2019s "
 "competitive strategy focuses on building and owning fiber, and it has a long-haul fiber network extending for "
 "approximately 3,500 route miles.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 10-1754, 'Applications Filed "
 "for the Transfer of Control of FiberNet from One Communications Corp. to NTELOS Inc.; Pleading Cycle Established', "
 "WC Docket No. 10-158, September 16, 2010, US federal government work (public domain); text as docsbay.net's copy of "
 "the notice holds it, from the search tool's page store at " + U3,
 "docsbay.net copy of an FCC public notice (search tool page store)",
 "The Wireline Competition Bureau's public notice of 16 September 2010 (DA 10-1754, WC Docket No. 10-158) as "
 "docsbay.net's copy holds it (footnote markers set apart as '[1]'-'[4]', paragraphs on their own lines, so no "
 "footnote text runs into the body); an FCC public notice is a US federal work, public domain on whatever page "
 "reproduces it (batch 15f). Checked word for word against the FCC's own plain-text attachment (" + U3F + ", which "
 "runs footnote 1's text into the body after '... the FiberNet subsidiaries.' and stops inside it): the same words "
 "as far as it runs. Left out: the copy's page number '1' before the DA line; the footnote markers '[1]' (after "
 "'filed applications'), '[2]' (after 'as amended.'), '[3]' (after 'local franchise area.') and '[4]' (after 'on a "
 "resale basis.'). Whitespace only: 'DA 10-1754' and 'Released: September 16, 2010' (two lines in the copy) joined "
 "on one line as 43n's Cequel notice; the heading, 'PLEADING CYCLE ESTABLISHED', the docket number and the two "
 "comment-date lines each on its own line, as the copy sets them. Cut after '... approximately 3,500 route miles.', "
 "before the sentence the excerpt breaks off inside ('The network covers all of West Virginia and extends'); "
 "`truncated`. Kept as written: 'FiberNet of Ohio, LLC (together, FiberNet)' with no 'and' before it, 'One "
 "Communications\u2019' as the possessive, the curly apostrophes, 'fiber'. One text per event: no other FCC paper on "
 "the deal came back. Found with 'fcc.report IBFS public notice transfer of control Shenandoah Telecommunications "
 "NTELOS Holdings wholly-owned subsidiary pleading cycle' (rank 7; rank 2 the FCC's own text). " + CHECK + "'FiberNet' "
 "(only in GATHERING.md, an earlier outage batch's list of leads: FiberNet's West Virginia outage, July 2007, another "
 "matter), 'NTELOS', '10-1754', '10-158': 0 in the corpus, the scripts and the pools; 'One Communications' matched "
 "only as the words 'one communications' in one test file of a 1980 Dáil debate and in the gather script of the same "
 "batch (batch36a: not this company; file name only).", True))

# ---- Verizon / Straight Path, Memorandum Opinion and Order DA 18-52, 18 January 2018 ------------------------------
U4 = "https://docs.fcc.gov/public/attachments/DA-18-52A1.txt"
R.append(federal(
 "us-fcc-verizon-straight-path-spectrum-transfer-of-control-order-2018", U4, "2018-01-18",
 "Application of Verizon Communications Inc. and Straight Path Communications, Inc. For Consent to Transfer Control "
 "of Local Multipoint Distribution Service, 39 GHz, Common Carrier Point-to-Point Microwave, and 3650-3700 MHz "
 "Service Licenses",
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: January 17, 2018 Released: January 18, 2018\n\n"
 "By the Chief, Wireless Telecommunications Bureau:\n\n"
 "I. INTRODUCTION\n\n"
 "In this Memorandum Opinion and Order, we consider the application of Verizon Communications Inc. (Verizon) and "
 "Straight Path Communications, Inc. (Straight Path, and together with Verizon, the Applicants) for Commission "
 "consent to the transfer of control of various spectrum licenses held by Straight Path\u2019s wholly-owned subsidiary "
 "Straight Path Spectrum LLC to Verizon. The proposed transfer consists of various licenses in the 28 GHz, 29 GHz, 31 "
 "GHz, and 39 GHz bands, some point-to-point microwave licenses, and one non-exclusive nationwide license in the "
 "3650-3700 MHz band. After carefully evaluating the likely public interest effects of the proposed transfer, we find "
 "that the likelihood of any public interest harms arising from the transfer is low. We note that Verizon\u2019s post- "
 "transaction spectrum holdings across the 28 GHz and 39 GHz bands do not raise particular competitive concerns in "
 "light of the current state of the marketplace as well as the recent availability of additional millimeter wave "
 "(mmW) spectrum and the corresponding revision to our mmW spectrum holdings threshold in the Spectrum Frontiers "
 "Second Report and Order. Further, we find that some public interest benefits are likely to be realized from the "
 "transfer, including the expeditious use of this spectrum for the potential introduction of innovative 5G services "
 "to the benefit of American consumers.",
 "telecoms/mobile spectrum", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireless Telecommunications Bureau Memorandum Opinion and Order DA 18-52, "
 "'In the Matter of Application of Verizon Communications Inc. and Straight Path Communications, Inc. For Consent to "
 "Transfer Control of Local Multipoint Distribution Service, 39 GHz, Common Carrier Point-to-Point Microwave, and "
 "3650-3700 MHz Service Licenses', ULS File No. 0007783428, adopted January 17, 2018, released January 18, 2018, US "
 "federal government work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search "
 "tool's page store at " + U4,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The Wireless Telecommunications Bureau's order of 18 January 2018 (DA 18-52, ULS File No. 0007783428) as the FCC's "
 "own plain-text attachment DA-18-52A1.txt holds it (one run of text; its excerpt stops before the first footnote's "
 "text). Left out: 'Federal Communications Commission DA 18-52', 'Before the Federal Communications Commission "
 "Washington, D.C. 20554', the caption (kept as `title`, without 'In the Matter of' and the ')' brackets) and 'ULS "
 "File No. 0007783428'; the paragraph number '1.'; the footnote markers '1' (after '3650-3700 MHz band.') and '2' "
 "(after 'Second Report and Order.'). Kept, as 43n kept the CBS/Viacom order's lines: 'MEMORANDUM OPINION AND "
 "ORDER', the adopted and released dates, the 'By the Chief, Wireless Telecommunications Bureau:' line and the "
 "heading 'I. INTRODUCTION', each on its own line (whitespace only). Cut after '... to the benefit of American "
 "consumers.', before the sentence the excerpt breaks off inside ('Based on the record before us and our compe'); "
 "`truncated`. Kept as written: 'post- transaction' (the rendering's line-break hyphen with its space; no word "
 "changed), the curly apostrophes, 'Straight Path Spectrum LLC' without a comma. One text per event: the Enforcement "
 "Bureau's consent decree DA 17-40 with Straight Path (justia.com, sec.gov and CUAD copies of the SEC exhibit) is "
 "another matter on the same licences, and the petitions of Public Knowledge and New America (newamerica.org), "
 "insidetowers.com, lexology.com, benton.org and Bloomberg items are not FCC texts; the Bureau's public notice of July "
 "2017 on the application did not come back. Found with 'Straight Path Communications Verizon transfer of control 39 "
 "GHz licenses FCC' (rank 3). " + CHECK + "'Straight Path', '18-52', '0007783428', 'Spectrum Frontiers', 'millimeter "
 "wave': 0 in the corpus, the scripts and the pools ('Straight Path' in GATHERING.md only in 43n's list of leads); "
 "'39 GHz' only in dev fcc-verizon-wireless-xo-holdings-nextlink-order-2017 (batch 15f: Verizon Wireless's purchase of "
 "XO's Nextlink licences, another deal; file name only).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
