#!/usr/bin/env python3
"""Batch 47za (session 48, gatherer 47za): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a thirty-first round in the FCC transaction lane of batches 15f, 43n, 43p,
43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk, 45zo, 45zr, 45zu, 45zx, 46c,
46f, 46h, 46l, 46o, 47c, 47g, 47j, 47o, 47q, 47u and 47x, on matters no corpus file holds --
  - the public notice DA 06-2574 of 21 December 2006 establishing the streamlined pleading cycle on the domestic
    section 214 application to transfer control of IDACOMM, Inc. from IDACORP, Inc. to American Fiber Systems, Inc.
    (WC Docket No. 06-211), the FCC's EDOCS plain text on docs.fcc.gov;
  - the public notice DA 14-749 of 30 May 2014 granting, with a condition, the domestic section 214 application to
    transfer control of NTS, Inc. to T3 North Intermediate Holdings, LLC (WC Docket No. 13-269), the FCC's EDOCS plain
    text on docs.fcc.gov.
Texts are the search tool's page-store excerpts (corpus `pages`). The letterheads and information lines, the DA
numbers and the footnote markers are left out; each text is cut at the last full sentence before the footnotes' text
runs in or the excerpt breaks off. The 'Released' line, the heading, the pleading-cycle line (2006), the docket line
and the date lines are each put on their own line (whitespace only); each rendering's body kept as its one run. No word
added or changed. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch47za.py [POOL_DIR] [--dry]   (default /tmp/gather48za/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48za/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a: the file "
         "holds bytes that make plain grep call it binary), every gather script, the notes under /work/notes and the "
         "session-48 pools /tmp/gather48*/pool (none on these matters at the last check): ")
R = []

# ---- IDACOMM, Inc. (IDACORP, Inc.) -> American Fiber Systems, Inc., DA 06-2574, 21 December 2006 ---------------------
U1 = "https://docs.fcc.gov/public/attachments/DA-06-2574A1.txt"
R.append(federal(
 "us-fcc-idacomm-idacorp-american-fiber-systems-domestic-section-214-transfer-of-control-pleading-cycle-public-notice-"
 "2006",
 U1, "2006-12-21",
 "Domestic Section 214 Application Filed for the Transfer of Control of IDACOMM, Inc. to American Fiber Systems, Inc.",
 "Released: December 21, 2006\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR THE TRANSFER OF CONTROL OF IDACOMM, INC. TO AMERICAN FIBER SYSTEMS, "
 "INC.\n\n"
 "STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 06-211\n\n"
 "Comments Due: January 4, 2007\n"
 "Reply Comments Due: January 11, 2007\n\n"
 "On October 31, 2006, IDACORP, Inc. (\u201cIDACORP\u201d or \u201cTransferor\u201d) and American Fiber Systems, Inc. "
 "(\u201cAFS\u201d or Transferee\u201d) (collectively, the \u201cApplicants\u201d), filed an application, pursuant to "
 "section 63.04 of the Commission\u2019s rules, requesting authority to transfer control of IDACOMM, Inc. "
 "(\u201cIDACOMM\u201d) from IDACORP to AFS. Applicants assert that this transaction is entitled to presumptive "
 "streamlined treatment under section 63.03(b)(2)(i) of the Commission\u2019s rules because the proposed transaction "
 "will result in: (1) Transferee holding less than a 10% share of the interstate, interexchange market; (2) "
 "Transferee providing competitive telephone exchange services or exchange access services (if at all) exclusively "
 "in geographic areas served by dominant local exchange carriers (none of which is a party to the proposed "
 "transactions); and (3) none of the Applicants or their affiliates are dominant with respect to any service. "
 "IDACOMM, an Idaho corporation, provides telecommunications services and commercial Internet services in the states "
 "of Idaho and Nevada.",
 "telecoms/wireline carrier", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau, Public Notice DA 06-2574, released December "
 "21, 2006, 'Domestic Section 214 Application Filed for the Transfer of Control of IDACOMM, Inc. to American Fiber "
 "Systems, Inc.; Streamlined Pleading Cycle Established', WC Docket No. 06-211, US federal government work (public "
 "domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U1,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 21 December 2006 (DA 06-2574, WC Docket No. 06-211) establishing the streamlined pleading "
 "cycle on the domestic section 214 application of IDACORP, Inc. and American Fiber Systems, Inc. to transfer control "
 "of IDACOMM, Inc. from IDACORP to AFS, as the FCC's own plain-text attachment DA-06-2574A1.txt holds it (one run of "
 "text, set as 47x's Lightyear notice of the next day, DA 06-2586); an FCC public notice is a US federal work, public "
 "domain (batch 15f). The issuing bureau is not named in the kept text (a WC docket; the attribution names the "
 "Wireline Competition Bureau, as 47x). Left out: the letterhead ('PUBLIC NOTICE Federal Communications Commission "
 "445 12th Street, S.W. Washington, D.C. 20554'), the information line ('News Media Information 202 / 418-0500 "
 "Fax-On-Demand 202 / 418-2830 TTY 202 / 418-2555 Internet: http://www.fcc.gov ftp.fcc.gov'), the DA number ('DA "
 "06-2574'); the footnote markers '1' (after 'of the Commission\u2019s rules,'), '2' (after 'from IDACORP to AFS.') "
 "and '3' (after 'with respect to any service.'). Kept: the 'Released' line, the upper-case heading, 'STREAMLINED "
 "PLEADING CYCLE ESTABLISHED', the docket line, the two date lines, each on its own line (whitespace only), and the "
 "body's first three sentences as one paragraph (the rendering's one run). Cut after '... in the states of Idaho and "
 "Nevada.', before the sentence the footnotes' text breaks ('IDACOMM leases lines and facilities from 1 47 C.F.R "
 "\u00a7 63.04; see 47 U.S.C. \u00a7 214. 2 Applicants are also filing applications for transfer of control "
 "associated with authorization for international services. ...'); `truncated`. Kept as written: '(\u201cAFS\u201d or "
 "Transferee\u201d)' with its missing opening quotation mark, '(collectively, the \u201cApplicants\u201d), filed' "
 "with its comma, 'a 10% share', 'the proposed transactions' in the plural, 'are dominant', "
 "'Commission\u2019s' with its curly apostrophe. In the lane (a named competitive carrier to pass from its named "
 "holder to a named buyer, applied for: sector telecoms/wireline carrier, 2006). One text per event: no grant or "
 "other paper of this transfer came back. Found with 'opticAccess Integra Telecom Holdings domestic section 214 "
 "application transfer of control public notice streamlined' (rank 7; rank 1 the parties' 2015 Integra/opticAccess "
 "application, a party filing). " + CHECK +
 "'IDACOMM', 'IDACORP', '06-2574', '06-211': in no corpus file, script, note or pool. 'American Fiber Systems' "
 "stands in one corpus file (test, the AboveNet/Zayo notice of 2012, 47c) and its pool copy, and in GATHERING.md's "
 "47c not-used line ('Electric Lightwave, American Fiber Systems, Allstream, Onvoy filings (party filings)'): a "
 "later company of the same name under other owners, not this 2006 transfer (file names and grep hits only).",
 True))

# ---- NTS, Inc. -> T3 North Intermediate Holdings, LLC, DA 14-749, 30 May 2014 ----------------------------------------
U2 = "https://docs.fcc.gov/public/attachments/DA-14-749A1.txt"
R.append(federal(
 "us-fcc-nts-t3-north-intermediate-holdings-domestic-section-214-transfer-of-control-granted-public-notice-2014",
 U2, "2014-05-30",
 "Domestic Section 214 Application Granted for the Transfer of Control of NTS, Inc. to T3 North Intermediate "
 "Holdings, LLC",
 "Released: May 30, 2014\n\n"
 "Domestic Section 214 Application Granted for the Transfer of Control of NTS, Inc. to T3 North Intermediate "
 "Holdings, LLC\n\n"
 "WC Docket No. 13-269\n\n"
 "NTS, Inc. (NTS) and T3 North Intermediate Holdings, LLC (T3 Intermediate) (together, Applicants) filed an "
 "application pursuant to section 214 of the Communications Act of 1934, as amended (Act), to transfer control of NTS "
 "to T3 Intermediate. The Wireline Competition Bureau (Bureau) has determined that a grant of this Application, as "
 "conditioned, serves the public interest, and accordingly the Application is granted with the condition stated "
 "herein. NTS provides fiber-based, competitive telecommunications services through its U.S.-based subsidiary "
 "licensees in Texas, Louisiana, Mississippi, Arizona, Colorado, Kansas, New Mexico, and Oklahoma. Its subsidiaries "
 "are NTS Communications, Inc. (NTSC), PRIDE Network, Inc. (PRIDE) (wholly owned by NTSC), NTS Telephone Company, LLC "
 "(wholly owned by NTSC), and Xfone USA, Inc. T3 Intermediate is a direct wholly owned subsidiary of T3 North "
 "Holdings, LLC (T3 Holdings). Applicants state that both T3 Holdings and T3 Intermediate were created for the "
 "purpose of this proposed transaction and have no affiliates that provide telecommunications services. Pursuant to "
 "the terms of the proposed transaction, NTS will be a direct, wholly owned subsidiary of T3 Intermediate, and the NTS "
 "licensees will remain wholly owned direct or indirect subsidiaries of NTS.",
 "telecoms/wireline carrier", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau, Public Notice DA 14-749, released May 30, "
 "2014, 'Domestic Section 214 Application Granted for the Transfer of Control of NTS, Inc. to T3 North Intermediate "
 "Holdings, LLC', WC Docket No. 13-269, US federal government work (public domain); text as the FCC's EDOCS "
 "plain-text attachment holds it, from the search tool's page store at " + U2,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 30 May 2014 (DA 14-749, WC Docket No. 13-269) by which the Wireline Competition Bureau grants, "
 "with a condition, the domestic section 214 application of NTS, Inc. and T3 North Intermediate Holdings, LLC to "
 "transfer control of NTS to T3 Intermediate, as the FCC's own plain-text attachment DA-14-749A1.txt holds it (one "
 "run of text, the footnote markers standing alone after the sentences); an FCC public notice is a US federal work, "
 "public domain (batch 15f). Left out: the letterhead ('PUBLIC NOTICE Federal Communications Commission 445 12th "
 "Street, S.W. Washington, D.C. 20554'), the information line ('News Media Information 202 / 418-0500 Fax-On-Demand "
 "202 / 418-2830 TTY 202 / 418-2555 Internet: http://www.fcc.gov ftp.fcc.gov'), the DA number ('DA 14-749'); the "
 "footnote markers '1' (after 'to T3 Intermediate.'), '2' (after 'and Xfone USA, Inc.'), '3' (after 'provide "
 "telecommunications services.') and '4' (after 'subsidiaries of NTS.'). Kept: the 'Released' line, the heading (in "
 "title case, as the notice sets it), the docket line, each on its own line (whitespace only), and the body's first "
 "eight sentences as one paragraph (the rendering's one run). Cut after '... wholly owned direct or indirect "
 "subsidiaries of NTS.', before the sentence the excerpt breaks off inside ('On December 18, 2013, the Department of "
 "Justice, including the Federal Bureau of Investigation, with the concurrence of the Department of Homeland "
 "Security (collectively, the Executive Branch Agencies), filed a letter requesting that the Commission defer action "
 "on this Application while the'); `truncated` (the condition the grant states is in the cut part). Kept as written: "
 "'fiber-based', 'U.S.-based', 'Xfone USA, Inc.' (the capitals as written), 'direct, wholly owned' with its comma, "
 "'the NTS licensees' in lower case. In the lane (a named competitive carrier and its named subsidiaries to pass to "
 "a named buyer, granted: sector telecoms/wireline carrier, 2014). One text per event: the pleading-cycle notice of "
 "the same application (WC Docket No. 13-269, 2013) did not come back; NTS's later transfer to Clarity Telecom, LLC "
 "d/b/a Vast Broadband (DA 19-813, docs.fcc.gov, 2019, WC Docket No. 19-7; another event) and its application "
 "(fcc.report, a party filing) not used. Found with 'TDS Baja Broadband transfer of control domestic section 214 "
 "public notice' (rank 8) and 'domestic section 214 application filed for the "
 "transfer of control of NTS, Inc. to T3 North Intermediate Holdings, LLC' (rank 1). " + CHECK +
 "'NTS, Inc.', 'NTS Communications', 'T3 North', 'PRIDE Network', 'Xfone', '14-749', '13-269': in no corpus file, "
 "script, note or pool.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
