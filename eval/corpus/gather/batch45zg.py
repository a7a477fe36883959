#!/usr/bin/env python3
"""Batch 45zg (session 46, gatherer 45zg): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a thirteenth round in the FCC transaction lane of batches 15f, 43n, 43p,
43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x and 45zc, after 45zc's leads (deals no corpus
file holds) --
  - the International Bureau's public notice DA 05-3289 of 22 December 2005, 'AUTHORIZATIONS GRANTED: APPLICATIONS FOR
    CONSENT TO TRANSFER CONTROL OF WILTEL COMMUNICATIONS, LLC AND VYVX, LLC FROM LEUCADIA NATIONAL CORPORATION TO
    LEVEL 3 COMMUNICATIONS, LLC' (IB Docket No. 05-318), as fcc.report's copy of the FCC's IBFS attachment holds it;
  - the Wireless Telecommunications Bureau's public notice DA 06-1422 of 10 July 2006, 'ALLTEL COMMUNICATIONS, INC.
    AND CINGULAR WIRELESS LLC SEEK FCC CONSENT TO TRANSFER CONTROL OF LICENSES AND AUTHORIZATIONS' (WT Docket No.
    06-131; Southern Minnesota, LLC to pass to Cingular), the FCC's EDOCS plain text on docs.fcc.gov.
Texts are the search tool's page-store excerpts (corpus `pages`). The host's lines, the FCC letterheads, addresses and
telephone lines, the DA numbers and the footnote markers are left out; each text is cut at the last full sentence
before the footnotes' text runs in or the excerpt breaks off. No word added or changed. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45zg.py [POOL_DIR] [--dry]   (default /tmp/gather46zg/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46zg/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45zc included), the session-46 notes and the session-46 pools /tmp/gather46*/pool (46a to 46z, 46za to "
         "46zf and 46zh at the last check: SEC, DOJ, House, Senate and FCC texts, none on these deals): ")
R = []

# ---- Leucadia / WilTel / Vyvx to Level 3, International Bureau public notice DA 05-3289, 22 December 2005 ------------
U1 = "https://fcc.report/IBFS/SES-T-C-20051102-01504/473402"
R.append(federal(
 "us-fcc-leucadia-wiltel-vyvx-level-3-transfer-of-control-granted-public-notice-2005", U1, "2005-12-22",
 "Authorizations Granted: Applications for Consent to Transfer Control of WilTel Communications, LLC and Vyvx, LLC "
 "from Leucadia National Corporation to Level 3 Communications, LLC",
 "Released: December 22, 2005\n\n"
 "AUTHORIZATIONS GRANTED\n\n"
 "APPLICATIONS FOR CONSENT TO TRANSFER CONTROL OF WILTEL COMMUNICATIONS, LLC AND VYVX, LLC FROM LEUCADIA NATIONAL "
 "CORPORATION TO LEVEL 3 COMMUNICATIONS, LLC\n\n"
 "IB Docket No. 05-318\n\n"
 "By the Chief, International Bureau:\n\n"
 "On November 2, 2005, Leucadia National Corporation (\u201cLeucadia\u201d), WilTel Communications, LLC "
 "(\u201cWilTel\u201d), Vyvx, LLC (\u201cVyvx\u201d), and Level 3 Communications, LLC (\u201cLevel 3\u201d) "
 "(collectively, \u201cthe Applicants\u201d) filed a series of applications pursuant to sections 214 and 310(d) of "
 "the Communications Act of 1934, as amended, and section 2 of the Cable Landing License Act. The Applicants seek "
 "Commission approval of the transfer of control to Level 3 of licenses and authorizations held by WilTel, a "
 "wholly-owned indirect subsidiary of Leucadia, and by Vyvx, a subsidiary of WilTel. This transfer of control will "
 "result from a proposed acquisition whereby Level 3 will acquire all of the outstanding shares of WilTel\u2019s "
 "immediate parent company, WilTel Communications Group, LLC (\u201cWCG\u201d).",
 "telecoms/fiber network provider", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, International Bureau, public notice DA 05-3289, 'Authorizations Granted: "
 "Applications for Consent to Transfer Control of WilTel Communications, LLC and Vyvx, LLC from Leucadia National "
 "Corporation to Level 3 Communications, LLC', IB Docket No. 05-318, December 22, 2005, US federal government work "
 "(public domain); text as fcc.report's copy of the FCC's IBFS attachment (under SES-T/C-20051102-01504) holds it, "
 "from the search tool's page store at " + U1,
 "fcc.report IBFS attachment (search tool page store)",
 "The International Bureau's public notice of 22 December 2005 granting the applications (DA 05-3289, IB Docket No. "
 "05-318) as fcc.report's copy of the FCC's IBFS attachment holds it (fixed-width text); an FCC public notice is a US "
 "federal work and stays public domain on a third-party copy (batches 15f, 43n; fcc.report as 43p, 43r, 44o, 45m). "
 "No docs.fcc.gov copy came back. Left out: fcc.report's lines ('Attachment Grant', 'This document pretains to "
 "SES-T/C-20051102-01504 for Transfer of Control on a Satellite Earth Station filing.', "
 "'IBFS_SESTC2005110201504_473402'); the letterhead ('PUBLIC NOTICE FEDERAL COMMUNICATIONS COMMISSION 445 TWELFTH "
 "STREET, S.W. WASHINGTON, D.C. 20554'), the DA number ('DA 05-3289') and the information line ('News media "
 "information 202/418-0500 Fax-On-Demand 202/418-2830 Internet: http://www.fcc.gov ftp.fcc.gov'); the footnote "
 "marker '1' (after 'Cable Landing License Act.'). Kept: the release date, 'AUTHORIZATIONS GRANTED', the heading "
 "(three fixed-width lines joined), the docket line and 'By the Chief, International Bureau:' each on its own line "
 "(whitespace only); the body's first paragraph with its line breaks joined. Cut after '... WilTel Communications "
 "Group, LLC (\u201cWCG\u201d).', before the sentence the excerpt breaks off inside ('The licenses and "
 "authorizations for which the Applicants seek consent to transfer control consist of international section 214 "
 "authorizations held by WilTel and Vyvx, a joint interest held by WilTel in the submarine cable'); `truncated`. Kept "
 "as written: 'wholly-owned', the curly quotes and apostrophe, 'section 2 of the Cable Landing License Act'. The "
 "title field is the notice's two headings in title case (the gatherer's casing; the words as written). In the lane "
 "(a transfer of control of a named fibre-network carrier from a named parent to a named buyer, granted: sector "
 "telecoms/fiber network provider, as 45zc's Global Crossing). One text per event: the parties' cable-landing "
 "application of 2003 (WilTel's earlier passage to Leucadia, fcc.report: a party's filing, another matter), Level "
 "3's press releases (prnewswire, webwire: a company's words) not used. Found with 'transfer of control Xspedius "
 "Time Warner Telecom WilTel Level 3 Leucadia domestic section 214 public notice' (rank 1) and again with the "
 "notice's heading (rank 1). " + CHECK + "'Leucadia', 'WilTel', 'Vyvx', 'WCG', '05-3289', '05-318' (only as the "
 "start of '05-3187', 44g's Laurel notice): no corpus file, script, note or pool; 'Level 3' in other events (train "
 "us-fcc-level-3-looking-glass-..., us-fcc-level-3-network-outage-...; test us-fcc-corvis-focal-..., "
 "us-doj-centurylink-level-3-..., us-fcc-centurylink-qwest-..., wp-metcalf-sniper-attack) and GATHERING.md (43r's "
 "not-used Broadwing/Level 3 notice DA 06-2097, another deal); file names only.", True))

# ---- ALLTEL / Cingular (Southern Minnesota), Wireless Telecommunications Bureau public notice DA 06-1422, 10 July 2006
U2 = "https://docs.fcc.gov/public/attachments/DA-06-1422A1.txt"
R.append(federal(
 "us-fcc-alltel-cingular-southern-minnesota-transfer-of-control-pleading-cycle-public-notice-2006", U2, "2006-07-10",
 "ALLTEL COMMUNICATIONS, INC. AND CINGULAR WIRELESS LLC SEEK FCC CONSENT TO TRANSFER CONTROL OF LICENSES AND "
 "AUTHORIZATIONS",
 "Released: July 10, 2006\n\n"
 "ALLTEL COMMUNICATIONS, INC. AND CINGULAR WIRELESS LLC SEEK FCC CONSENT TO TRANSFER CONTROL OF LICENSES AND "
 "AUTHORIZATIONS\n\n"
 "WT Docket No. 06- 131\n\n"
 "PLEADING CYCLE ESTABLISHED\n\n"
 "Petitions to Deny Due: August 9, 2006\n\n"
 "Oppositions Due: August 21, 2006\n\n"
 "Replies Due: August 28, 2006\n\n"
 "I. INTRODUCTION\n\n"
 "ALLTEL Communications, Inc. (\u201c ALLTEL\u201d) and Cingular Wireless LLC (\u201c Cingular\u201d) (collectively, "
 "the \u201cApplicants\u201d) have filed a series of applications pursuant to Section 310( d) of the Communications "
 "Act of 1934, as amended. In these applications, the Applicants seek Commission approval of the pro forma "
 "assignment of licenses from WWC Holding Co., Inc. (\u201c WWC\u201d), a wholly-owned subsidiary of ALLTEL, and "
 "Great Western Cellular Holdings LLC (\u201c Great Western\u201d) to Southern Minnesota, LLC (\u201c Southern "
 "Minnesota\u201d), another wholly- owned subsidiary of ALLTEL, and the transfer of control of Southern Minnesota to "
 "Cingular. These applications pertain to licenses for the Part 22 Cellular Radiotelephone Service, Part 24 Personal "
 "Communications Service, and Part 101 Common Carrier Fixed Point- to- Point Microwave and Microwave Industrial/ "
 "Business Pool Services.",
 "telecoms/wireless", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireless Telecommunications Bureau, public notice DA 06-1422, 'ALLTEL "
 "Communications, Inc. and Cingular Wireless LLC Seek FCC Consent to Transfer Control of Licenses and "
 "Authorizations', WT Docket No. 06-131, July 10, 2006, US federal government work (public domain); text as the "
 "FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U2,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 10 July 2006 opening the pleading cycle on ALLTEL's and Cingular's applications (DA 06-1422, "
 "WT Docket No. 06-131) as the FCC's own plain-text attachment DA-06-1422A1.txt holds it (one run of text, a PDF "
 "rendering with spaces after hyphens, slashes, parentheses and opening quotation marks, as 44g's DA 05-3187); an FCC "
 "public notice is a US federal work, public domain (batch 15f). Left out: the rendering's page line ('*Pages 1--5 "
 "from Microsoft Word - 58210.doc*'); the letterhead ('PUBLIC NOTICE FEDERAL COMMUNICATIONS COMMISSION 445 TWELFTH "
 "STREET, S. W. WASHINGTON, D. C. 20554'), the DA number ('DA 06- 1422') and the information line ('News media "
 "information 202/ 418- 0500 Fax- On- Demand 202/ 418- 2830 Internet: http:// www. fcc. gov ftp. fcc. gov'); the "
 "footnote markers ' 1' (after 'as amended.') and ' 2' (after '(\u201c Great Western\u201d)'). Kept: the release "
 "date, the heading, the docket line, 'PLEADING CYCLE ESTABLISHED', the three due-date lines and the section heading "
 "'I. INTRODUCTION' (as 43p's and 44k's notices), each on its own line (whitespace only); the body's first "
 "paragraph. Cut after '... Microwave Industrial/ Business Pool Services.', where the footnotes' text runs in at the "
 "page's foot ('1 47 U. S. C. §§ 214, 310( d). 2 The Applicants note that ALLTEL currently does not control Great "
 "Western. ...'), and the rest; `truncated`. Kept as written (the rendering's spaces): 'WT Docket No. 06- 131', "
 "'(\u201c ALLTEL\u201d', 'Section 310( d)', 'wholly-owned' beside 'wholly- owned', 'Point- to- Point', "
 "'Industrial/ Business'. The title field is the heading as written. In the lane (a transfer of control of a named "
 "wireless licensee to a named buyer, applied for: sector telecoms/wireless, as 45h's and 45m's wireless releases). "
 "One text per event: no other FCC paper on the deal came back. Found with 'Wireless Telecommunications Bureau "
 "grants consent transfer of control Alamosa UbiquiTel iPCS US Unwired Sprint Nextel 2006 public notice' (rank 8). "
 + CHECK + "'Southern Minnesota' (as a company; the words only as a region, lower case, in dev's two RCHC notices and "
 "batches 44b, 44g), 'WWC Holding', 'Great Western Cellular', '06-1422', '06-131', '58210': no corpus file, script, "
 "note or pool; 'Great Western' only in British railway texts (other matters); 'ALLTEL'/'Alltel' and 'Cingular' in "
 "other events (the Alltel/Aliant 1999 notice, Cingular's and AT&T's other deals); file names only.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
