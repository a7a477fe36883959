#!/usr/bin/env python3
"""Batch 46f (session 47, gatherer 46f): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a twentieth round in the FCC transaction lane of batches 15f, 43n, 43p,
43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk, 45zo, 45zr, 45zu, 45zx and
46c, on matters no corpus file holds --
  - the Wireless Telecommunications Bureau's Memorandum Opinion and Order DA 07-1557 of 30 March 2007 on the
    application of WWC Holding Co., Inc. (an ALLTEL subsidiary) and RCC Minnesota, Inc. (a Rural Cellular subsidiary)
    to assign wireless licences, Hickory Tech Corporation's petition denied (File No. 0002849067), a docslib.org copy
    of the FCC's order;
  - the Commission's Memorandum Opinion and Order on Reconsideration FCC 14-7 of 30 January 2014 on the 2007 grant of
    the transfer of control of Tribune Company to Sam Zell, the Tribune ESOP and EGI-TRB, LLC (MB Docket No. 07-119),
    the FCC's EDOCS plain text on docs.fcc.gov.
Texts are the search tool's page-store excerpts (corpus `pages`). docslib's own lines, the letterheads, the DA/FCC
numbers, the captions' bracket columns (and DA 07-1557's whole caption, whose bracket column runs into a party's
name) and the footnote markers are left out; each text is cut at the last full sentence before the footnotes' text
runs in. The headings, the adopted/released line, the 'By the ...' line and the numbered paragraphs are each put on
their own line (whitespace only). No word added or changed. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch46f.py [POOL_DIR] [--dry]   (default /tmp/gather47f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather47f/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch46c included), the notes under /work/notes and the session-47 pools /tmp/gather47*/pool (47a's two "
         "SEC, 47b's two DOJ and 47c's three FCC texts at the last check, none on these matters): ")
R = []

# ---- WWC Holding (ALLTEL) / RCC Minnesota (Rural Cellular), Memorandum Opinion and Order DA 07-1557, 30 March 2007 --
U1 = "https://docslib.org/doc/2499650/da-07-1557a1-pdf"
R.append(federal(
 "us-fcc-wwc-holding-alltel-rcc-minnesota-rural-cellular-license-assignment-order-2007", U1, "2007-03-30",
 "Memorandum Opinion and Order: Applications of WWC Holding Co., Inc. and RCC Minnesota, Inc. for consent to "
 "assignment of licenses",
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: March 30, 2007 Released: March 30, 2007\n\n"
 "By the Chief, Wireless Telecommunications Bureau:\n\n"
 "I. INTRODUCTION\n\n"
 "1. We have before us an application filed by WWC Holding Co., Inc. (\u201cWWC\u201d), a wholly- owned indirect "
 "subsidiary of ALLTEL Corporation (\u201cALLTEL\u201d), and RCC Minnesota, Inc. (\u201cRCCM\u201d), a wholly-owned "
 "subsidiary of Rural Cellular Corporation (\u201cRCC\u201d) (collectively, the \u201cApplicants\u201d), seeking "
 "Commission consent to the assignment of four cellular licenses, one broadband Personal Communications Services "
 "(\u201cPCS\u201d) license, 26 fixed point-to-point microwave licenses and two microwave industrial/business pool "
 "licenses (the \u201cApplication\u201d). As discussed fully below, pursuant to our review under section 310(d) of "
 "the Communications Act of 1934, as amended (the \u201cCommunications Act\u201d), we conclude that approval of the "
 "Application will serve the public interest, convenience, and necessity and we deny the Petition To Condition "
 "Approval or To Deny filed by Hickory Tech Corporation (\u201cHickory Tech\u201d).\n\n"
 "II. BACKGROUND\n\n"
 "A. Description of Applicants\n\n"
 "2. ALLTEL is a publicly-traded Delaware corporation, headquartered in Little Rock, Arkansas. It provides wireless "
 "telecommunications services through its licensee subsidiaries, including ALLTEL Communications, Inc. "
 "(\u201cACI\u201d) and WWC.",
 "telecoms/wireless", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireless Telecommunications Bureau, Memorandum Opinion and Order DA 07-1557, "
 "adopted and released March 30, 2007 (Applications of WWC Holding Co., Inc. and RCC Minnesota, Inc. For Consent to "
 "Assignment of Licenses, File No. 0002849067), US federal government work (public domain); text as a docslib.org "
 "copy of the order holds it, from the search tool's page store at " + U1,
 "docslib.org copy of an FCC order (search tool page store)",
 "The Wireless Telecommunications Bureau's Memorandum Opinion and Order of 30 March 2007 granting WWC Holding Co., "
 "Inc.'s and RCC Minnesota, Inc.'s application to assign licences and denying Hickory Tech Corporation's petition "
 "(DA 07-1557, File No. 0002849067) as a docslib.org copy holds it (a PDF text rendering in one run, footnote markers "
 "set against the word before them, the footnotes' text running in after paragraph 2's second sentence); an FCC "
 "order is a US federal work, public domain (batch 15f), whichever site copies it (docslib copies as 43u, 45zo, 46c). "
 "Left out: docslib's own lines ('DA-07-1557A1.Pdf', 'Total Page:16', 'File Type:pdf, Size:1020Kb'); the letterhead "
 "('Federal Communications Commission DA 07-1557 Before the Federal Communications Commission Washington, D.C. "
 "20554'); the whole caption ('In the Matter of ) ) Applications of WWC Holding Co., Inc. and RCC ) File No. "
 "0002849067 Minnesota, Inc. ) ) For Consent to Assignment of Licenses )': its bracket column puts the file number "
 "inside 'RCC Minnesota, Inc.', which could not be kept without moving words; the title field describes it instead); "
 "the footnote markers '1' (in 'Application\u201d).1'), '2' (in 'Communications Act\u201d),2'), '3' (in 'Hickory "
 "Tech\u201d).3'), '4' (in 'Arkansas.4') and '5' (in 'WWC.5'). Kept: 'MEMORANDUM OPINION AND ORDER', the adopted/"
 "released line, the 'By the Chief, Wireless Telecommunications Bureau:' line, 'I. INTRODUCTION', paragraph 1, 'II. "
 "BACKGROUND', 'A. Description of Applicants' and paragraph 2's first two sentences, each on its own line (whitespace "
 "only; the store gives one run, the breaks are at the headings' and paragraph numbers' places, as 45zo's FCC "
 "07-185). Cut after '... including ALLTEL Communications, Inc. (\u201cACI\u201d) and WWC.', before the sentence "
 "the footnotes' text runs into ('ALLTEL provides wireless communications 1 Universal Licensing System ...'), the "
 "excerpt breaking off inside footnote 4 ('Form 10-K, at 1 (Fe'); `truncated`. Kept as written: 'wholly- owned "
 "indirect subsidiary' (the rendering's space) beside 'wholly-owned subsidiary', 'ALLTEL' in capitals, 'Petition To "
 "Condition Approval or To Deny', 'publicly-traded', 'point-to-point', 'industrial/business', '26' in figures beside "
 "'four', 'one' and 'two' in words. The order's only heading is its caption: the title field is a plain description "
 "(as 45zo's FCC 07-185). In the lane (two named wireless carriers' named subsidiaries applying to assign licences, a "
 "named rival's petition denied, the Bureau's grant: sector telecoms/wireless; a licence assignment, so its company "
 "relations are the stated ownership lines, as 46c's DA 03-1523). One text per event: no pleading-cycle notice on "
 "File No. 0002849067 came back. Found with 'Western Wireless Corporation ALLTEL Corporation seek FCC consent "
 "transfer control licenses WT Docket 05-50 pleading cycle' (rank 5) and 'DA 07-1557 WWC Holding Co. RCC Minnesota "
 "assignment of licenses Hickory Tech petition to condition approval memorandum opinion and order' (rank 1). " + CHECK
 + "'07-1557', 'RCC Minnesota', 'RCCM', '0002849067': no corpus file, script, note or pool; 'WWC Holding Co' and "
 "'ALLTEL Communications, Inc.' only in files on another deal (45zg's ALLTEL/Cingular Southern Minnesota notice, test, "
 "and its notes); 'Rural Cellular Corporation' only in files on another deal (45zr's Verizon Wireless/RCC notice, "
 "train); 'Hickory Tech Corporation' only in files on another deal (44k's Enventis notice, train); file names only.",
 True))

# ---- Tribune Company / Sam Zell, Memorandum Opinion and Order on Reconsideration FCC 14-7, 30 January 2014 ----------
U2 = "https://docs.fcc.gov/public/attachments/FCC-14-7A1.txt"
R.append(federal(
 "us-fcc-tribune-company-sam-zell-egi-trb-transfer-of-control-reconsideration-order-2014", U2, "2014-01-30",
 "Memorandum Opinion and Order on Reconsideration: Shareholders of Tribune Company, Transferors, and Sam Zell, et al., "
 "Transferees, for consent to the transfer of control of The Tribune Company",
 "In the Matter of Shareholders of Tribune Company, Transferors and Sam Zell, et al. Transferees For Consent to the "
 "Transfer of Control of The Tribune Company and Applications for the Renewal of License of KTLA(TV), Los Angeles, "
 "California, et al.\n\n"
 "MB Docket No. 07-119 File Nos. BRCT-20060811ASH, et al.\n\n"
 "MEMORANDUM OPINION AND ORDER ON RECONSIDERATION\n\n"
 "Adopted: January 29, 2014 Released: January 30, 2014\n\n"
 "By the Commission:\n\n"
 "I. INTRODUCTION\n\n"
 "1. The Commission has before it petitions for reconsideration of a decision granting the applications to transfer "
 "control of Tribune Company and its licensee subsidiaries from its former shareholders to Sam Zell, The Tribune "
 "Employee Stock Ownership Plan (\u201cESOP Plan\u201d) as implemented through the Tribune Employee Stock Ownership "
 "Trust (\u201cTribune Trust\u201d), and EGI-TRB, LLC (\u201cEGI- TRB\u201d). In that decision (\u201cTribune "
 "I\u201d), the Commission also granted the broadcast license renewal applications filed by Tribune for four of its "
 "stations. A petition for reconsideration was filed jointly by the United Church of Christ, the Media Alliance, and "
 "Charles Benton (\u201cUCC/MA\u201d), and a petition was filed by the International Brotherhood of the Teamsters "
 "(\u201cTeamsters\u201d). Oppositions were filed by Tribune and the Zell Group. Replies were filed by UCC/MA and by "
 "the Teamsters. For the reasons stated below, we grant UCC/MA\u2019s petition for reconsideration with respect to "
 "standing, and in all other respects we deny the petitions for reconsideration.",
 "media/broadcasting", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Memorandum Opinion and Order on Reconsideration FCC 14-7, adopted January "
 "29, 2014, released January 30, 2014 (Shareholders of Tribune Company, Transferors, and Sam Zell, et al., "
 "Transferees, For Consent to the Transfer of Control of The Tribune Company), MB Docket No. 07-119, US federal "
 "government work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's "
 "page store at " + U2,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The Commission's Memorandum Opinion and Order on Reconsideration of 30 January 2014 on the petitions against its "
 "2007 grant of the transfer of control of Tribune Company to Sam Zell, the Tribune ESOP and EGI-TRB, LLC (FCC 14-7, "
 "MB Docket No. 07-119) as the FCC's own plain-text attachment FCC-14-7A1.txt holds it (one run of text, no page "
 "line, footnote markers set apart by spaces, the footnotes' text running in after paragraph 1); an FCC order is a "
 "US federal work, public domain (batch 15f). Left out: the letterhead ('Federal Communications Commission FCC 14-7 "
 "Before the Federal Communications Commission Washington, D.C. 20554'); the caption's bracket column (') ) ) ... )', "
 "eighteen brackets); the footnote markers ' 1' (after 'licensee subsidiaries'), ' 2' (after '(\u201cEGI- "
 "TRB\u201d).') and ' 3' (after 'four of its stations.'). Kept: the caption as one line, the docket and file-number "
 "line, 'MEMORANDUM OPINION AND ORDER ON RECONSIDERATION', the adopted/released line, 'By the Commission:', 'I. "
 "INTRODUCTION' and paragraph 1 with its number, each on its own line (whitespace only, as 45zo's FCC 07-185). Cut "
 "after '... we deny the petitions for reconsideration.', before the footnotes' text ('1 Shareholders of Tribune "
 "Company, Memorandum Opinion and Order, 22 FCC Rcd 21266 (2007) ...'), the excerpt breaking off inside footnote 3 "
 "('Those stations are WPIX(TV), New York, New York; WTIC-TV,'); `truncated`. Kept as written: 'Transferors and Sam "
 "Zell, et al. Transferees' (no commas around 'Transferees' in the caption), 'The Tribune Company' in the caption "
 "beside 'Tribune Company' in the body, 'The Tribune Employee Stock Ownership Plan' with a capital 'The', "
 "'(\u201cEGI- TRB\u201d)' with the rendering's space beside 'EGI-TRB, LLC', 'UCC/MA\u2019s' (curly apostrophe). The "
 "order has no heading beyond its caption and title: the title field is a plain description (as 45zo's FCC 07-185). "
 "In the lane (control of a named broadcaster passing from its shareholders to a named person, a named plan and a "
 "named company, granted, told in the Commission's order on the petitions against the grant: sector "
 "media/broadcasting, as 46c's Clear Channel notice). Its year is 2014, past the lane's 2003-2007 leads, but the deal "
 "(2007) is in none of the corpus's files. One text per event: the fcc.gov document page of the same order (its "
 "rendering keeps the caption's brackets line by line), the FCC transaction-team page 'Samuel Zell and Tribune "
 "Company' (UNT End of Term archive), the parties' reconsideration filings (docslib) and the 2007 order itself (22 "
 "FCC Rcd 21266, did not come back) not used. Found with 'Tribune Company Sam Zell ESOP transfer of control broadcast "
 "licenses MB Docket 07-119 public notice' (rank 4) and 'FCC 14-7 Shareholders of Tribune Company Sam Zell memorandum "
 "opinion and order on reconsideration United Church of Christ Media Alliance Teamsters' (rank 2). " + CHECK
 + "'Zell', 'EGI-TRB', '07-119', 'FCC 14-7', 'Tribune Employee', 'ESOP' (text files), 'United Church of Christ', "
 "'Media Alliance', 'Teamsters', 'Charles Benton': no corpus file, script, note or pool; 'Tribune Company' only in "
 "files on another matter (a 2006 Wikinews story on the WB and UPN networks becoming the CW); file names only.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
