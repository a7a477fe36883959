#!/usr/bin/env python3
"""Batch 46o (session 47, gatherer 46o): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a twenty-third round in the FCC transaction lane of batches 15f, 43n, 43p,
43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk, 45zo, 45zr, 45zu, 45zx, 46c,
46f, 46h and 46l, on matters no corpus file holds --
  - the Memorandum Opinion and Order DA 12-113 of 31 January 2012 (Wireline Competition, International and Wireless
    Telecommunications Bureaus) granting the applications to transfer control of Insight Communications Company, Inc.
    to Time Warner Cable Inc. (WC Docket No. 11-148), the FCC's EDOCS plain text on docs.fcc.gov (46l's lead);
  - the public notice DA 13-1088 of 14 May 2013 granting the applications for the transfer of control of Bresnan
    Broadband Holdings, LLC to Charter Communications, Inc. from Cablevision Systems Corporation (MB Docket No. 13-77),
    the fcc.gov document page.
Texts are the search tool's page-store excerpts (corpus `pages`). The sites' own lines, the letterheads, the DA
numbers, the caption's bracket column and docket number (order), and the footnote markers are left out; each text is
cut at the last full sentence before the footnotes' text runs in. Headings, date lines, the caption and the 'By the
...' line are each put on their own line and the page's line wraps joined (whitespace only). No word added or changed.
Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch46o.py [POOL_DIR] [--dry]   (default /tmp/gather47o/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather47o/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script, "
         "the notes under /work/notes and the session-47 pools /tmp/gather47*/pool (47a to 47l at the check, none on "
         "these matters): ")
R = []

# ---- Insight Communications -> Time Warner Cable, Memorandum Opinion and Order DA 12-113, 31 January 2012 ------------
U1 = "https://docs.fcc.gov/public/attachments/DA-12-113A1.txt"
R.append(federal(
 "us-fcc-time-warner-cable-insight-communications-transfer-of-control-order-2012", U1, "2012-01-31",
 "Memorandum Opinion and Order: Applications Filed for the Transfer of Control of Insight Communications Company, "
 "Inc. to Time Warner Cable Inc.",
 "In the Matter of Applications Filed for the Transfer of Control of Insight Communications Company, Inc. to Time "
 "Warner Cable Inc.\n\n"
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: January 31, 2012 Released: January 31, 2012\n\n"
 "By the Chief, Wireline Competition Bureau; Chief, International Bureau; and Chief, Wireless Telecommunications "
 "Bureau:\n\n"
 "I. INTRODUCTION\n\n"
 "1. Time Warner Cable Inc. (TWC) and Insight Communications Company, Inc. (Insight) (collectively, Applicants) filed "
 "a series of applications pursuant to sections 214 and 310(d) of the Communications Act of 1934, as amended (Act), "
 "and the Commission\u2019s rules to transfer control of Insight from its current shareholders to TWC. As part of "
 "their applications, Applicants also seek a waiver of section 652(b) of the Act, which prohibits a cable operator or "
 "its affiliate from obtaining certain interests in a local exchange carrier that provides service in the cable "
 "operator\u2019s local franchise area. Based upon the record before us, we grant Applicants\u2019 request for a waiver "
 "of section 652(b) of the Act. We find that any potential competitive harms of the transaction are limited because "
 "the Applicants primarily serve separate geographic areas, with very limited overlaps. We received no comments in "
 "opposition to the transaction, and we conclude that, overall, approval of the applications will serve the public "
 "interest, convenience, and necessity, and hereby grant the applications.",
 "telecoms/cable", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau, International Bureau and Wireless "
 "Telecommunications Bureau, Memorandum Opinion and Order DA 12-113, adopted and released January 31, 2012 "
 "(Applications Filed for the Transfer of Control of Insight Communications Company, Inc. to Time Warner Cable Inc., "
 "WC Docket No. 11-148), US federal government work (public domain); text as the FCC's EDOCS plain-text attachment "
 "holds it, from the search tool's page store at " + U1,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The three Bureaus' Memorandum Opinion and Order of 31 January 2012 (DA 12-113, WC Docket No. 11-148) granting the "
 "applications to transfer control of Insight Communications Company, Inc. from its shareholders to Time Warner Cable "
 "Inc., with a waiver of section 652(b), as the FCC's own plain-text attachment DA-12-113A1.txt holds it (one run of "
 "text; the caption's left column comes whole before its bracket column); an FCC order is a US federal work, public "
 "domain (batch 15f). Left out: the letterhead ('Federal Communications Commission DA 12-113 1 Before the Federal "
 "Communications Commission Washington, D.C. 20554', with the page number '1'); the caption's bracket column (') ) ) "
 ") ) )') and the docket number beside it ('WC Docket No. 11-148', kept in the attribution, as 46l's ION order left "
 "its file numbers); the footnote markers '1' (after 'a series of applications'), '2' (after '... to TWC.') and '3' "
 "(after '... local franchise area.'). Kept: the caption's text (one paragraph), 'MEMORANDUM OPINION AND ORDER', the "
 "adopted/released line, the 'By the Chief, ...' line, 'I. INTRODUCTION' and paragraph 1 whole, each on its own line "
 "(whitespace only). Cut after '... and hereby grant the applications.', before 'II. BACKGROUND A. Applications and "
 "Review Process' and paragraph 2, whose first sentence footnote 1's text runs into ('... released a consolidated "
 "public notice 1 Insight Communications Company, Inc. and Time Warner Cable Inc. Application ...'); `truncated`. Kept "
 "as written: '(TWC)', '(Insight)', '(collectively, Applicants)' without quotation marks, 'Applicants\u2019 request'. "
 "The fcc.report copy of the same order (IBFS ITC-T/C-20110907-00288, a line-by-line rendering) not used: the EDOCS "
 "text is the FCC's own. In the lane (a named cable operator taking control of another, granted: sector "
 "telecoms/cable, 2012). One text per event: the applicants' IBFS attachment (party filing), TWC's SEC notes, TWC's "
 "press release (digitaltvnews.net, michaelsinsight.com) and TheWrap's story not used. Found with 'Time Warner Cable "
 "Insight Communications transfer of control DA 12-113' (rank 1). " + CHECK +
 "'Insight Communications', 'Insight Midwest', '12-113', 'DA-12-113', '11-148': 'Insight Communications' and "
 "'12-113' only in GATHERING.md's and 46l's and 45zr's lead and not-used lists; the others in no corpus file, script, "
 "note or pool. 'Time Warner Cable' is named in other corpus files on other matters (not this deal); file names only.",
 True))

# ---- Bresnan Broadband Holdings -> Charter Communications, from Cablevision, public notice DA 13-1088, 14 May 2013 -----
U2 = "http://www.fcc.gov/document/transfer-control-bresnan-broadband-charter-communications"
R.append(federal(
 "us-fcc-bresnan-broadband-charter-communications-cablevision-transfer-of-control-granted-public-notice-2013", U2,
 "2013-05-14",
 "Applications Granted for the Transfer of Control of Bresnan Broadband Holdings, LLC to Charter Communications, Inc.",
 "Released: May 14, 2013\n\n"
 "APPLICATIONS GRANTED FOR THE TRANSFER OF CONTROL OF BRESNAN BROADBAND HOLDINGS, LLC TO CHARTER COMMUNICATIONS, "
 "INC.\n\n"
 "MB Docket No. 13-77\n\n"
 "On February 25 and March 12, 2013, Charter Communications, Inc. (\u201cCharter\u201d), Cablevision Systems "
 "Corporation (\u201cCablevision\u201d), and their respective subsidiaries (collectively, the \u201cApplicants\u201d) "
 "jointly submitted applications to the Commission seeking consent to the transfer of control of certain licenses "
 "pursuant to Section 310(d) of the Communications Act of 1934, as amended (the \u201cAct\u201d). In addition, on "
 "February 27, 2013, the Applicants jointly submitted applications to the Commission seeking consent to the transfer "
 "of control of certain licenses pursuant to Section 214 of the Act. The proposed transfer of control of these "
 "licenses is part of a larger transaction whereby a subsidiary of Charter will acquire control of Bresnan Broadband "
 "Holdings, LLC (\u201cBresnan\u201d) and its subsidiaries from Cablevision.\n\n"
 "Charter is a provider of bundled video, voice, and broadband Internet services in 25 states. It is also the "
 "fourth-largest cable television system in the United States. Cablevision is a provider of bundled video, voice, and "
 "broadband Internet services primarily in the tri-state area of New York, New Jersey, and Connecticut. In 2010, "
 "Cablevision purchased Bresnan and its subsidiaries and affiliates, and thereafter provided video, voice, and "
 "broadband services to customers through Bresnan in Colorado, Montana, Utah, and Wyoming.",
 "telecoms/cable", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Public Notice DA 13-1088, released May 14, 2013, 'Applications Granted for "
 "the Transfer of Control of Bresnan Broadband Holdings, LLC to Charter Communications, Inc.', MB Docket No. 13-77, "
 "US federal government work (public domain); text as the fcc.gov document page holds it, from the search tool's "
 "page store at " + U2,
 "fcc.gov document page (search tool page store)",
 "The public notice of 14 May 2013 (DA 13-1088, MB Docket No. 13-77) granting the applications of Charter "
 "Communications, Inc. and Cablevision Systems Corporation for the transfer of control of Bresnan Broadband Holdings, "
 "LLC to Charter, as the fcc.gov document page holds it (the notice's lines as the page sets them); an FCC public "
 "notice is a US federal work, public domain (batch 15f). The Bureau is not named in the kept text (the MB docket "
 "points to the Media Bureau; the attribution names only the Commission). Left out: the page's own lines ('Skip "
 "Navigation', 'Federal Communications Commission', 'English Display Options', 'Commission Document', its heading "
 "'Transfer of Control Of Bresnan Broadband to Charter Communications', 'Download Options' and its first 'Released: "
 "May 14, 2013'); the letterhead ('PUBLIC NOTICE Federal Communications Commission News Media Information 202 / "
 "418-0500 445 12th St., S.W. Internet: http://www.fcc.gov Washington, D.C. 20554 TTY: 1-888-835-5322'); the DA "
 "number ('DA 13-1088', as 46h and 46l left out DA lines); the footnote markers '1' (after '... Section 214 of the "
 "Act.'), '2' (after '... from Cablevision.'), '3' (after '... and Connecticut.'), '4' (after 'subsidiaries and "
 "affiliates,') and '5' (after '... and Wyoming.'). Kept: the notice's 'Released' line, the upper-case heading (its "
 "two lines joined), the docket line and the body's two paragraphs, the page's line wraps joined (whitespace only). "
 "Cut after '... Colorado, Montana, Utah, and Wyoming.', before footnote 1's text ('1 Application for Consent to "
 "Transfer Control of Wireless Lice...', where the excerpt breaks off); `truncated`. Kept as written: "
 "'fourth-largest', 'tri-state', 'Section 310(d)', 'Section 214 of the Act'. In the lane (a named cable operator's "
 "subsidiary to take control of a named cable company from its named owner, granted: sector telecoms/cable, 2013). "
 "One text per event: the Cablevision of Paterson pro forma exhibit (a party filing on another step) and the Pennsylvania "
 "cable association's news clip (Wall Street Journal text) not used. Found with 'Bresnan Broadband Holdings "
 "Cablevision transfer of control domestic section 214 public notice' (rank 1). " + CHECK +
 "'Bresnan', '13-1088', '13-77' (as 'MB Docket No. 13-77'): 'Bresnan' only in a train SEC file on Doral Financial and "
 "batch45za's script (a person, Peter H. Bresnan, per GATHERING.md's 45za notes) and in GATHERING.md's line on him; "
 "'13-1088' and 'MB Docket No. 13-77' in no corpus file, script, note or pool. 'Charter Communications' and "
 "'Cablevision' are named in other corpus files on other matters (not this deal); file names only.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
