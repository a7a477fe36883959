#!/usr/bin/env python3
"""Batch 48e (session 49, gatherer 48e): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a thirty-third round in the FCC transaction lane of batches 15f, 43n, 43p,
43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk, 45zo, 45zr, 45zu, 45zx, 46c,
46f, 46h, 46l, 46o, 47c, 47g, 47j, 47o, 47q, 47u, 47x, 47za and 48c, on two matters no corpus file holds --
  - the Memorandum Opinion and Order DA 14-1065 of 25 July 2014 (Wireline Competition, International and Wireless
    Telecommunications Bureaus) on the applications of Frontier Communications Corporation and AT&T Inc. for the
    assignment or transfer of control of The Southern New England Telephone Company and SNET America, Inc. (WC Docket
    No. 14-22);
  - the Memorandum Opinion and Order DA 14-1543 of 24 October 2014 (Wireline Competition and International Bureaus) on
    the applications for the transfer of control of tw telecom inc. to Level 3 Communications, Inc. (WC Docket No.
    14-104);
both as fcc.report holds the FCC's own IBFS attachments (pdf text, fixed-width lines), as 43n's Altice/Cequel notice.
The text is the search tool's page-store excerpt (corpus `pages`). fcc.report's own lines, the order's letterhead, the
caption's bracket column with its docket number, and the footnote markers are left out; the caption's left column is
kept as one line ('In the Matter of ...', as 46o's TWC/Insight order), then the order's heading, its adopted/released
line, its by-line, 'I. INTRODUCTION' and the paragraphs, each on its own line; the pdf text's line wraps joined
(whitespace only). Each text is cut at the last full sentence before the excerpt breaks off. No word added or changed.
Per-item notes in `notes`. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch48e.py [POOL_DIR] [--dry]   (default /tmp/gather49e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather49e/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a: the file "
         "holds bytes that make plain grep call it binary), every gather script, the notes under /work/notes and the "
         "session-49 pools /tmp/gather49*/pool (49a to 49d at the last check, none on this matter): ")
R = []

# ---- The Southern New England Telephone Company, SNET America, Inc. (AT&T) -> Frontier, DA 14-1065, 25 July 2014 -----
U1 = "https://fcc.report/IBFS/ITC-T-C-20140131-00027/1062090"
R.append(federal(
 "us-fcc-frontier-att-southern-new-england-telephone-snet-america-transfer-of-control-order-2014",
 U1, "2014-07-25",
 "Memorandum Opinion and Order: Applications Filed by Frontier Communications Corporation and AT&T Inc. for the "
 "Assignment or Transfer of Control of the Southern New England Telephone Company and SNET America, Inc.",
 "In the Matter of Applications Filed by Frontier Communications Corporation and AT&T Inc. for the Assignment or "
 "Transfer of Control of the Southern New England Telephone Company and SNET America, Inc.\n\n"
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: July 25, 2014 Released: July 25, 2014\n\n"
 "By the Acting Chief, Wireline Competition Bureau; Chief, International Bureau; and Chief, Wireless "
 "Telecommunications Bureau:\n\n"
 "I. INTRODUCTION\n\n"
 "1. Frontier Communications Corp. (Frontier) and AT&T Inc. (AT&T, and together with Frontier, the Applicants) filed "
 "a series of applications pursuant to sections 214 and 310(d) of the Communications Act of 1934, as amended (the "
 "Act). The Applicants seek approval to assign and transfer to Frontier licenses and authorizations held by "
 "AT&T\u2019s wholly owned subsidiaries, The Southern New England Telephone Company (SNET) and SNET America, Inc. "
 "(SNET America).",
 "telecoms/wireline carrier", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau, International Bureau and Wireless "
 "Telecommunications Bureau, Memorandum Opinion and Order DA 14-1065, adopted and released July 25, 2014 "
 "(Applications Filed by Frontier Communications Corporation and AT&T Inc. for the Assignment or Transfer of Control "
 "of the Southern New England Telephone Company and SNET America, Inc., WC Docket No. 14-22), US federal government "
 "work (public domain); text as fcc.report's copy of the FCC's IBFS attachment holds it, from the search tool's page "
 "store at " + U1,
 "fcc.report copy of an FCC IBFS attachment (search tool page store)",
 "The three Bureaus' Memorandum Opinion and Order of 25 July 2014 (DA 14-1065, WC Docket No. 14-22) on the "
 "applications of Frontier Communications Corporation and AT&T Inc. for the assignment or transfer of control of "
 "AT&T's wholly owned subsidiaries The Southern New England Telephone Company and SNET America, Inc., as fcc.report "
 "holds the FCC's own IBFS attachment (pdf text, fixed-width lines) for file ITC-T/C-20140131-00027; an FCC order is "
 "a US federal work, public domain on whatever page reproduces it (batches 15f, 43n). Left out: fcc.report's own "
 "lines ('Attachment Frontier-ATT Order J', 'Frontier-ATT Order J', 'ORDER', 'Grant Order', '2014-07-25', 'This "
 "document pretains to ITC-T/C-20140131-00027 for Transfer of Control on a International Telecommunications "
 "filing.', 'IBFS_ITCTC2014013100027_1062090'); the letterhead ('Federal Communications Commission DA 14-1065', "
 "'Before the Federal Communications Commission Washington, D.C. 20554'); the caption's bracket column (')') and the "
 "docket number beside it ('WC Docket No. 14-22', kept in the attribution, as 46o); the footnote marker '1' (after "
 "'(SNET America).'). Kept: the caption's left column as one line ('In the Matter of Applications Filed by ... SNET "
 "America, Inc.', its five lines joined), 'MEMORANDUM OPINION AND ORDER', the adopted/released line (the wide gap "
 "between its halves made one space), the by-line, 'I. INTRODUCTION' and paragraph 1's first two sentences, each on "
 "its own line; the pdf text's line wraps joined (whitespace only: 'Wireless\\nTelecommunications', 'together "
 "with\\nFrontier', 'Southern New\\nEngland'). Cut after '... SNET America, Inc. (SNET America).', before the sentence "
 "the excerpt breaks off inside ('The proposed transaction would result in the transfer to Frontier of approximately "
 "900,000 local access lines, 415,000 broadband customers, and 180,000 video customers in Connecticut from AT&T, "
 "which currently serves the entire state except for two exchange'); `truncated`. Kept as written: 'Frontier "
 "Communications Corp.' in the body beside 'Frontier Communications Corporation' in the caption, 'the Southern New "
 "England Telephone Company' (caption) and 'The Southern New England Telephone Company' (body), 'AT&T\u2019s' with its "
 "curly apostrophe, '(AT&T, and together with Frontier, the Applicants)', 'wholly owned' without a hyphen. In the "
 "lane (two named carriers held by a named parent, their control and licences to pass to a named buyer: sector "
 "telecoms/wireline carrier, 2014). One text per event: the parties' consolidated application (the same IBFS file's "
 "attachment 1034014, a party filing), Frontier's 8-K (streetinsider), the Connecticut PURA and Attorney General "
 "releases (state works, not open-licensed) and the trade press (tradelawdaily, exportcompliancedaily, bloomberg) not "
 "used; the Enforcement Bureau's 2015 Lifeline consent decree with SNET d/b/a Frontier Communications of Connecticut "
 "(DA 15-501) is another matter, not taken this round. Found with 'Frontier Communications AT&T Connecticut Southern "
 "New England Telephone transfer of control domestic section 214 public notice comments due 2014' (rank 2) and again "
 "with the caption's words (rank 2). " + CHECK +
 "'SNET America', 'Southern New England Telephone Company', '14-1065', '14-22', 'ITC-T-C-20140131': in no corpus "
 "file, GATHERING.md line, script, note or pool. 'SNET' stands in train us-fcc-sbc-snet-transfer-of-control-pleading-"
 "cycle-public-notice-1998 (SBC's 1998 merger with Southern New England Telecommunications Corporation: another "
 "event), two other SBC files and dev wp-endesa (file names only); no corpus file names both 'Frontier' and "
 "'Connecticut'.",
 True))

# ---- tw telecom inc. -> Level 3 Communications, Inc., DA 14-1543, 24 October 2014 -------------------------------------
U2 = "https://fcc.report/IBFS/SCL-T-C-20140707-00005/1066133"
R.append(federal(
 "us-fcc-tw-telecom-level-3-communications-transfer-of-control-order-2014",
 U2, "2014-10-24",
 "Memorandum Opinion and Order: Applications Filed for the Transfer of Control of tw telecom inc. to Level 3 "
 "Communications, Inc.",
 "In the Matter of Applications Filed for the Transfer of Control of tw telecom inc. to Level 3 Communications, "
 "Inc.\n\n"
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: October 24, 2014 Released: October 24, 2014\n\n"
 "By the Chief, Wireline Competition Bureau and Chief, International Bureau:\n\n"
 "I. INTRODUCTION\n\n"
 "1. Level 3 Communications, Inc. (together with its subsidiaries, Level 3) and tw telecom inc. (TWT Parent and, "
 "together with Level 3, Applicants) filed a series of applications pursuant to sections 214 of the Communications "
 "Act of 1934, as amended (Act), and the Cable Landing License Act, seeking approval for various transfers of "
 "control of licenses and authorizations held by TWT Parent\u2019s subsidiaries (TWT Subsidiaries, together, with TWT "
 "Parent, TWT) to Level 3.\n\n"
 "2. In order to decide whether or not the transfer applications should be approved, we are required to review the "
 "record evidence submitted by Applicants to determine if the proposed transaction would serve \u201cthe public "
 "interest, convenience, and necessity.\u201d",
 "telecoms/wireline carrier", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau and International Bureau, Memorandum Opinion "
 "and Order DA 14-1543, adopted and released October 24, 2014 (Applications Filed for the Transfer of Control of tw "
 "telecom inc. to Level 3 Communications, Inc., WC Docket No. 14-104), US federal government work (public domain); "
 "text as fcc.report's copy of the FCC's IBFS attachment holds it, from the search tool's page store at " + U2,
 "fcc.report copy of an FCC IBFS attachment (search tool page store)",
 "The two Bureaus' Memorandum Opinion and Order of 24 October 2014 (DA 14-1543, WC Docket No. 14-104) on the "
 "applications for the transfer of control of tw telecom inc. to Level 3 Communications, Inc., as fcc.report holds "
 "the FCC's own IBFS attachment (pdf text, fixed-width lines) for the cable landing licence file SCL-T/C-20140707-"
 "00005; an FCC order is a US federal work, public domain on whatever page reproduces it (batches 15f, 43n). This is "
 "the lead 44r, 45zg and 47x passed over: their copy was docslib.org's, whose caption had lost the buyer's name ('tw "
 "telecom inc. to , Inc.'), so their kept lines held no buyer; fcc.report's caption is whole. Left out: fcc.report's "
 "own lines ('Attachment DA-14-1543A1.pdf', 'DA-14-1543A1.pdf', 'ORDER', 'Order', '2014-10-24', 'This document "
 "pretains to SCL-T/C-20140707-00005 for Transfer of Control on a Submarine Cable Landing filing.', "
 "'IBFS_SCLTC2014070700005_1066133'); the letterhead ('Federal Communications Commission DA 14-1543', 'Before the "
 "Federal Communications Commission Washington, D.C. 20554'); the caption's bracket column (')') and the docket "
 "number beside it ('WC Docket No. 14-104', kept in the attribution, as 46o); the footnote markers '1' (after 'a "
 "series of applications'), '2' (after '(Act),'), '3' (after 'the Cable Landing License Act,') and '4' (after "
 "'necessity.\u201d'). Kept: the caption's left column as one line (its two lines joined), 'MEMORANDUM OPINION AND "
 "ORDER', the adopted/released line (the wide gap made one space), the by-line, 'I. INTRODUCTION', paragraph 1 whole "
 "and paragraph 2's first sentence, each on its own line; the pdf text's line wraps joined (whitespace only: 'tw "
 "telecom\\ninc.', 'License\\nAct', 'TWT\\nParent\u2019s'). Cut after '... \u201cthe public interest, convenience, and "
 "necessity.\u201d', before the sentence the excerpt breaks off inside ('In conducting our review, we assess several "
 "important criteria, including (1) whether the Applicants are qualified to hold Commission licenses, (2) whether the "
 "proposed transac'); `truncated`. Kept as written: 'tw telecom inc.' in lower case, 'sections 214' (plural, one "
 "section), 'TWT Parent\u2019s' with its curly apostrophe, '(TWT Subsidiaries, together, with TWT Parent, TWT)' with "
 "its commas, the curly quotation marks. In the lane (a named carrier to pass to a named buyer: sector "
 "telecoms/wireline carrier, 2014). One text per event: docslib.org's two renderings of the same order (one with the "
 "damaged caption), the parties' filings, the Kent and Kentucky letters (party letters, 47x's not-used), tw "
 "telecom's 8-K (streetinsider) and fiercetelecom's story not used; the 2014 pleading-cycle notice did not come back. "
 "Found with 'fcc.report Applications Filed for the Transfer of Control of tw telecom inc. to Level 3 Communications, "
 "Inc. WC Docket No. 14-94 Memorandum Opinion and Order' (rank 2). " + CHECK +
 "'tw telecom' (any case), 'SCL-T-C-20140707' and 'Time Warner Telecom' as this deal: in no corpus file ('Time "
 "Warner Telecom' stands in train us-fcc-leucadia-wiltel-vyvx-level-3-transfer-of-control-granted-public-notice-2005, "
 "another event, file name and grep hit only); '14-1543' in GATHERING.md only as 44r's, 45zg's and 47x's lead and "
 "not-used lines, and in five notes under /work/notes/gather46 and gather48 (the same lines); '14-104' in GATHERING.md "
 "once, inside 47x's search query. 'Level 3' is named in other corpus files on other matters (Looking Glass, WilTel/"
 "Vyvx, IP Networks, its outage consent decree; file names only).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
