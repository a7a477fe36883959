#!/usr/bin/env python3
"""Batch 44o (session 45, gatherer 44o): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a fourth round of session 45 in the FCC transaction lane of batches 15f,
43n, 43p, 43r, 43t, 43u, 44b, 44g and 44k: public notices on transfers of control naming the seller, the target, its
owners and subsidiaries and the buyer --
  - the public notice DA 08-2681 (9 December 2008) on the applications for the transfer of control of Embarq
    Corporation to CenturyTel, Inc. (docs.fcc.gov);
  - the Wireline Competition Bureau's public notice DA 10-1998 (18 October 2010) on the applications to transfer
    control of ITC^DeltaCom, Inc.'s 'wholly owned operating subsidiaries, DeltaCom, Inc. (DeltaCom), Interstate
    FiberNet, Inc. (IFN), and Business Telecom, Inc. (BTI), to EarthLink' (docs.fcc.gov);
  - the public notice DA 06-2587 (22 December 2006) on the application to transfer control of Norlight
    Telecommunications, Inc. from Journal Communications, Inc. to Q-Comm Corporation (docs.fcc.gov).
Texts are the search tool's page-store excerpts (corpus `pages`) of the FCC's own EDOCS plain-text attachments. The
notices' letterheads, footnote markers and the footnote text a plain-text rendering runs into the body are left out;
each text is cut at the last full sentence before the excerpt breaks off (or before footnote text runs in). No word
added or changed. Per-item notes in `notes`. Written before any extractor ran on the texts (newskg was not run on
them).
usage: batch44o.py [POOL_DIR] [--dry]   (default /tmp/gather45o/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch44k import LETTERHEAD_07, LETTERHEAD_10, ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather45o/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rilF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "and the session-45 pools /tmp/gather45*/pool (45a to 45n and 45p at the last check; the scripts batch44m, 44n and 44p too): ")
R = []

# ---- CenturyTel / Embarq, public notice DA 08-2681, 9 December 2008 --------------------------------------------
U1 = "https://docs.fcc.gov/public/attachments/DA-08-2681A1.txt"
R.append(federal(
 "us-fcc-centurytel-embarq-transfer-of-control-applications-public-notice-2008", U1, "2008-12-09",
 "Applications Filed for the Transfer of Control of Embarq Corporation to CenturyTel, Inc.",
 "DA 08-2681 Released: December 9, 2008\n\n"
 "APPLICATIONS FILED FOR THE TRANSFER OF CONTROL OF EMBARQ CORPORATION TO CENTURYTEL, INC.\n\n"
 "WC Docket No. 08-238\n\n"
 "PLEADING CYCLE ESTABLISHED\n\n"
 "Comments/Petitions to Deny Due: January 8, 2009\n\n"
 "Reponses/Oppositions Due: January 23, 2009\n\n"
 "Embarq Corporation (Embarq) and CenturyTel, Inc. (CenturyTel) (together, Applicants) filed a series of "
 "applications pursuant to sections 214 and 310(d) of the Communications Act of 1934, as amended, 47 U.S.C. \u00a7\u00a7 "
 "214, 310(d). The Applicants seek Commission approval of the transfer of control of Embarq to CenturyTel.\n\n"
 "Embarq, a Delaware holding company, owns subsidiaries that operate as incumbent local exchange carriers "
 "(incumbent LECs) in 18 states and provides local exchange services over nearly 5.9 million telephone access lines "
 "and broadband service to 1.4 million subscribers. The company\u2019s operating subsidiaries offer consumers local "
 "and long distance phone service, high-speed Internet access, and satellite video from DISH network.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission public notice DA 08-2681, 'Applications Filed for the Transfer of Control "
 "of Embarq Corporation to CenturyTel, Inc.; Pleading Cycle Established', WC Docket No. 08-238, December 9, 2008, US "
 "federal government work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search "
 "tool's page store at " + U1,
 ORIGIN,
 "The public notice of 9 December 2008 (DA 08-2681, WC Docket No. 08-238) on the applications under sections 214 "
 "and 310(d), as the FCC's own plain-text attachment DA-08-2681A1.txt holds it (one run of text, footnote markers as "
 "bare digits, the footnotes' text at the page's foot); an FCC public notice is a US federal work, public domain "
 "(batch 15f). Left out: the letterhead, in two pieces around the DA number ('PUBLIC NOTICE FEDERAL COMMUNICATIONS "
 "COMMISSION 445 TWELFTH STREET, S.W. WASHINGTON, D.C. 20554' before it, 'News media information 202/418-0500 "
 "Fax-On-Demand 202/418-2830 Internet: http://www.fcc.gov ftp.fcc.gov' between it and 'Released: December 9, "
 "2008'); the footnote markers '1' (after '47 U.S.C. \u00a7\u00a7 214, 310(d).') and '2' (after '... 1.4 million "
 "subscribers.'). Kept: the DA number with the release date (joined on one line once the letterhead's second piece "
 "is cut, as the other notices of the lane), the upper-case heading, the docket number, 'PLEADING CYCLE "
 "ESTABLISHED' and the two due-date lines, each on its own line, and the body split before 'Embarq, a Delaware "
 "holding company' (whitespace only; the rendering runs all as one line; fcc.report's copy of the same notice, "
 "rank 2 for the query below, sets these as separate lines and paragraphs). Cut after '... satellite video from "
 "DISH network.', where the next sentence ('For businesses, Embarq\u2019s subsidiaries offer local voice and data "
 "services, ... satellite video services from DIRECTV, enhanced data network services, voice and data communication "
 "equipment, and managed') is broken by the footnotes' text running in at the page's foot ('1 See Embarq "
 "Corporation, Transferor, and CenturyTel, Inc., Transferee, Application for Transfer of Control of Domestic "
 "Authorizations ... United Telephone Company of Indiana, File No. 0003657510; United Telephone Company of the "
 "Northwest, File No. '), and the rest; `truncated`. Kept as written: 'Reponses/Oppositions Due' (sic), 'DISH "
 "network' (lower-case 'network'), 'the company\u2019s' with the curly apostrophe, '\u00a7\u00a7'. One text per event: "
 "the Commission's Memorandum Opinion and Order FCC 09-54 approving the transfer (25 June 2009; fcc.report's copies "
 "open with a table of contents, no usable body in the excerpt), the parties' own filings and state papers "
 "(fcc.report's post-transaction attachment, the Washington commission response, the New Jersey Rate Counsel's "
 "comments on docslib.org) and CenturyTel's SEC 8-K on the closing not used. Found with 'transfer of control Madison "
 "River Communications to CenturyTel domestic section 214' (rank 1; fcc.report's copy rank 2) and 'DA 08-2681 Embarq "
 "Corporation CenturyTel transfer of control applications filed pleading cycle' (rank 2; fcc.report rank 1). "
 + CHECK + "'Embarq', 'DA 08-2681', '08-238', 'DIRECTV': 0 in the corpus texts, the scripts, GATHERING.md and the "
 "pools; 'CenturyTel' only in test fcc-centurytel-michigan-service-interruption-waiver-2020 and batch 8b's scripts "
 "(a 2020 service-interruption waiver of CenturyTel of Michigan, another matter; file names only); 'CenturyLink' in "
 "several outage, DOJ and FCC files (other matters, none naming Embarq).", True))

# ---- EarthLink / ITC^DeltaCom subsidiaries, public notice DA 10-1998, 18 October 2010 ----------------------------
U2 = "https://docs.fcc.gov/public/attachments/DA-10-1998A1.txt"
R.append(federal(
 "us-fcc-earthlink-itc-deltacom-subsidiaries-transfer-of-control-public-notice-2010", U2, "2010-10-18",
 "Domestic Section 214 Applications Filed for the Transfer of Control of the Operating Subsidiaries of ITC^DeltaCom, "
 "Inc. to EarthLink, Inc.",
 "DA 10-1998 Released: October 18, 2010\n\n"
 "DOMESTIC SECTION 214 APPLICATIONS FILED FOR THE TRANSFER OF CONTROL OF THE OPERATING SUBSIDIARIES OF ITC^DELTACOM, "
 "INC. TO EARTHLINK, INC.\n\n"
 "STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 10-209\n\n"
 "Comments Due: November 1, 2010\n\n"
 "Reply Comments Due: November 8, 2010\n\n"
 "On October 6, 2010, ITC^DeltaCom, Inc. (ITCD) and EarthLink, Inc. (EarthLink) (together, Applicants) filed "
 "applications pursuant to section 63.03 of the Commission\u2019s rules to request approval to transfer control of "
 "ITCD\u2019s wholly owned operating subsidiaries, DeltaCom, Inc. (DeltaCom), Interstate FiberNet, Inc. (IFN), and "
 "Business Telecom, Inc. (BTI), to EarthLink.\n\n"
 "ITCD is a publicly traded Delaware holding company that does not itself provide telecommunications services. "
 "DeltaCom provides competitive local exchange carrier (LEC) services in Alabama, Florida, Georgia, Louisiana, "
 "Mississippi, North Carolina, South Carolina, and Tennessee. BTI provides competitive LEC services in Alabama, "
 "Delaware, District of Columbia, Florida, Georgia, Kentucky, Louisiana, Maryland, Mississippi, North Carolina, New "
 "Jersey, New York, Pennsylvania, South Carolina, Tennessee, Texas, Virginia, and West Virginia. IFN is authorized to "
 "provide wholesale transmission services in Alabama, Florida, Georgia, Kentucky, Louisiana, Mississippi, New York, "
 "South Carolina, and Texas. Applicants further state that both DeltaCom and BTI are authorized to provide "
 "interexchange services in all 50 states and the District of Columbia, and that DeltaCom, BTI, and IFN primarily "
 "serve business customers for all services.\n\n"
 "EarthLink, a publicly traded Delaware corporation, is an Internet service provider.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 10-1998, 'Domestic Section 214 "
 "Applications Filed for the Transfer of Control of the Operating Subsidiaries of ITC^DeltaCom, Inc. to EarthLink, "
 "Inc.; Streamlined Pleading Cycle Established', WC Docket No. 10-209, October 18, 2010, US federal government work "
 "(public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at "
 + U2,
 ORIGIN,
 "The public notice of 18 October 2010 (DA 10-1998, WC Docket No. 10-209) as the FCC's own plain-text attachment "
 "DA-10-1998A1.txt holds it (one run of text, footnote markers as bare digits, the footnotes' text at the page's "
 "foot, as 44k's DA 10-2082); an FCC public notice is a US federal work, public domain (batch 15f). Left out: the "
 "letterhead (" + LETTERHEAD_10 + "); the footnote markers '1' (after '... and Business Telecom, Inc. (BTI), to "
 "EarthLink.') and '2' (after '... Virginia, and West Virginia.'). Kept: the DA number with the release date, the "
 "upper-case heading, 'STREAMLINED PLEADING CYCLE ESTABLISHED', the docket number and the two due-date lines, each "
 "on its own line, and the body split before 'ITCD is a publicly traded' and before 'EarthLink, a publicly traded' "
 "(whitespace only; the rendering runs all as one line). Cut after '... is an Internet service provider.', before "
 "the sentence the excerpt breaks off inside ('Its wholly owned subsidiary, New Edge Networks, Inc., is authorized "
 "to provide competitive LEC and interexchange services in all '), and the rest; `truncated`. Kept as written: "
 "'ITC^DeltaCom, Inc.' and 'ITC^DELTACOM, INC.' with the caret, 'wholly owned' (no hyphen), 'District of Columbia' "
 "without 'the' in BTI's list, the curly apostrophes. One text per event: no other paper on the deal came back. "
 "Found with 'domestic section 214 application filed transfer of control Zayo AboveNet Cbeyond Birch EarthLink One "
 "Communications Integra streamlined pleading cycle' (rank 8). " + CHECK + "'DeltaCom', 'Interstate FiberNet', "
 "'New Edge', '10-1998', '10-209': 0 in the corpus texts, the scripts, GATHERING.md and the pools; 'EarthLink' only "
 "in dev us-fcc-windstream-paetec-transfer-of-control-public-notice-2011 (no 'DeltaCom' in it), dev wp-mindspring "
 "and batch 40t's scripts (MindSpring's merger with EarthLink, another matter) and in GATHERING.md only for "
 "40t's MindSpring text and Windstream/EarthLink (2016-17, another deal); 'Business Telecom' only in test "
 "us-doj-centurylink-level-3-divest-networks-dark-fiber-2017 and batch 40zi's script (another matter; file names "
 "only).", True))

# ---- Q-Comm / Norlight from Journal Communications, public notice DA 06-2587, 22 December 2006 -------------------
U3 = "https://docs.fcc.gov/public/attachments/DA-06-2587A1.txt"
R.append(federal(
 "us-fcc-q-comm-norlight-journal-communications-transfer-of-control-public-notice-2006", U3, "2006-12-22",
 "Domestic Section 214 Application Filed for the Transfer of Control of Norlight Telecommunications, Inc. from "
 "Journal Communications, Inc. to Q-Comm Corporation",
 "DA 06-2587 Released: December 22, 2006\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR THE TRANSFER OF CONTROL OF NORLIGHT TELECOMMUNICATIONS, INC. FROM "
 "JOURNAL COMMUNICATIONS, INC. TO Q-COMM CORPORATION\n\n"
 "STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 06-227\n\n"
 "Comments Due: January 5, 2007\n\n"
 "Reply Comments Due: January 12, 2007\n\n"
 "On December 4, 2006, Journal Communications, Inc. (\u201cJournal\u201d or \u201cTransferor\u201d), Norlight "
 "Telecommunications, Inc. (\"Norlight\"), and Q-Comm Corporation (\u201cQ-Comm\u201d or \u201cTransferee\u201d) "
 "(collectively, \"Applicants\"), filed an application, pursuant to section 63.04 of the Commission\u2019s rules, "
 "requesting authority to transfer control of Norlight to Q-Comm. Applicants assert that this transaction is "
 "entitled to presumptive streamlined treatment under section 63.03(b)(2)(i) of the Commission\u2019s rules because, "
 "upon completion of the proposed transaction, (a) Transferee will have a market share in the interstate, "
 "interexchange market of less than 10 percent, and (b) Transferee will provide competitive telephone exchange "
 "services or exchange access services (if at all) exclusively in areas served by a dominant local exchange carrier "
 "that is not a party to the transaction, and (c) none of the Applicants is dominant with respect to any service.\n\n"
 "Norlight, a Wisconsin corporation, provides facilities-based services over a regional fiber network to wholesale "
 "and commercial customers located primarily in its core service territory in Illinois, Indiana, Michigan, "
 "Minnesota, and Wisconsin. Norlight also provides interexchange and data services in multiple states to serve the "
 "secondary offices of business customers that have a principal place of business in its core service territory.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 06-2587, 'Domestic Section 214 "
 "Application Filed for the Transfer of Control of Norlight Telecommunications, Inc. from Journal Communications, "
 "Inc. to Q-Comm Corporation; Streamlined Pleading Cycle Established', WC Docket No. 06-227, December 22, 2006, US "
 "federal government work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search "
 "tool's page store at " + U3,
 ORIGIN,
 "The public notice of 22 December 2006 (DA 06-2587, WC Docket No. 06-227) as the FCC's own plain-text attachment "
 "DA-06-2587A1.txt holds it (one run of text, footnote markers as bare digits, the footnotes' text at the page's "
 "foot, as 44k's DA 07-4520); an FCC public notice is a US federal work, public domain (batch 15f). Left out: the "
 "letterhead (" + LETTERHEAD_07 + "); the footnote markers '1' (after 'the Commission\u2019s rules,'), '2' (after "
 "'... transfer control of Norlight to Q-Comm.'), '3' (after '... dominant with respect to any service.') and '4' "
 "(after '... in its core service territory.'). Kept: the DA number with the release date, the upper-case heading, "
 "'STREAMLINED PLEADING CYCLE ESTABLISHED', the docket number and the two due-date lines, each on its own line, and "
 "the body split before 'Norlight, a Wisconsin corporation' (whitespace only; the rendering runs all as one line). "
 "Cut after '... a principal place of business in its core service territory.', before the sentence the excerpt "
 "breaks off inside ('Norlight is a wholly-owned subsidiary of The Journ'), and the rest; `truncated` (so the "
 "subsidiary sentence is not in the text). Kept as written: the mixed quotation marks (curly around "
 "'Journal', 'Transferor', 'Q-Comm', 'Transferee'; straight around 'Norlight' and 'Applicants'), the comma before "
 "'filed', '63.03(b)(2)(i)', the curly apostrophes. One text per event: Norlight's 2010 outage-reporting consent "
 "decree (DA 10-2181, batch 33b's left-out item; Windstream Norlight by then) and the 2011 notice on Windstream "
 "Norlight's discontinuance in Kentucky (DA 11-610, rank 3 for the query below) are other matters, not used. Found "
 "with 'domestic section 214 transfer of control Windstream CT Communications Valor Alltel Kentucky Data Link Q-Comm "
 "public notice' (rank 2). " + CHECK + "'Q-Comm', 'Journal Communications', '06-2587', '06-227': 0 in the corpus "
 "texts, the scripts, GATHERING.md and the pools; 'Norlight' only in batch 33b's script and GATHERING.md's 33b "
 "section (the 2010 consent decree, left out there; no corpus file).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
