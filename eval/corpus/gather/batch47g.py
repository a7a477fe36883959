#!/usr/bin/env python3
"""Batch 47g (session 48, gatherer 47g): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a twenty-fifth round in the FCC transaction lane of batches 15f, 43n,
43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk, 45zo, 45zr, 45zu, 45zx,
46c, 46f, 46h, 46l, 46o and 47c, on matters no corpus file holds --
  - the public notice DA 19-710 of 25 July 2019 (Wireline Competition, International and Wireless Telecommunications
    Bureaus) establishing the pleading cycle on the applications to transfer control of four subsidiaries of Frontier
    Communications Corporation to Northwest Fiber, LLC (WC Docket No. 19-188), the FCC's EDOCS plain text on
    docs.fcc.gov;
  - the Memorandum Opinion and Order DA 17-1096 of 8 November 2017 (Wireline Competition, International, Media and
    Wireless Telecommunications Bureaus) approving the applications of General Communication, Inc. and GCI Liberty,
    Inc. to transfer control of licences held by GCI's operating subsidiaries to GCI Liberty (WC Docket No. 17-114),
    fcc.report's copy of the FCC's IBFS attachment (fcc.report copies as 43n, 43r, 45zg, 45zx, 46h).
Texts are the search tool's page-store excerpts (corpus `pages`). The sites' own lines, the letterheads, the DA
numbers, a stray page mark, the caption's bracket column and docket number (order), and the footnote markers are left
out; each text is cut at the last full sentence before the footnotes' text runs in or the excerpt breaks off.
Headings, date lines, the caption and the 'By the ...' line are each put on their own line and the page's line wraps
joined (whitespace only). No word added or changed. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch47g.py [POOL_DIR] [--dry]   (default /tmp/gather48g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48g/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script, "
         "the notes under /work/notes and the session-48 pools /tmp/gather48*/pool (48a, 48b, 48c, 48e, 48f and an "
         "empty 48d at the last check, none on these matters): ")
R = []

# ---- Frontier Communications subsidiaries -> Northwest Fiber, LLC, public notice DA 19-710, 25 July 2019 -------------
U1 = "https://docs.fcc.gov/public/attachments/DA-19-710A1.txt"
R.append(federal(
 "us-fcc-frontier-communications-northwest-fiber-subsidiaries-transfer-of-control-pleading-cycle-public-notice-2019",
 U1, "2019-07-25",
 "Applications Filed for the Transfer of Control of Certain Subsidiaries of Frontier Communications Corporation to "
 "Northwest Fiber, LLC",
 "July 25, 2019\n\n"
 "APPLICATIONS FILED FOR THE TRANSFER OF CONTROL OF CERTAIN SUBSIDIARIES OF FRONTIER COMMUNICATIONS CORPORATION TO "
 "NORTHWEST FIBER, LLC\n\n"
 "PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 19-188\n\n"
 "Comments Due: August 8, 2019\n"
 "Reply Comments Due: August 15, 2019\n\n"
 "By this Public Notice, the Wireline Competition Bureau, International Bureau, and Wireless Telecommunications "
 "Bureau seek comment from interested parties on a series of applications filed by Frontier Communications "
 "Corporation (Frontier) and its subsidiaries, Citizens Telecommunications Company of Idaho (Citizens Idaho), "
 "Citizens Telecommunications Company of Montana (Citizens Montana), Citizens Telecommunications Company of Oregon, "
 "and Frontier Communications Northwest, Inc. (Frontier Northwest) (those specified Frontier subsidiaries, together, "
 "Transferring Companies), and Northwest Fiber, LLC (Northwest Fiber) (Frontier, Transferring Companies, and "
 "Northwest Fiber, collectively, Applicants), pursuant to sections 214 and 310(d) of the Communications Act of 1934, "
 "as amended (Act), and sections 1.948, 63.03-04, 63.18, and 63.24 of the Commission\u2019s rules.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau, International Bureau and Wireless "
 "Telecommunications Bureau, Public Notice DA 19-710, July 25, 2019, 'Applications Filed for the Transfer of Control "
 "of Certain Subsidiaries of Frontier Communications Corporation to Northwest Fiber, LLC; Pleading Cycle "
 "Established', WC Docket No. 19-188, US federal government work (public domain); text as the FCC's EDOCS plain-text "
 "attachment holds it, from the search tool's page store at " + U1,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The three Bureaus' public notice of 25 July 2019 (DA 19-710, WC Docket No. 19-188) establishing the pleading cycle "
 "on the applications to transfer control of four subsidiaries of Frontier Communications Corporation to Northwest "
 "Fiber, LLC, as the FCC's own plain-text attachment DA-19-710A1.txt holds it (one run of text, the footnotes' text "
 "set into the run where their markers stood); an FCC Bureaus' notice is a US federal work, public domain (batch "
 "15f). Left out: the run's first token '2' (a stray page or image mark before the DA number, not a word of the "
 "notice), the DA number ('DA 19-710', as 46o and 47c left out DA lines). Kept: the date line, the upper-case heading, "
 "'PLEADING CYCLE ESTABLISHED', the docket line, the two due-date lines and the body's first sentence, each on its "
 "own line (whitespace only). Cut after '... 63.18, and 63.24 of the Commission\u2019s rules.', before the first "
 "footnote's text ('47 U.S.C. \u00a7\u00a7 214, 310(d); 47 CFR \u00a7\u00a7 1.948, ...; Application for Consent to "
 "Partially Assign ...'), which the plain text runs on into the body with no marker; the body resumes only after "
 "that footnote ('Applicants request consent for the transfer of control of the Transferring Companies and the "
 "partial assignment of long distance customers from Frontier Communications of America, Inc. (F', where the "
 "excerpt breaks off); `truncated`. Kept as written: 'Citizens Telecommunications Company of Oregon' with no short "
 "name (the other three subsidiaries have one), '(those specified Frontier subsidiaries, together, Transferring "
 "Companies)', '63.03-04', 'Commission\u2019s' with its curly apostrophe. In the lane (a named carrier's named local "
 "exchange subsidiaries to pass to a named buyer, applied for: sector telecoms/wireline carrier, 2019). One text per "
 "event: the applicants' consolidated application (docslib.org, a party filing), the Montana PSC's proposed order "
 "(tradelawdaily.com, news), the Oregon PUC item (1190kex.iheart.com, a radio station's page) and heraldnet.com's "
 "and consumerelectronicsdaily.com's stories not used; no fcc.gov document page or grant order on this deal came "
 "back. Found with 'Northwest Fiber LLC Frontier Communications Northwest transfer of control applications filed "
 "public notice WC Docket' (rank 1; again rank 1 for 'WCB seeks comment transfer of control certain Frontier "
 "subsidiaries to Northwest Fiber'). " + CHECK +
 "'Northwest Fiber', 'Frontier Communications Northwest', 'Frontier Northwest', 'Citizens Telecommunications Company "
 "of', 'Ziply', '19-710', '19-188': in no corpus file, script, note or pool. 'Frontier' is named in seven corpus files "
 "on other matters (among them a 2015 notice on Frontier's purchase of Verizon's California, Texas and Florida "
 "assets); file names only.",
 True))

# ---- General Communication, Inc. -> GCI Liberty, Inc., Memorandum Opinion and Order DA 17-1096, 8 November 2017 -----
U2 = "https://fcc.report/IBFS/ITC-T-C-20170501-00091/1301511"
R.append(federal(
 "us-fcc-general-communication-gci-liberty-transfer-of-control-order-2017", U2, "2017-11-08",
 "Memorandum Opinion and Order: Joint Application of General Communication, Inc. and GCI Liberty, Inc. for Consent "
 "to Transfer Control",
 "In the Matter of Joint Application of General Communication, Inc. and GCI Liberty, Inc. for Consent to Transfer "
 "Control\n\n"
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: November 8, 2017 Released: November 8, 2017\n\n"
 "By the Chief, Wireline Competition Bureau; Chief, International Bureau; Chief, Media Bureau; and Chief, Wireless "
 "Telecommunications Bureau:\n\n"
 "I. INTRODUCTION\n\n"
 "1. By this Order, pursuant to sections 214 and 310(d) of the Communications Act of 1934, as amended, and the Cable "
 "Landing License Act of 1921, the Wireline Competition Bureau, International Bureau, Media Bureau, and Wireless "
 "Telecommunications Bureau (Bureaus) approve without conditions a series of applications filed by General "
 "Communication, Inc. (GCI) and GCI Liberty, Inc. (GCI Liberty) (together, Applicants) seeking approval to transfer "
 "control of various licenses and authorizations held by operating subsidiaries of GCI to GCI Liberty. We also deny "
 "the Petitions to Deny the Applications filed by Alaska Communications and by Quintillion Subsea Operations, LLC and "
 "Quintillion Networks, LLC.",
 "telecoms", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau, International Bureau, Media Bureau and "
 "Wireless Telecommunications Bureau, Memorandum Opinion and Order DA 17-1096, adopted and released November 8, 2017 "
 "(Joint Application of General Communication, Inc. and GCI Liberty, Inc. for Consent to Transfer Control, WC Docket "
 "No. 17-114), US federal government work (public domain); text as fcc.report's copy of the FCC's IBFS attachment "
 "(under ITC-T/C-20170501-00091) holds it, from the search tool's page store at " + U2,
 "fcc.report copy of an FCC IBFS attachment (search tool page store)",
 "The four Bureaus' Memorandum Opinion and Order of 8 November 2017 (DA 17-1096, WC Docket No. 17-114) approving "
 "without conditions the applications of General Communication, Inc. and GCI Liberty, Inc. to transfer control of "
 "licences held by GCI's operating subsidiaries to GCI Liberty, and denying the petitions to deny, as fcc.report's "
 "copy of the FCC's IBFS attachment holds it (a text rendering of the order's PDF with its line wraps and the "
 "caption's two columns side by side, filed under ITC-T/C-20170501-00091 as 'DA 17-1096 GCI Liber'); an FCC order is "
 "a US federal work, public domain (batch 15f; fcc.report copies of IBFS attachments as 43n, 43r, 45zg, 45zx, 46h). "
 "Left out: fcc.report's own lines ('Attachment DA 17-1096 GCI Liber' twice, 'ORDER submitted by Federal "
 "Communications Commission', 'Grant Order', '2017-11-08', 'This document pretains to ...', "
 "'IBFS_ITCTC2017050100091_1301511'); the letterhead ('Federal Communications Commission DA 17-1096 Before the "
 "Federal Communications Commission Washington, D.C. 20554'); the caption's bracket column (') ) ) ) )') and the "
 "docket number beside it ('WC Docket No. 17-114', kept in the attribution, as 47c's Altice order); the footnote "
 "markers '1' (after 'as amended,'), '2' (after 'Act of 1921,'), '3' (after '... to GCI Liberty.') and '4' (after "
 "'Quintillion Networks, LLC.'). Kept: the caption's left column (its three lines joined), 'MEMORANDUM OPINION AND "
 "ORDER', the adopted/released line, the 'By the Chief, ...' line (its two lines joined), 'I. INTRODUCTION' and "
 "paragraph 1 whole, the page's line wraps joined (whitespace only). Cut after '... and Quintillion Networks, LLC.', "
 "where the excerpt breaks off (paragraph 2 and the background, which the ininet.org copy shows, are not in this "
 "excerpt); `truncated`. Kept as written: 'as amended, and the Cable Landing License Act of 1921, the Wireline ...' "
 "(the commas as the order sets them once the markers are out), '(Bureaus)', '(together, Applicants)', 'Petitions to "
 "Deny', 'Alaska Communications' (the petitioner's short name as the order gives it). The same order's other copies "
 "(fcc.report under ITC-T/C-20170501-00092, the same attachment; ininet.org's Word-derived copy with renumbered lists "
 "'1. INTRODUCTION', '1. By this Order') not used; the pleading-cycle notice DA 17-492 of 19 May 2017 (fcc.report; "
 "one text per event: its only whole sentence names GCI Liberty 'a reorganized GCI') and the applicants' "
 "consolidated application (docslib.org, a party filing), communicationsdaily.com's and lightwaveonline.com's "
 "stories (news) not used. In the lane (a named Alaska carrier's licences passing to a named new holding company, "
 "granted, petitions to deny by named rivals denied: sector telecoms, 2017). Found with 'General Communication GCI "
 "Liberty Memorandum Opinion and Order WC Docket No. 17-114 approve without conditions Quintillion' (rank 2; the same "
 "attachment under ITC-T/C-20170501-00092 at rank 1). " + CHECK +
 "'GCI Liberty', 'Liberty Interactive', 'Quintillion', '17-1096', '17-114', '17-492': 'Quintillion' only in two "
 "outage-lane 'not used' lines of GATHERING.md and 45zh's notes (Quintillion's Arctic cable cuts, another matter); "
 "the others in no corpus file, script, note or pool. 'General Communication, Inc.' is named in one test file (36t's "
 "GCI 911-outage settlement release of 2016, another matter) and batch36t's scripts; 'Alaska Communications' only in "
 "a query quoted in GATHERING.md's 44-round notes; file names only.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
