#!/usr/bin/env python3
"""Batch 47x (session 48, gatherer 47x): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a thirtieth round in the FCC transaction lane of batches 15f, 43n, 43p,
43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk, 45zo, 45zr, 45zu, 45zx, 46c,
46f, 46h, 46l, 46o, 47c, 47g, 47j, 47o, 47q and 47u, on matters no corpus file holds --
  - the public notice DA 13-962 of 30 April 2013 establishing the streamlined pleading cycle on the domestic section
    214 application to transfer control of IP Networks, Inc. to Level 3 Communications, LLC (WC Docket No. 13-100),
    as the fcc.gov document page holds it (47u's lead named the grant of the same application, DA 13-1290; one text
    per event, the filed notice taken for its fuller ownership lines);
  - the public notice DA 06-2586 of 22 December 2006 establishing the streamlined pleading cycle on the domestic
    section 214 application to transfer control of Lightyear Network Solutions, LLC, First Communications, LLC and
    Xtension Services, Inc. to First Communications, Inc., a newly formed holding company (WC Docket No. 06-228), the
    FCC's EDOCS plain text on docs.fcc.gov (47u's 'Lightyear' lead).
Texts are the search tool's page-store excerpts (corpus `pages`). The fcc.gov page's own lines, the letterheads and
information lines, the DA numbers and the footnote markers are left out; each text is cut at the last full sentence
before the footnotes' text runs in or the excerpt breaks off. The 'Released' line, the heading (its lines joined),
the pleading-cycle line, the docket line and the date lines are each put on their own line; the fcc.gov page's line
wraps joined (whitespace only); the EDOCS rendering's body kept as its one run. No word added or changed. Per-item
notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch47x.py [POOL_DIR] [--dry]   (default /tmp/gather48x/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48x/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a: the file "
         "holds bytes that make plain grep call it binary), every gather script, the notes under /work/notes and the "
         "session-48 pools /tmp/gather48*/pool (48a-48u at the last check, none on these matters): ")
R = []

# ---- IP Networks, Inc. -> Level 3 Communications, LLC, DA 13-962, 30 April 2013 --------------------------------------
U1 = "http://www.fcc.gov/document/transfer-control-ip-networks-inc-level-3-communications-llc?contrast=highContrast"
R.append(federal(
 "us-fcc-ip-networks-level-3-communications-domestic-section-214-transfer-of-control-pleading-cycle-public-notice-"
 "2013",
 U1, "2013-04-30",
 "Domestic Section 214 Application Filed for the Transfer of Control of IP Networks, Inc. to Level 3 Communications, "
 "LLC",
 "Released: April 30, 2013\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR THE TRANSFER OF CONTROL OF IP NETWORKS, INC. TO LEVEL 3 "
 "COMMUNICATIONS, LLC\n\n"
 "STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 13-100\n\n"
 "Comments Due: May 14, 2013\n"
 "Reply Comments Due: May 21, 2013\n\n"
 "On April 19, 2013, IP Networks, Inc. (IPN) and Level 3 Communications, LLC (Level 3) (together, Applicants) filed "
 "an application pursuant to section 63.03 of the Commission\u2019s rules to transfer control of IPN to Level 3.\n\n"
 "IPN, a Delaware corporation, provides facilities-based interstate, intrastate, and competitive local exchange "
 "services in California. Applicants state that the following individuals or entities own 10 percent or more of the "
 "various classes of stock of IPN: W. Leslie Pelio; Fiberco, General Engineering Contractors, Inc.; Nokia Siemens "
 "Networks US LLC; Susan G. George; Robert George Family Trust dated March 19, 1993.\n\n"
 "Level 3, a Delaware limited liability company, is a wholly owned subsidiary of Level 3 Financing, Inc., a Delaware "
 "corporation operating as a holding company. Level 3 Financing, Inc. is a wholly owned subsidiary of Level 3 "
 "Communications, Inc. (Level 3 Parent), a Delaware corporation. Applicants state that Level 3 provides interstate, "
 "intrastate, and competitive local exchange services throughout the U.S.",
 "telecoms/wireline carrier", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau, Public Notice DA 13-962, released April 30, "
 "2013, 'Domestic Section 214 Application Filed for the Transfer of Control of IP Networks, Inc. to Level 3 "
 "Communications, LLC; Streamlined Pleading Cycle Established', WC Docket No. 13-100, US federal government work "
 "(public domain); text as the fcc.gov document page holds it, from the search tool's page store at " + U1,
 "fcc.gov document page (search tool page store)",
 "The public notice of 30 April 2013 (DA 13-962, WC Docket No. 13-100) establishing the streamlined pleading cycle "
 "on the domestic section 214 application of IP Networks, Inc. and Level 3 Communications, LLC to transfer control "
 "of IPN to Level 3, as the fcc.gov document page holds it (the notice's lines as the page sets them, as 47c's "
 "AboveNet/Zayo page); an FCC public notice is a US federal work, public domain (batch 15f). The issuing Bureau is "
 "not named in the kept text (the Wireline Competition Bureau, by the WC docket and the grant DA 13-1290, which says "
 "'The Wireline Competition Bureau (Bureau) released a public notice accepting this application for streamlined "
 "processing on April 30, 2013'); the attribution names it. Left out: the page's own lines ('Skip Navigation', "
 "'Federal Communications Commission', 'English Display Options', 'Commission Document', its heading 'Transfer of "
 "Control of IP Networks, Inc to Level 3 Communications, LLC', 'Download Options' and its first 'Released: April 30, "
 "2013'); the letterhead ('PUBLIC NOTICE Federal Communications Commission News Media Information 202 / 418-0500 445 "
 "12th St., S.W. Internet: http://www.fcc.gov Washington, D.C. 20554 TTY: 1-888-835-5322'); the DA number ('DA "
 "13-962'); the footnote markers '1' (after 'the Commission\u2019s rules') and '2' (after 'dated March 19, 1993.'). "
 "Kept: the notice's 'Released' line, the upper-case heading (its three lines joined), 'STREAMLINED PLEADING CYCLE "
 "ESTABLISHED', the docket line, the two due-date lines (each on its own line, as the page sets them) and the body, "
 "the page's line wraps joined (whitespace only): paragraph breaks after '... control of IPN to Level 3.' and after "
 "'... dated March 19, 1993.' (short last lines on the page); 'Applicants state that Level 3 provides ...' kept in "
 "the paragraph it follows (the line before it runs full). Cut after '... competitive local exchange services "
 "throughout the U.S.', before the sentence the excerpt breaks off inside ('Applicants further state that the "
 "following entities own directly or indirectly at least 10 percent of the equity of Level 3 Parent: STT Crossing "
 "Ltd. (Mauritius citizenship, 25.6 percent of the common equity of Level 3 Parent); STT Communications Ltd "
 "(Singapore citiz'); `truncated`. Kept as written: 'Fiberco, General Engineering Contractors, Inc.' with its comma, "
 "'Nokia Siemens Networks US LLC' without a comma, 'Robert George Family Trust dated March 19, 1993' (no comma), "
 "'facilities-based', 'the U.S.', 'Commission\u2019s' with its curly apostrophe. In the lane (a named competitive "
 "carrier to pass to a named buyer, applied for: sector telecoms/wireline carrier, 2013). One text per event: the "
 "grant of the same application, DA 13-1290 of 31 May 2013 (docs.fcc.gov, 47u's lead), not used (its kept text "
 "would repeat the deal with fewer ownership lines). Found with 'Level 3 TelCove transfer of control domestic "
 "section 214 public notice pleading cycle' (rank 6; the grant DA 13-1290 rank 2). " + CHECK +
 "'IP Networks', '13-962', '13-1290', '13-100', 'Level 3 Financing', 'Level 3 Parent', 'Pelio', 'Fiberco', 'Susan "
 "G. George', 'Robert George', 'STT Crossing': in no corpus file, script or pool; 'IP Networks' and '13-1290' only "
 "in 47u's lead and not-used lines (GATHERING.md and its note). 'Level 3' stands in nine corpus files, none on "
 "this deal (Level 3/Looking Glass 2006, Leucadia/WilTel/Vyvx 2005, Level 3's 2012 outage consent decree, "
 "CenturyLink/Level 3 2017, a Wikipedia page on a sniper attack naming Level 3 Communications, and two DOJ files "
 "whose notes name a Level 3 file; file names and grep hits only); 'Level 3 Communications, LLC' in two of them "
 "(train).",
 True))

# ---- Lightyear Network Solutions, LLC, First Communications, LLC, Xtension Services, Inc. -> First Communications,
# ---- Inc., DA 06-2586, 22 December 2006 -----------------------------------------------------------------------------
U2 = "https://docs.fcc.gov/public/attachments/DA-06-2586A1.txt"
R.append(federal(
 "us-fcc-lightyear-network-solutions-first-communications-xtension-domestic-section-214-transfer-of-control-pleading-"
 "cycle-public-notice-2006",
 U2, "2006-12-22",
 "Domestic Section 214 Application Filed for the Transfer of Control of Lightyear Network Solutions, LLC, First "
 "Communications, LLC, and Xtension Services, Inc. to First Communications, Inc.",
 "Released: December 22, 2006\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR THE TRANSFER OF CONTROL OF LIGHTYEAR NETWORK SOLUTIONS, LLC, FIRST "
 "COMMUNICATIONS, LLC, AND XTENSION SERVICES, INC. TO FIRST COMMUNICATIONS, INC.\n\n"
 "STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 06-228\n\n"
 "Comments Due: January 5, 2007\n"
 "Reply Comments Due: January 12, 2007\n\n"
 "On December 06, 2006, First Communications, Inc. (\u201cFCI\u201d), a newly formed holding company, Lightyear "
 "Network Solutions, LLC (\u201cLightyear\u201d), First Communications, LLC (\u201cFirst Communications\u201d), and "
 "Xtension Services, Inc. (\u201cXtension\u201d) (collectively, the \u201cApplicants\u201d), filed an application, "
 "pursuant to section 63.04 of the Commission\u2019s rules, requesting authority to transfer control of Lightyear, "
 "First Communications, and Xtension to FCI. Applicants assert that this transaction is entitled to presumptive "
 "streamlined treatment under section 63.03(b)(2)(i) of the Commission\u2019s rules because the proposed transaction "
 "will result in: (1) FCI, as the Transferee, holding less than a 10% share of the interstate, interexchange market; "
 "(2) FCI, as the Transferee, providing competitive telephone exchange services or exchange access services (if at "
 "all) exclusively in geographic areas served by dominant local exchange carriers (none of which is a party to the "
 "proposed transactions); and (3) none of the Applicants or their affiliates are dominant with respect to any "
 "service.",
 "telecoms/wireline carrier", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau, Public Notice DA 06-2586, released December "
 "22, 2006, 'Domestic Section 214 Application Filed for the Transfer of Control of Lightyear Network Solutions, LLC, "
 "First Communications, LLC, and Xtension Services, Inc. to First Communications, Inc.; Streamlined Pleading Cycle "
 "Established', WC Docket No. 06-228, US federal government work (public domain); text as the FCC's EDOCS "
 "plain-text attachment holds it, from the search tool's page store at " + U2,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 22 December 2006 (DA 06-2586, WC Docket No. 06-228) establishing the streamlined pleading "
 "cycle on the domestic section 214 application of First Communications, Inc., a newly formed holding company, "
 "Lightyear Network Solutions, LLC, First Communications, LLC and Xtension Services, Inc. to transfer control of the "
 "three carriers to First Communications, Inc., as the FCC's own plain-text attachment DA-06-2586A1.txt holds it "
 "(one run of text; this rendering, unlike 47u's, sets no spaces after hyphens or opening marks); an FCC public "
 "notice is a US federal work, public domain (batch 15f). The issuing bureau is not named in the kept text (a WC "
 "docket; the attribution names the Wireline Competition Bureau). Left out: the letterhead ('PUBLIC NOTICE Federal "
 "Communications Commission 445 12th Street, S.W. Washington, D.C. 20554'), the information line ('News Media "
 "Information 202 / 418-0500 Fax-On-Demand 202 / 418-2830 TTY 202 / 418-2555 Internet: http://www.fcc.gov "
 "ftp.fcc.gov'), the DA number ('DA 06-2586'); the footnote markers '1' (after 'of the Commission\u2019s rules,'), "
 "'2' (after 'and Xtension to FCI.') and '3' (after 'with respect to any service.'). Kept: the 'Released' line, the "
 "upper-case heading, 'STREAMLINED PLEADING CYCLE ESTABLISHED', the docket line, the two date lines, each on its own "
 "line (whitespace only), and the body's first two sentences as one paragraph (the rendering's one run). Cut after "
 "'... none of the Applicants or their affiliates are dominant with respect to any service.', before the sentence "
 "the footnotes' text breaks ('Lightyear, a Kentucky limited liability company, is authorized to provide local "
 "exchange telecommunications services in 44 states and long distance telecommunications services in 49 1 47 "
 "C.F.R. \u00a7 63.04; ...'); `truncated`. Kept as written: 'December 06, 2006' with its leading zero, "
 "'(\u201cFCI\u201d)' and the other short names in curly quotation marks, '(collectively, the "
 "\u201cApplicants\u201d), filed' with its comma, 'a 10% share', 'the proposed transactions' in the plural, 'are "
 "dominant', 'Commission\u2019s' with its curly apostrophe. In the lane (three named competitive carriers to pass to "
 "a named holding company, applied for: sector telecoms/wireline carrier, 2006). One text per event: no grant or "
 "other paper of this transfer came back. Lightyear's later matters (its 2013 consent decree DA 13-1953 on fcc.gov; "
 "state papers on its 2013 sale of assets to Birch Communications) not used. Found with 'Lightyear Network "
 "Solutions transfer of control domestic section 214 public notice streamlined pleading cycle' (rank 2). " + CHECK +
 "'Lightyear', 'First Communications', 'Xtension', '06-2586', '06-228': in no corpus file, script or pool; "
 "'Lightyear' only in GATHERING.md's record of a search query of batch 44s (its words, no text) and in 47u's lead line "
 "(GATHERING.md and its note).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
