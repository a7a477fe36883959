#!/usr/bin/env python3
"""Batch 45zk (session 46, gatherer 45zk): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a fourteenth round in the FCC transaction lane of batches 15f, 43n, 43p,
43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc and 45zg, on deals no corpus file holds --
  - the Wireless Telecommunications Bureau's public notice DA 04-3873 of 10 December 2004, 'VERIZON WIRELESS AND
    NEXTWAVE SEEK FCC CONSENT TO TRANSFER CONTROL OF BROADBAND PCS LICENSES' (WT Docket No. 04-434; the licences of
    NextWave Personal Communications Inc. and NextWave Power Partners Inc. to pass from NextWave Telecom Inc. to
    Cellco Partnership d/b/a Verizon Wireless), the FCC's EDOCS plain text on docs.fcc.gov;
  - the Wireline Competition Bureau's public notice DA 05-2464 of 19 September 2005, 'DOMESTIC SECTION 214 APPLICATION
    FILED FOR TRANSFER OF CONTROL OF CONNECTICUT TELEPHONE AND COMMUNICATIONS SYSTEMS, INC. AND CONNECTICUT BROADBAND,
    LLC, TO CTC COMMUNICATIONS GROUP, INC.' (WC Docket No. 05-268), the FCC's EDOCS plain text on docs.fcc.gov.
Texts are the search tool's page-store excerpts (corpus `pages`). The rendering's page line, the FCC letterheads,
addresses and telephone lines, the DA numbers and the footnote markers are left out; each text is cut at the last full
sentence before the footnotes' text runs in. No word added or changed. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45zk.py [POOL_DIR] [--dry]   (default /tmp/gather46zk/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46zk/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45zg included), the session-46 notes and the session-46 pools /tmp/gather46*/pool (46a to 46z, 46za to "
         "46zh at the last check: SEC, DOJ, House, Senate and FCC texts, none on these deals): ")
R = []

# ---- Verizon Wireless / NextWave, Wireless Telecommunications Bureau public notice DA 04-3873, 10 December 2004 -------
U1 = "https://docs.fcc.gov/public/attachments/DA-04-3873A1.txt"
R.append(federal(
 "us-fcc-verizon-wireless-nextwave-pcs-licenses-transfer-of-control-pleading-cycle-public-notice-2004", U1,
 "2004-12-10",
 "VERIZON WIRELESS AND NEXTWAVE SEEK FCC CONSENT TO TRANSFER CONTROL OF BROADBAND PCS LICENSES",
 "Released: December 10, 2004\n\n"
 "VERIZON WIRELESS AND NEXTWAVE SEEK FCC CONSENT TO TRANSFER CONTROL OF BROADBAND PCS LICENSES\n\n"
 "WT Docket No. 04- 434\n\n"
 "PLEADING CYCLE ESTABLISHED\n\n"
 "Petitions to Deny Due: January 10, 2005\n\n"
 "Oppositions Due: January 21, 2005\n\n"
 "Replies Due: January 28, 2005\n\n"
 "NextWave Telecom Inc. (\u201c NextWave Telecom\u201d) and Cellco Partnership d/ b/ a Verizon Wireless (\u201c Cellco\u201d) "
 "(collectively, the \u201cApplicants\u201d) have filed two applications pursuant to Section 310( d) of the "
 "Communications Act of 1934, as amended. In these applications, the Applicants seek Commission approval of the "
 "proposed transfer of control of licenses held by NextWave Personal Communications Inc., Debtor- In- Possession "
 "(\u201c NPCI\u201d) and NextWave Power Partners Inc., Debtor- In- Possession (\u201c NPPI\u201d), from NextWave Telecom "
 "to Cellco. The proposed transfers of control involve 23 C, D, E, and F- block broadband Personal Communications "
 "Services (\u201c PCS\u201d) licenses. Upon consummation of the proposed transaction, Cellco will receive 10 MHz of "
 "spectrum in 19 Basic Trading Areas (\u201c BTAs\u201d) and 20 MHz of spectrum in four BTAs. The proposed transfers "
 "of control will occur pursuant to an acquisition agreement (the \u201cAgreement\u201d) by and among NextWave "
 "Telecom, Cellco, and VZW Corp., a wholly- owned subsidiary of Cellco, dated as of November 4, 2004. Because "
 "NextWave Telecom is undergoing bankruptcy reorganization, the U. S. Bankruptcy Court for the Southern District of "
 "New York has reviewed the Agreement and authorized NextWave Telecom to enter into it and perform its obligations "
 "thereunder.",
 "telecoms/wireless", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireless Telecommunications Bureau, public notice DA 04-3873, 'Verizon "
 "Wireless and NextWave Seek FCC Consent to Transfer Control of Broadband PCS Licenses', WT Docket No. 04-434, "
 "December 10, 2004, US federal government work (public domain); text as the FCC's EDOCS plain-text attachment holds "
 "it, from the search tool's page store at " + U1,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 10 December 2004 opening the pleading cycle on NextWave Telecom's and Cellco's applications "
 "(DA 04-3873, WT Docket No. 04-434) as the FCC's own plain-text attachment DA-04-3873A1.txt holds it (one run of "
 "text, a PDF rendering with spaces after hyphens, slashes, parentheses and opening quotation marks, as 45zg's DA "
 "06-1422); an FCC public notice is a US federal work, public domain (batch 15f). Left out: the rendering's page line "
 "('*Pages 1--4 from Microsoft Word - 44611.doc*'); the letterhead ('PUBLIC NOTICE FEDERAL COMMUNICATIONS COMMISSION "
 "445 TWELFTH STREET, S. W. WASHINGTON, D. C. 20554'), the DA number ('DA 04- 3873') and the information line ('News "
 "media information 202/ 418- 0500 Fax- On- Demand 202/ 418- 2830 Internet: http:// www. fcc. gov ftp. fcc. gov'); "
 "the footnote markers ' 1' (after 'as amended.'), ' 2' (after 'in four BTAs.') and ' 3' (after 'obligations "
 "thereunder.'). Kept: the release date, the heading, the docket line, 'PLEADING CYCLE ESTABLISHED' and the three "
 "due-date lines, each on its own line (whitespace only); the body's first paragraph up to its last full sentence. "
 "Cut after '... perform its obligations thereunder.', before the sentence the footnotes' text breaks ('This "
 "transaction does not involve the transfer of control of any other FCC licenses or authorizations, 1 47 U. S. C. § "
 "310( d).'), and the rest; `truncated`. Kept as written (the rendering's spaces): 'WT Docket No. 04- 434', '(\u201c "
 "NextWave Telecom\u201d)', 'd/ b/ a', 'Section 310( d)', 'Debtor- In- Possession', 'F- block', 'wholly- owned', 'U. "
 "S. Bankruptcy Court'. The title field is the heading as written. In the lane (a transfer of control of named "
 "wireless licensees from a named parent to a named buyer, applied for: sector telecoms/wireless, as 45zg's ALLTEL/"
 "Cingular notice). One text per event: the Cingular/NextWave licence assignments of 2003 (DA 03-3031, FCC 04-26: "
 "licences assigned, another matter) not used. Found with 'Nextel Partners Sprint Nextel transfer of control "
 "licenses public notice 2006 Wireless Telecommunications Bureau' (rank 6). " + CHECK + "'NextWave', 'NPPI', "
 "'VZW Corp', '04-3873', '04-434', '44611': no corpus file, script, note or pool; 'NPCI' only as India's payments "
 "corporation (train wp-rupay, batch 29b; another matter); 'Cellco' and 'Verizon "
 "Wireless' in other events (dev us-fcc-verizon-wireless-xo-holdings-nextlink-..., test us-fcc-bell-atlantic-"
 "vodafone-voicestream-..., Verizon Wireless's other deals); file names only.", True))

# ---- Connecticut Telephone / Connecticut Broadband to CTC Communications Group, Wireline Competition Bureau public
# ---- notice DA 05-2464, 19 September 2005
U2 = "https://docs.fcc.gov/public/attachments/DA-05-2464A1.txt"
R.append(federal(
 "us-fcc-ctc-communications-group-connecticut-telephone-broadband-transfer-of-control-public-notice-2005", U2,
 "2005-09-19",
 "DOMESTIC SECTION 214 APPLICATION FILED FOR TRANSFER OF CONTROL OF CONNECTICUT TELEPHONE AND COMMUNICATIONS SYSTEMS, "
 "INC. AND CONNECTICUT BROADBAND, LLC, TO CTC COMMUNICATIONS GROUP, INC.",
 "Released: September 19, 2005\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR TRANSFER OF CONTROL OF CONNECTICUT TELEPHONE AND COMMUNICATIONS SYSTEMS, "
 "INC. AND CONNECTICUT BROADBAND, LLC, TO CTC COMMUNICATIONS GROUP, INC.\n\n"
 "STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 05- 268\n\n"
 "Comments Due: October 3, 2005\n\n"
 "Reply Comments Due: October 10, 2005\n\n"
 "On August 19, 2005, Connecticut Partner Telecom, Inc. (\u201c CPT\u201d) and CTC Communications Group, Inc. (\u201c CTC "
 "Group\u201d) (collectively, \u201cApplicants\u201d) filed an application pursuant to sections 63.03 and 63.04 of the "
 "Commission\u2019s rules requesting approval to transfer control of Connecticut Telephone and Communications "
 "Systems, Inc. (\u201c Connecticut Telephone\u201d) and Partner Communications LLC, now known as Connecticut "
 "Broadband, LLC (\u201c Connecticut Broadband\u201d) (collectively, \u201cTransferees\u201d) from CPT to CTC Group. "
 "Applicants assert that this transaction is entitled to presumptive streamlined treatment under section 63.03( b)( "
 "2)( i) of the Commission\u2019s rules because, post- consummation, (1) CTC Group and its affiliates will have a "
 "market share in the interstate, interexchange market of less than 10%; (2) CTC Group and its affiliates will "
 "provide competitive telephone exchange services or exchange access services exclusively in geographic areas served "
 "by a dominant local exchange carrier that is not a party to this transaction; and (3) neither the Applicants nor "
 "any of their affiliates are regulated as dominant with respect to any service.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau, public notice DA 05-2464, 'Domestic Section "
 "214 Application Filed for Transfer of Control of Connecticut Telephone and Communications Systems, Inc. and "
 "Connecticut Broadband, LLC, to CTC Communications Group, Inc.', WC Docket No. 05-268, September 19, 2005, US "
 "federal government work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search "
 "tool's page store at " + U2,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 19 September 2005 opening the streamlined pleading cycle on the domestic section 214 "
 "application (DA 05-2464, WC Docket No. 05-268) as the FCC's own plain-text attachment DA-05-2464A1.txt holds it "
 "(one run of text, a PDF rendering with spaces after hyphens, slashes, parentheses and opening quotation marks); an "
 "FCC public notice is a US federal work, public domain (batch 15f). Left out: the rendering's page line ('*Pages "
 "1--6 from Microsoft Word - 51714*'); the letterhead ('PUBLIC NOTICE Federal Communications Commission 445 12 th "
 "Street, S. W. Washington, D. C. 20554'), the information lines ('News Media Information 202 / 418- 0500 Fax- On- "
 "Demand 202 / 418- 2830 TTY 202 / 418- 2555 Internet: http:// www. fcc. gov ftp. fcc. gov') and the DA number ('DA "
 "05- 2464'); the footnote markers ' 1' (after 'the Commission\u2019s rules', first), ' 2' (after 'from CPT to CTC "
 "Group.') and ' 3' (after 'with respect to any service.'). Kept: the release date, the heading, 'STREAMLINED "
 "PLEADING CYCLE ESTABLISHED', the docket line and the two due-date lines, each on its own line (whitespace only); "
 "the body's first two sentences. Cut after '... dominant with respect to any service.', where the footnotes' text "
 "runs in ('1 47 C. F. R §§ 63.03, 63.04; see 47 U. S. C. § 214. 2 Applicants are also filing applications for "
 "transfer of control associated with authorization for international services. ...'), and the rest; `truncated`. "
 "Kept as written: 'Commission\u2019s rules' with its curly apostrophe, '(\u201c CPT\u201d)', '(collectively, "
 "\u201cTransferees\u201d)' (so in the notice, for the companies whose control passes), 'section 63.03( b)( 2)( i)', "
 "'post- consummation', 'less than 10%'. The title field is the heading as written. In the lane (a transfer of "
 "control of two named carriers from a named parent to a named buyer, applied for: sector telecoms/wireline "
 "carrier, as 44s's Citizens/Commonwealth notice). One text per event: no other FCC paper on the deal came back. "
 "Found with 'domestic section 214 application filed for the transfer of control of CT Communications to "
 "Windstream' (rank 1). " + CHECK + "'Connecticut Telephone', 'Connecticut Partner', 'Connecticut Broadband', 'CTC "
 "Communications', '05-2464', '05-268', '51714': no corpus file, script, note or pool; 'Partner Communications' "
 "only in train wp-iowa-telecom (file name only; an Iowa company of that name, another matter); 'One Communications' (CTC's later merged group) in train "
 "us-fcc-earthlink-itc-deltacom-... and dev us-fcc-ntelos-fibernet-one-communications-... (other deals; this text "
 "does not name it); file names only.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
