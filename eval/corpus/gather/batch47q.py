#!/usr/bin/env python3
"""Batch 47q (session 48, gatherer 47q): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a twenty-eighth round in the FCC transaction lane of batches 15f, 43n,
43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk, 45zo, 45zr, 45zu, 45zx,
46c, 46f, 46h, 46l, 46o, 47c, 47g, 47j and 47o, on matters no corpus file holds --
  - the Wireline Competition Bureau's public notice DA 06-1225 of 7 June 2006 establishing the streamlined pleading
    cycle on the domestic section 214 application to transfer control of Mpower Communications Corp. from Mpower
    Holding Corporation to U.S. TelePacific Holdings Corp. (WC Docket No. 06-107), the FCC's EDOCS plain text on
    docs.fcc.gov;
  - the public notice DA 06-995 of 8 May 2006 on the domestic section 214 application to transfer control of
    Conversent Communications, Inc.'s subsidiaries from Conversent to CTC Communications Group, Inc. and Choice One
    Communications Inc. (WC Docket No. 06-85), ininet.org's copy of the notice;
  - the public notice DA 02-2068 of 22 August 2002 establishing the streamlined pleading cycle on the domestic section
    214 application of Western Communications, Inc. and Logix Communications Corporation (assets of the bankrupt Logix
    to Western; WC Docket No. 02-217), the FCC's EDOCS plain text on docs.fcc.gov.
Texts are the search tool's page-store excerpts (corpus `pages`). The renderings' page lines, the letterheads, the DA
numbers and the footnote markers are left out; each text is cut at the last full sentence before the footnotes' text
runs in or the excerpt breaks off. The 'Released' line, the heading, the pleading-cycle line, the docket line and the
date lines are each put on their own line and the page's line wraps joined (whitespace only). No word added or
changed; the PDF renderings' spaces ('U. S.', '06- 107', '63.03( b)', '(“ MPHC”)') kept as written. Per-item notes in
`notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch47q.py [POOL_DIR] [--dry]   (default /tmp/gather48q/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48q/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a: the file "
         "holds bytes that make plain grep call it binary), every gather script, the notes under /work/notes and the "
         "session-48 pools /tmp/gather48*/pool (48a-48c, 48e-48o and an empty 48d at the last check, none on these "
         "matters): ")
R = []

# ---- Mpower Communications Corp.: Mpower Holding Corporation -> U. S. TelePacific Holdings Corp., DA 06-1225, 2006 ----
U1 = "https://docs.fcc.gov/public/attachments/DA-06-1225A1.txt"
R.append(federal(
 "us-fcc-mpower-communications-mpower-holding-us-telepacific-holdings-domestic-section-214-transfer-of-control-"
 "pleading-cycle-public-notice-2006",
 U1, "2006-06-07",
 "Domestic Section 214 Application Filed for the Transfer of Control of Mpower Communications Corp. from Mpower "
 "Holding Corporation to U.S. TelePacific Holdings Corp.",
 "Released: June 7, 2006\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR THE TRANSFER OF CONTROL OF MPOWER COMMUNICATIONS CORP. FROM MPOWER "
 "HOLDING CORPORATION TO U. S. TELEPACIFIC HOLDINGS CORP.\n\n"
 "STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 06- 107\n\n"
 "Comments Due: June 21, 2006\n"
 "Reply Comments Due: June 28, 2006\n\n"
 "On May 18, 2006, Mpower Holding Corporation (\u201c MPHC\u201d) and U. S. TelePacific Holdings Corp. (\u201c "
 "Holdings\u201d) (collectively, the \u201cApplicants\u201d), filed an application, pursuant to section 63.04 of "
 "the Commission\u2019s rules, requesting authority to transfer control of Mpower Communications Corp. (\u201c "
 "Mpower\u201d) to Holdings. Applicants assert that this transaction is entitled to presumptive streamlined "
 "treatment under section 63.03( b)( 2)( i) of the Commission\u2019s rules because the proposed transaction will "
 "result in: (1) Applicants and their affiliates holding less than a 10% share of the interstate, interexchange "
 "market; (2) Applicants and their affiliates providing local exchange service only in areas served by dominant "
 "local exchange carriers (none of which is a party to the proposed transactions); and (3) none of the Applicants or "
 "their affiliates are dominant with respect to any service. MPHC, a Delaware corporation, is the parent company of "
 "Mpower.",
 "telecoms/wireline carrier", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau, Public Notice DA 06-1225, released June 7, "
 "2006, 'Domestic Section 214 Application Filed for the Transfer of Control of Mpower Communications Corp. from "
 "Mpower Holding Corporation to U.S. TelePacific Holdings Corp.; Streamlined Pleading Cycle Established', WC Docket "
 "No. 06-107, US federal government work (public domain); text as the FCC's EDOCS plain-text attachment holds it, "
 "from the search tool's page store at " + U1,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 7 June 2006 (DA 06-1225, WC Docket No. 06-107) establishing the streamlined pleading cycle "
 "on the domestic section 214 application of Mpower Holding Corporation and U.S. TelePacific Holdings Corp. to "
 "transfer control of Mpower Communications Corp. to TelePacific's holding company, as the FCC's own plain-text "
 "attachment DA-06-1225A1.txt holds it (one run of text, a PDF rendering with spaces after hyphens, '(' and opening "
 "quotation marks, as 47j's DA 04-136); an FCC public notice is a US federal work, public domain (batch 15f). The "
 "issuing bureau is not named in the kept text (a Wireline Competition Bureau docket; the attribution names it). "
 "Left out: the rendering's page line ('*Pages 1--5 from Microsoft Word - 57558.doc*'); the letterhead ('PUBLIC "
 "NOTICE Federal Communications Commission 445 12 th Street, S. W. Washington, D. C. 20554'), the information line "
 "('News Media Information 202 / 418- 0500 Fax- On- Demand 202 / 418- 2830 TTY 202 / 418- 2555 Internet: http:// "
 "www. fcc. gov ftp. fcc. gov') and the DA number ('DA 06- 1225'); the footnote markers ' 1' (after 'of the "
 "Commission\u2019s rules,'), ' 2' (after 'to Holdings.') and ' 3' (after 'with respect to any service.'). Kept: the "
 "'Released' line, the upper-case heading, 'STREAMLINED PLEADING CYCLE ESTABLISHED', the docket line, the two date "
 "lines, each on its own line (whitespace only), and the body's first three sentences as one paragraph (the "
 "rendering's one run). Cut after 'MPHC, a Delaware corporation, is the parent company of Mpower.', before the "
 "sentence the footnotes' text breaks ('Mpower, a Nevada corporation, is a facilities- based communications "
 "provider offering ... to business customers in California, Illinois, 1 47 C. F. R § 63.04; see 47 U. S. C. § 214. "
 "2 Applicants filed a supplement ...'); `truncated`. Kept as written (the rendering's spaces): '(\u201c MPHC\u201d)', "
 "'(\u201c Holdings\u201d)', '(\u201c Mpower\u201d)' with a space after the opening mark, 'U. S. TelePacific Holdings "
 "Corp.' and the heading's 'U. S. TELEPACIFIC HOLDINGS CORP.', 'WC Docket No. 06- 107', 'section 63.03( b)( 2)( "
 "i)', '(collectively, the \u201cApplicants\u201d), filed' with its comma, 'Commission\u2019s' with its curly "
 "apostrophe. In the lane (a named competitive carrier to pass from its named parent to a named buyer, applied for: "
 "sector telecoms/wireline carrier, 2006). One text per event: the Bureau's grant of the same application (DA "
 "06-1556 of 31 July 2006, docs.fcc.gov, rank 2 for the same query) not used; TelePacific's release on the merger "
 "agreement (marketwired, a company release), the Mpower/Cox asset notice DA 13-1102 (2013, another matter, assets), "
 "the Mpower/Florida Digital Network asset notice DA 03-432 (2003, another matter, assets), TelePacific's own "
 "transfer notice DA 02-1532 (2002, another matter), the 2019 TelePacific/Tango application (fcc.report, a party "
 "filing) and a CPUC decision (a state text) not used. Found with 'Mpower Communications TelePacific transfer of "
 "control public notice pleading cycle' (rank 1). " + CHECK +
 "'Mpower', 'Mpower Holding', 'MPHC', 'TelePacific', 'U.S. TelePacific', '06-1225', '06- 1225', '06-1556', "
 "'06-107': in no corpus file, GATHERING.md line, script, note or pool.",
 True))

# ---- Conversent Communications, Inc. -> CTC Communications Group, Inc. and Choice One Communications Inc., DA 06-995 --
U2 = "https://ininet.org/streamlined-pleading-cycle-established/ininet.org/streamlined-pleading-cycle-established.html"
R.append(federal(
 "us-fcc-conversent-communications-ctc-communications-group-choice-one-domestic-section-214-transfer-of-control-"
 "public-notice-2006",
 U2, "2006-05-08",
 "Domestic Section 214 Application Filed for the Transfer of Control of Conversent Communications, Inc. Subsidiaries "
 "from Conversent Communications, Inc. to CTC Communications Group, Inc. and Choice One Communications Inc.",
 "Released: May 8, 2006\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR THE TRANSFER OF CONTROL OF CONVERSENT COMMUNICATIONS, INC. SUBSIDIARIES "
 "FROM CONVERSENT COMMUNICATIONS, INC. TO CTC COMMUNICATIONS GROUP, INC. AND CHOICE ONE COMMUNICATIONS INC.\n\n"
 "WC Docket No. 06-85\n\n"
 "Comments Due: May 22, 2006\n"
 "Reply Comments Due: May 29, 2006\n\n"
 "On April 10, 2006, CTC Communications Group, Inc. (\u201cCTC Group\u201d), Choice One Communications Inc. "
 "(\u201cChoice One\u201d), and Conversent Communications, Inc. (\u201cConversent\u201d) (collectively the "
 "\u201cApplicants\u201d), filed an application, pursuant to sections 63.03 and 63.04 of the Commission\u2019s "
 "rules, requesting authority to transfer control of the Conversent subsidiaries as a result of the acquisition of "
 "Conversent by CTC Group and Choice One.\n\n"
 "The Applicants assert that this transaction is entitled to presumptive streamlined treatment under section "
 "63.03(b)(2)(i) of the Commission\u2019s rules because: (1) the proposed transaction will result in a combined "
 "entity (CTC Group, Choice One, and Conversent) (the \u201cCombined Corporation\u201d) and its affiliates having a "
 "market share in the interstate, interexchange market of less than 10 percent; (2) the Combined Corporation "
 "(including its affiliates) will provide competitive telephone exchange services or exchange access services "
 "exclusively in geographic areas served by a dominant local exchange carrier that is not a party to this proposed "
 "transaction; and (3) neither the Applicants nor any of their affiliates are regulated as dominant with respect to "
 "any service.\n\n"
 "Choice One, a Delaware corporation, is a holding company for the Choice One Subsidiaries. The Choice One "
 "Subsidiaries are common carriers that provide communications and information services to small and medium size "
 "businesses predominately in the Northeast and Midwest regions (Connecticut, Illinois, Indiana, Maine, "
 "Massachusetts, Michigan, New Hampshire, New York, Ohio, Pennsylvania, Rhode Island, and Wisconsin).",
 "telecoms/wireline carrier", "deal,regulatory",
 "U.S. Federal Communications Commission, Public Notice DA 06-995, released May 8, 2006, 'Domestic Section 214 "
 "Application Filed for the Transfer of Control of Conversent Communications, Inc. Subsidiaries from Conversent "
 "Communications, Inc. to CTC Communications Group, Inc. and Choice One Communications Inc.', WC Docket No. 06-85, "
 "US federal government work (public domain); text as ininet.org's copy of the notice holds it, from the search "
 "tool's page store at " + U2,
 "ininet.org copy of an FCC public notice (search tool page store)",
 "The public notice of 8 May 2006 (DA 06-995, WC Docket No. 06-85) on the domestic section 214 application of CTC "
 "Communications Group, Inc., Choice One Communications Inc. and Conversent Communications, Inc. to transfer control "
 "of Conversent's subsidiaries on CTC Group's and Choice One's acquisition of Conversent, as ininet.org's copy of the "
 "notice holds it (the notice's text with its line breaks, each footnote marker set at the start of a line; a "
 "document-sharing copy of an FCC text, as 47j's docsbay.net ORBCOMM order and 47c's docslib.org DISH notice); an FCC "
 "public notice is a US federal work, public domain (batch 15f). No bureau is named in the kept text (none in the "
 "attribution). The copy's excerpt has no letterhead and no pleading-cycle line (the page's own title, 'streamlined "
 "pleading cycle established', is the site's, not the text's). Left out: the DA number ('DA 06-995'); the footnote "
 "markers '1' (after 'filed an application,'), '2' (after 'of the Commission\u2019s rules,'), '3' (after 'the "
 "Conversent subsidiaries'), '4' (after 'by CTC Group and Choice One.'), '5' (after 'with respect to any service.') "
 "and '6' (after 'The Choice One Subsidiaries'), each at the start of its own line. Kept: the 'Released' line, the "
 "upper-case heading (its three lines joined), the docket line, the two date lines, each on its own line "
 "(whitespace only), and the body's first four sentences as the copy's three paragraphs (the line wraps joined, a "
 "blank line where a footnote marker's line closed a paragraph: after 'Choice One.' and 'any service.'). Cut after "
 "'... Rhode Island, and Wisconsin).', before the sentence the excerpt breaks off inside ('The 10% or gre'); "
 "`truncated`. Kept as written: '(collectively the \u201cApplicants\u201d), filed' without a comma after "
 "'collectively', 'Choice One Communications Inc.' without a comma, 'section 63.03(b)(2)(i)', 'predominately', "
 "'small and medium size businesses', the curly quotation marks and 'Commission\u2019s' with its curly apostrophe. "
 "In the lane (a named competitive carrier whose subsidiaries pass to two named buyers on their acquisition of it, "
 "applied for: sector telecoms/wireline carrier, 2006). One text per event: the International Bureau's e-mails on "
 "removing CTC Group's international applications from streamlined processing (fcc.report ITC-T/C-20060410-00227 and "
 "-00229: staff e-mails, not a notice) not used; no docs.fcc.gov copy of DA 06-995 came back. CTC Group's 2005 "
 "Connecticut Telephone notice (DA 05-2464, test, 45zk) is another matter (that file shares only the CTC Group name); "
 "CTSI's discontinuance notice DA 01-1345 (2001, Choice One as an assignee of customers: another matter) not used. "
 "Found with 'Choice One Communications CTC Communications Conversent transfer of control public notice streamlined "
 "pleading cycle' (rank 3). " + CHECK +
 "'Conversent', 'Choice One', '06-995', '06-85': in no corpus file, GATHERING.md line, script, note or pool; 'CTC "
 "Group' only in 45zk's Connecticut Telephone file (test), script and note (another matter).",
 True))

# ---- Logix Communications Corporation -> Western Communications, Inc. (assets), DA 02-2068, 2002 ---------------------
U3 = "https://docs.fcc.gov/public/attachments/DA-02-2068A1.txt"
R.append(federal(
 "us-fcc-logix-communications-western-communications-domestic-section-214-transfer-of-assets-pleading-cycle-"
 "public-notice-2002",
 U3, "2002-08-22",
 "Domestic Section 214 Application Filed for Consent to Transfer Assets from Logix Communications Corporation to "
 "Western Communications, Inc.",
 "Released: August 22, 2002\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR CONSENT TO TRANSFER ASSETS FROM LOGIX COMMUNICATIONS CORPORATION TO "
 "WESTERN COMMUNICATIONS, INC.\n\n"
 "STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 02- 217\n\n"
 "On July 19, 2002, Western Communications, Inc. (Western) and Logix Communications Corporation (Logix) filed an "
 "application pursuant to section 214 of the Communications Act of 1934, as amended, 47 U. S. C. \u00a7 214, for "
 "approval to transfer control of the section 214 authorization held by Logix to provide domestic switched "
 "telecommunication services, and for Western to acquire certain Logix facilities. Applicants assert that this "
 "application is subject to streamlined processing under section 63.03( b)( 2)( i) of the Commission\u2019s rules "
 "because both parties to the proposed transaction are non- dominant, and subsequent to this application, the "
 "transferee, Western, will have less than 10 percent of the domestic, interexchange market share, and will provide "
 "competitive domestic telephone exchange services in geographic areas served by dominant local exchange carriers "
 "that are not parties to the transaction. Logix is an Oklahoma corporation that provides local exchange services, "
 "domestic and international long distance services, high- speed Internet access, and enhanced data services to "
 "more than 35,000 customers in Arkansas, Kansas, Missouri, Oklahoma, and Texas. On February 28, 2002, Logix and "
 "its parent company, Logix Communications Enterprises, Inc., filed voluntary bankruptcy petitions under Chapter 11 "
 "of the United States Bankruptcy Code in the U. S. Bankruptcy Court for the Southern District of Texas, Houston "
 "Division, to restructure their operations.",
 "telecoms/wireline carrier", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau, Public Notice DA 02-2068, released August 22, "
 "2002, 'Domestic Section 214 Application Filed for Consent to Transfer Assets from Logix Communications Corporation "
 "to Western Communications, Inc.; Streamlined Pleading Cycle Established', WC Docket No. 02-217, US federal "
 "government work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's "
 "page store at " + U3,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 22 August 2002 (DA 02-2068, WC Docket No. 02-217) establishing the streamlined pleading cycle "
 "on the domestic section 214 application of Western Communications, Inc. and Logix Communications Corporation, a "
 "carrier in Chapter 11, to transfer Logix's section 214 authorization and certain facilities to Western, as the "
 "FCC's own plain-text attachment DA-02-2068A1.txt holds it (one run of text, a PDF rendering with spaces after "
 "hyphens and '(', as DA 06-1225 above); an FCC public notice is a US federal work, public domain (batch 15f). The "
 "issuing bureau is not named in the kept text (a WC docket; the attribution names the Wireline Competition "
 "Bureau). Left out: the rendering's page line ('*Pages 1--4 from Microsoft Word - 20825.doc*'); the letterhead "
 "('PUBLIC NOTICE Federal Communications Commission 445 12 th Street, S. W. Washington, D. C. 20554'), the "
 "information line ('News Media Information 202 / 418- 0500 Fax- On- Demand 202 / 418- 2830 TTY 202 / 418- 2555 "
 "Internet: http:// www. fcc. gov ftp. fcc. gov') and the DA number ('DA 02- 2068'); the footnote markers ' 1' "
 "(after 'not parties to the transaction.') and ' 2' (after 'to restructure their operations.'). Kept: the "
 "'Released' line, the upper-case heading, 'STREAMLINED PLEADING CYCLE ESTABLISHED', the docket line, each on its "
 "own line (whitespace only; the rendering gives no comment-date lines), and the body's first four sentences as one "
 "paragraph (the rendering's one run). Cut after '... to restructure their operations.', before the footnotes' text "
 "('1 ...'), which follows marker 2; `truncated`. Kept as written (the rendering's spaces): 'WC Docket No. 02- 217', "
 "'47 U. S. C. \u00a7 214', 'section 63.03( b)( 2)( i)', 'non- dominant', 'high- speed', 'U. S. Bankruptcy Court', "
 "'Commission\u2019s' with its curly apostrophe; 'telecommunication services' in the singular. In the lane (a "
 "named bankrupt carrier's authorization and facilities to pass to a named buyer, its named parent told: sector "
 "telecoms/wireline carrier, 2002); what passes is assets (nothing, GUIDELINES), the text's relation is Logix's "
 "parent. A different company and matter from the corpus's Logix Communications, LP (the Texas carrier of the 2020 "
 "outage-reporting consent decree DA 20-1397, dev, batch 33b: 'Logix' there names another firm, also called Logix "
 "Fiber Networks); the 2002 Oklahoma corporation's asset sale is held by no file. One text per event: no grant or "
 "other paper of this sale came back. Found with 'ATX Communications Leucadia transfer of control domestic section "
 "214 public notice DA 05-758' (rank 8). " + CHECK +
 "'Logix Communications Corporation', 'Logix Communications Enterprises', 'Western Communications', '02-2068', "
 "'02- 2068', '02-217', '02- 217': in no corpus file, GATHERING.md line, script, note or pool; 'Logix' alone only in "
 "batch 33b's outage files (dev, test), script, GATHERING.md lines and session-46 notes (the 2020 Texas company).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
