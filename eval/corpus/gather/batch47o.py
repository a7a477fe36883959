#!/usr/bin/env python3
"""Batch 47o (session 48, gatherer 47o): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a twenty-seventh round in the FCC transaction lane of batches 15f, 43n,
43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk, 45zo, 45zr, 45zu, 45zx,
46c, 46f, 46h, 46l, 46o, 47c, 47g and 47j, on matters no corpus file holds --
  - the Wireline Competition Bureau's public notice DA 12-805 of 22 May 2012 establishing the streamlined pleading
    cycle on the domestic section 214 application to transfer control of Knology, Inc. and its subsidiaries to
    WideOpenWest Finance, LLC (WC Docket No. 12-120), the FCC's EDOCS plain text on docs.fcc.gov (the lead named in
    47j's brief);
  - the public notice DA 16-1070 of 21 September 2016 establishing the pleading cycle on the applications to transfer
    control of RCN Telecom Services, LLC and Grande Communications Networks LLC to Radiate Holdings, L.P. (WC Docket No.
    16-276), fcc.report's copy of the notice as filed in IBFS (SES-T/C-20160901-00758).
Texts are the search tool's page-store excerpts (corpus `pages`). The sites' own lines, the letterheads, the DA
numbers and the footnote markers are left out; each text is cut at the last full sentence before the footnotes' text
runs in or the excerpt breaks off. The 'Released' line, the heading, the pleading-cycle line, the docket line and the
date lines are each put on their own line and the page's line wraps joined (whitespace only). No word added or
changed. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch47o.py [POOL_DIR] [--dry]   (default /tmp/gather48o/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48o/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script, "
         "the notes under /work/notes and the session-48 pools /tmp/gather48*/pool (48a-48c, 48e-48l and an empty 48d "
         "at the last check, none on these matters): ")
R = []

# ---- Knology, Inc. -> WideOpenWest Finance, LLC, public notice DA 12-805, 2012 -----------------------------------------
U1 = "https://docs.fcc.gov/public/attachments/DA-12-805A1.txt"
U1B = "http://www.fcc.gov/document/comment-sought-domestic-214-transfer-knology-inc-wideopenwes"
R.append(federal(
 "us-fcc-knology-wideopenwest-finance-domestic-section-214-transfer-of-control-pleading-cycle-public-notice-2012",
 U1, "2012-05-22",
 "Domestic Section 214 Application Filed for the Transfer of Control of Knology, Inc. and Its Subsidiaries to "
 "WideOpenWest Finance, LLC",
 "Released: May 22, 2012\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR THE TRANSFER OF CONTROL OF KNOLOGY, INC. AND ITS SUBSIDIARIES TO "
 "WIDEOPENWEST FINANCE, LLC\n\n"
 "STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 12-120\n\n"
 "Comments Due: June 5, 2012\n"
 "Reply Comments Due: June 12, 2012\n\n"
 "On May 1, 2012, Knology, Inc. (Knology) and WideOpenWest Finance, LLC (WOW!) (collectively, Applicants) filed an "
 "application pursuant to section 63.03 of the Commission\u2019s rules, requesting approval for the transfer of "
 "control of Knology and its subsidiaries (Knology Companies) to WOW!. Knology, a Delaware corporation, provides "
 "telecommunications services in the Southeast, upper Midwest, and Kansas regions through its operating "
 "subsidiaries. The Knology Companies provide service in Alabama, Florida, Georgia, Iowa, Kansas, Kentucky, "
 "Minnesota, Missouri, Rhode Island, South Carolina, South Dakota, and Tennessee. In Alabama, Georgia, and South "
 "Dakota, certain of the Knology Companies provide service as rural incumbent local exchange carriers (incumbent "
 "LECs).",
 "telecoms/cable", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau, Public Notice DA 12-805, released May 22, "
 "2012, 'Domestic Section 214 Application Filed for the Transfer of Control of Knology, Inc. and Its Subsidiaries to "
 "WideOpenWest Finance, LLC; Streamlined Pleading Cycle Established', WC Docket No. 12-120, US federal government "
 "work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store "
 "at " + U1,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 22 May 2012 (DA 12-805, WC Docket No. 12-120) establishing the streamlined pleading cycle on "
 "the domestic section 214 application to transfer control of Knology, Inc. and its subsidiaries to WideOpenWest "
 "Finance, LLC, as the FCC's own plain-text attachment DA-12-805A1.txt holds it (one run of text, the footnotes' text "
 "set into the run at the page break); an FCC public notice is a US federal work, public domain (batch 15f). The "
 "issuing bureau is not named in the kept text (a Wireline Competition Bureau docket; the attribution names it). "
 "Left out: the letterhead ('PUBLIC NOTICE Federal Communications Commission 445 12th St., S.W. Washington, D.C. "
 "20554 News Media Information 202 / 418-0500 Internet: http://www.fcc.gov TTY: 1-888-835-5322'), the DA number ('DA "
 "12-805'); the footnote markers '1' (run into 'application1'), '2' (after 'the Commission\u2019s rules,') and '3' "
 "(run into 'The Knology Companies3'). Kept: the 'Released' line, the upper-case heading, 'STREAMLINED PLEADING "
 "CYCLE ESTABLISHED', the docket line, the two date lines, each on its own line (whitespace only), and the body's "
 "first four sentences as one paragraph (the plain text's one run). Cut after '... rural incumbent local exchange "
 "carriers (incumbent LECs).', before the sentence the footnotes' text breaks ('WOW!, a Delaware corporation, "
 "provides digital cable service, broadband services, and competitive telecommunications and VoIP communications "
 "services in metropolitan areas of Indiana, 1 Domestic Section 214 Application for the Transfer of Control of "
 "Knology, Inc., and its Subsidiaries to WideOpenWest Finance, LLC, ...'); `truncated`. Kept as written: 'to WOW!.' "
 "(the name's exclamation mark before the full stop), 'the Southeast, upper Midwest, and Kansas regions' with the "
 "lower-case 'upper', the serial commas, 'Commission\u2019s' with its curly apostrophe. The fcc.gov document page "
 "of the same notice (" + U1B + ", the PDF's line breaks, the same words) not used: one text per notice. In the lane "
 "(a named cable and telephone company and its subsidiaries to pass to a named buyer, applied for: sector "
 "telecoms/cable, 2012). One text per event: the parties' joint application (fcc.report ITC-T/C-20120501-00117, a "
 "party filing), its fdocuments.us copy (garbled fee form), Knology's 2012 proxy statement (advfn, an SEC filing) "
 "not used; Knology's 2008 consent decree (DA 08-1876, another matter) and the World Company/Knology of Kansas asset "
 "application (fcc.report, 2010, a party filing) not used. Found with 'Knology WideOpenWest transfer of control "
 "public notice DA 12-805' (rank 1; the fcc.gov page rank 2). " + CHECK +
 "'Knology': only in GATHERING.md's lead and not-used lines (40y's company-history round; 45-round, 47g and 47j "
 "notes leaving DA 12-805 to the lead) and 47g's and 47j's notes; 'WideOpenWest', '12-120', '12-805' outside those "
 "lines: in no corpus file, script, note or pool.",
 True))

# ---- RCN Telecom Services, LLC / Grande Communications Networks LLC -> Radiate Holdings, L.P., DA 16-1070, 2016 --------
U2 = "https://fcc.report/IBFS/SES-T-C-20160901-00758/1154989"
R.append(federal(
 "us-fcc-rcn-telecom-services-grande-communications-networks-radiate-holdings-transfer-of-control-pleading-cycle-"
 "public-notice-2016",
 U2, "2016-09-21",
 "Applications Filed for the Transfer of Control of RCN Telecom Services, LLC and Grande Communications Networks LLC "
 "to Radiate Holdings, L.P.",
 "Released: September 21, 2016\n\n"
 "APPLICATIONS FILED FOR THE TRANSFER OF CONTROL OF RCN TELECOM SERVICES, LLC AND GRANDE COMMUNICATIONS NETWORKS LLC "
 "TO RADIATE HOLDINGS, L.P.\n\n"
 "PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 16-276\n\n"
 "Comments/Petitions Due: October 21, 2016\n"
 "Reply Comments/Oppositions to Petitions Due: November 7, 2016\n\n"
 "Radiate Holdings, L.P. (Radiate Holdings), Yankee Cable Partners, LLC (Yankee Partners), and Grande Investment "
 "L.P. (Grande Investment) (together, Applicants) filed a series of applications, pursuant to sections 214 and "
 "310(d) of the Communications Act of 1934, as amended (Act), and sections 63.04, 63.18, and 63.24 of the "
 "Commission\u2019s rules, seeking approval to transfer control of various licenses and authorizations held by "
 "Yankee Partners and Grande Investment to Radiate Holdings.",
 "telecoms/cable", "deal,regulatory",
 "U.S. Federal Communications Commission, Public Notice DA 16-1070, released September 21, 2016, 'Applications Filed "
 "for the Transfer of Control of RCN Telecom Services, LLC and Grande Communications Networks LLC to Radiate "
 "Holdings, L.P.; Pleading Cycle Established', WC Docket No. 16-276, US federal government work (public domain); "
 "text as fcc.report's copy of the notice in the FCC's IBFS record SES-T/C-20160901-00758 holds it, from the search "
 "tool's page store at " + U2,
 "fcc.report copy of an FCC public notice from IBFS (search tool page store)",
 "The public notice of 21 September 2016 (DA 16-1070, WC Docket No. 16-276) establishing the pleading cycle on the "
 "applications of Radiate Holdings, L.P., Yankee Cable Partners, LLC and Grande Investment L.P. to transfer control "
 "of RCN Telecom Services, LLC and Grande Communications Networks LLC to Radiate Holdings, as fcc.report's copy of "
 "the FCC's IBFS attachment DA-16-1070A1.pdf holds it (the PDF's text with its line breaks; 47g's GCI order was an "
 "fcc.report IBFS copy too); an FCC public notice is a US federal work, public domain (batch 15f). The issuing "
 "bureaus are not named in the kept text (the attribution names none). Left out: fcc.report's lines ('Attachment "
 "DA-16-1070A1.pdf', 'DA-16-1070A1.pdf', 'PUBLIC NOTICE submitted by WC Docket No. 16-276', 'Public Notice', "
 "'2016-09-21', 'This document pretains to SES-T/C-20160901-00758 for Transfer of Control on a Satellite Earth "
 "Station filing.', 'IBFS_SESTC2016090100758_1154989'); the letterhead ('PUBLIC NOTICE Federal Communications "
 "Commission News Media Information 202 / 418-0500 445 12th St., S.W. Internet: http://www.fcc.gov Washington, D.C. "
 "20554 TTY: 1-888-835-5322'), the DA number ('DA 16-1070'); the footnote markers '1' (after 'the Commission\u2019s "
 "rules,') and '2' (run into 'authorizations2'). Kept: the 'Released' line, the upper-case heading (its three lines "
 "joined), 'PLEADING CYCLE ESTABLISHED', the docket line, the two date lines, each on its own line (whitespace "
 "only), and the body's first sentence (its line wraps joined). Cut after '... held by Yankee Partners and Grande "
 "Investment to Radiate Holdings.', before the second sentence, which the excerpt breaks off inside ('Pursuant to "
 "the proposed transaction, Yankee Partners would sell all of its interests in RCN Telecom Services, LLC (RCN-TS) to "
 "Radiate Holdings, and Grande Investment would sell all of its in'); `truncated`. Kept as written: 'Grande "
 "Investment L.P.' and 'GRANDE COMMUNICATIONS NETWORKS LLC' without a comma, 'RCN TELECOM SERVICES, LLC' with one, "
 "'sections 214 and 310(d)', 'Commission\u2019s' with its curly apostrophe. In the lane (two named cable and "
 "telephone companies to pass to a named buyer, applied for: sector telecoms/cable, 2016). A different event from "
 "47j's RCN Corporation/Yankee Cable Acquisition notice of 2010 (DA 10-667, dev): the 2016 sale of RCN's operating "
 "company and Grande's to Radiate; the two share only the RCN and Yankee names. One text per event: the parties' "
 "consolidated application (fcc.report ITC-T/C-20160901-00262 and its docslib copy, party filings) not used; "
 "Radiate's later applications (Wave Holdco 2017, Stonepeak 2020-21; fcc.report, docslib, a county council packet "
 "on scribd; party filings or other matters) not used. Found with 'public notice transfer of control to Grande "
 "Communications ABRY Partners pleading cycle 2009' (rank 5; rank 1 for 'Radiate Holdings Yankee Cable Partners "
 "Grande Investment transfer of control RCN Telecom Services Grande Communications Networks pleading cycle WC Docket "
 "No. 16-276'). " + CHECK +
 "'Radiate': only in 47j's notes on its RCN/Yankee text (dev file notes, 47j's script, pool and note: 'an RCN/Radiate "
 "application, another year, a party filing') and two GATHERING.md not-used lines (party applications); '16-1070', "
 "'RCN Telecom Services, LLC', 'Grande Investment', 'Yankee Cable Partners', 'Yankee Partners', 'Grande "
 "Communications Networks': in no corpus file, script, note or pool; '16-276' only as an unrelated number in a DOJ "
 "test file and batch45w.py (file names only).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
