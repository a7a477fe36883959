#!/usr/bin/env python3
"""Batch 50f (session 51, gatherer 50f): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a forty-first round in the FCC transaction lane of batches 15f, 43n-49f,
49j, 49m and 50c, on three FCC texts no corpus file holds --
  - the Wireline Competition Bureau's public notice DA 09-1384 of 22 June 2009 granting the domestic section 214
    application to transfer control of Orlando Telephone Company, Inc. to Summit Broadband Inc. (WC Docket No. 09-61),
    after the Justice Department's deferral request was withdrawn (docs.fcc.gov);
  - the Wireline Competition Bureau's public notice DA 07-67 of 12 January 2007 granting the application to transfer
    control of Telstra Incorporated from the Commonwealth of Australia to the shareholders of Telstra Corporation
    Limited, 'the ultimate parent company of Telstra USA' (WC Docket No. 06-218; docs.fcc.gov);
  - the International Bureau's Order and Declaratory Ruling DA 06-860 of 14 April 2006 on the petition of TelCove, Inc.
    on the indirect foreign ownership of TelCove FWL, Inc., 'an indirect wholly- owned subsidiary of TelCove'
    (docs.fcc.gov).
Texts are the search tool's page-store excerpts (corpus `pages`) of the FCC's own EDOCS plain-text attachments. The
two notices are one run of text each, footnote markers as bare digits and the footnotes' text at the page's foot
(44k's DA 07-4520 shape); the order is a '*Pages 1--17 from Microsoft Word*' rendering (44g's shape). Left out: the
notices' letterheads (44k's LETTERHEAD_10), the order's page line, header and caption (the caption kept as `title`),
its paragraph number and file number, every footnote marker and all footnote text; each text is cut at the last full
sentence before footnote text begins. Kept: the DA number with the date (or the adoption and release line), the
headings and docket lines, each on its own line, then the body sentences. No word added or changed. Per-item notes in
`notes`. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch50f.py [POOL_DIR] [--dry]   (default /tmp/gather51f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch44k import LETTERHEAD_10

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather51f/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-51 pools /tmp/gather51*/pool (51a to 51e at the "
         "last check, none on this matter): ")
ORIGIN = "docs.fcc.gov EDOCS attachment (search tool page store)"
R = []

# ---- Orlando Telephone Company, Inc. -> Summit Broadband Inc., public notice DA 09-1384 (grant), 22 June 2009 -------
U1 = "https://docs.fcc.gov/public/attachments/DA-09-1384A1.txt"
R.append(federal(
 "us-fcc-orlando-telephone-company-summit-broadband-domestic-section-214-transfer-of-control-granted-public-notice-"
 "2009",
 U1, "2009-06-22",
 "Domestic Section 214 Authorization Granted: Application Filed for the Transfer of Control of Orlando Telephone "
 "Company, Inc. to Summit Broadband Inc.",
 "DA 09-1384 June 22, 2009\n\n"
 "DOMESTIC SECTION 214 AUTHORIZATION GRANTED\n\n"
 "Application Filed for the Transfer of Control of Orlando Telephone Company, Inc. to Summit Broadband Inc.\n\n"
 "WC Docket No. 09-61\n\n"
 "By the Chief, Wireline Competition Bureau:\n\n"
 "On May 1, 2009, Orlando Telephone Company, Inc. (Orlando Telephone) and Summit Broadband Inc. (Summit Broadband) "
 "(collectively, Applicants) filed an application pursuant to section 63.03 of the Commission\u2019s rules seeking "
 "approval for the transfer of control of Orlando Telephone to Summit Broadband. The Commission released a public "
 "notice accepting the application for streamlined processing on May 8, 2009. On May 29, 2009, the Department of "
 "Justice, including the Federal Bureau of Investigation, with the concurrence of the Department of Homeland Security "
 "(collectively, the Executive Branch Agencies), filed a letter requesting that the Commission defer grant of this "
 "application while they addressed potential national security, law enforcement, and public safety issues. In "
 "response to the request, the Wireline Competition Bureau removed the application from streamlined review. On June "
 "16, 2009, the Executive Branch Agencies withdrew their May 29, 2009 request to defer action, stating that they have "
 "no comment on this transaction. The Wireline Competition Bureau finds, upon consideration of the record, that grant "
 "of the application will serve the public interest, convenience, and necessity.",
 "telecoms/wireline carrier", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 09-1384, 'Domestic Section 214 "
 "Authorization Granted; Application Filed for the Transfer of Control of Orlando Telephone Company, Inc. to Summit "
 "Broadband Inc.', WC Docket No. 09-61, June 22, 2009, US federal government work (public domain); text as the FCC's "
 "EDOCS plain-text attachment holds it, from the search tool's page store at " + U1,
 ORIGIN,
 "The Wireline Competition Bureau's public notice of 22 June 2009 (DA 09-1384, WC Docket No. 09-61) granting the "
 "application of Orlando Telephone Company, Inc. and Summit Broadband Inc. to transfer control of Orlando Telephone "
 "to Summit Broadband, as the FCC's own plain-text attachment DA-09-1384A1.txt holds it (one run of text, footnote "
 "markers as bare digits, the footnotes' text at the page's foot, as 44k's DA 07-4520); an FCC public notice is a US "
 "federal work, public domain (batch 15f). Left out: the letterhead (" + LETTERHEAD_10 + "); the footnote markers "
 "'1' (after '... to Summit Broadband.'), '2' (after '... on May 8, 2009.'), '3' (after '... public safety "
 "issues.'), '4' (after '... from streamlined review.') and '5' (after '... on this transaction.'). Kept: the DA "
 "number with the date (the rendering has no 'Released:'), the upper-case heading, the docket's title line (title "
 "case, as written), the docket number and 'By the Chief, Wireline Competition Bureau:', each on its own line (a "
 "grant notice: no due dates), and the body's six sentences as one paragraph. Cut after '... public interest, "
 "convenience, and necessity.', before the sentence the page's foot breaks ('Upon consummation of the transaction, "
 "the resulting entity will have a market share in the U.S. interstate interexchange market of less than 10 percent, "
 "and will provide competitive telephone exchange services or exchange access 1 47 C.F.R § 63.03; ...'), and all "
 "after it; `truncated`. `title` is the heading and the docket's title line joined. Kept as written: "
 "'(collectively, Applicants)', '(collectively, the Executive Branch Agencies)', 'Commission\u2019s' with its curly "
 "apostrophe, 'Summit Broadband Inc.' with no comma. In the lane (a named carrier to pass to a named buyer, granted: "
 "sector telecoms/wireline carrier, 2009). One text per event: the Bureau's streamlined notice of 8 May 2009 and the "
 "removal notice (the same matter) did not come back. Found with 'By this Public Notice, the Wireline Competition "
 "Bureau (Bureau) grants an application filed by Communications, Inc. requesting consent to transfer control of "
 "Telephone Company, Inc. to Broadband' (rank 7). " + CHECK +
 "'Orlando Telephone', 'Summit Broadband', '09-1384', '09-61': in no corpus file, GATHERING.md line, script, note or "
 "pool.",
 True))

# ---- Telstra Incorporated: Commonwealth of Australia -> Telstra's shareholders, public notice DA 07-67, 12 Jan 2007 ---
U2 = "https://docs.fcc.gov/public/attachments/DA-07-67A1.txt"
R.append(federal(
 "us-fcc-telstra-incorporated-commonwealth-of-australia-telstra-corporation-domestic-transfer-of-control-granted-"
 "public-notice-2007",
 U2, "2007-01-12",
 "Domestic Authorization Granted: Application Filed for the Transfer of Control of Telstra Incorporated from the "
 "Commonwealth of Australia to shareholders of Telstra Corporation Limited",
 "DA 07-67 January 12, 2007\n\n"
 "DOMESTIC AUTHORIZATION GRANTED\n\n"
 "Application Filed for the Transfer of Control of Telstra Incorporated from the Commonwealth of Australia to "
 "shareholders of Telstra Corporation Limited\n\n"
 "WC Docket No. 06-218\n\n"
 "By the Chief, Wireline Competition Bureau:\n\n"
 "On December 4, 2006, Telstra Incorporated (\u201cTelstra USA\u201d), the Commonwealth of Australia "
 "(\u201cCommonwealth\u201d), and Telstra Corporation Limited (\u201cTelstra,\u201d together \u201cApplicants\u201d) "
 "filed an application, pursuant to section 63.04 of the Commission\u2019s rules, requesting authority to transfer "
 "control of Telstra USA from the Commonwealth to the shareholders of Telstra, which is the ultimate parent company of "
 "Telstra USA. The Commission released a public notice accepting the application for streamlined processing on "
 "December 14, 2006. On January 5, 2007, Telstra filed a letter confirming their willingness to have the Commission "
 "condition the grant of approval of their application on compliance with the provisions of a November 29, 2001 "
 "Agreement by and between Reach Ltd., Telstra Corporation Limited, and the Pacific Century CyberWorks Limited, on "
 "the one hand, and the Federal Bureau of Investigation and the U.S. Department of Justice, on the other hand (the "
 "\u201cAgreement\u201d). No comments were filed by the Federal Bureau of Investigation, the Department of Justice, "
 "or the Department of Homeland Security.",
 "telecoms", "regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 07-67, 'Domestic Authorization "
 "Granted; Application Filed for the Transfer of Control of Telstra Incorporated from the Commonwealth of Australia "
 "to shareholders of Telstra Corporation Limited', WC Docket No. 06-218, January 12, 2007, US federal government work "
 "(public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U2,
 ORIGIN,
 "The Wireline Competition Bureau's public notice of 12 January 2007 (DA 07-67, WC Docket No. 06-218) granting the "
 "application of Telstra Incorporated, the Commonwealth of Australia and Telstra Corporation Limited to transfer "
 "control of Telstra Incorporated from the Commonwealth to Telstra's shareholders, as the FCC's own plain-text "
 "attachment DA-07-67A1.txt holds it (one run of text, footnote markers as bare digits, the footnotes' text at the "
 "page's foot, as 44k's DA 07-4520); an FCC public notice is a US federal work, public domain (batch 15f). Left out: "
 "the letterhead (" + LETTERHEAD_10 + "); the footnote markers '1' (after 'the Commission\u2019s rules,'), '2' "
 "(after '... ultimate parent company of Telstra USA.'), '3' (after '... on December 14, 2006.') and '4' (after '(the "
 "\u201cAgreement\u201d).'). Kept: the DA number with the date, the upper-case heading, the docket's title line (as "
 "written: 'shareholders' in lower case), the docket number and 'By the Chief, Wireline Competition Bureau:', each on "
 "its own line, and the body's four sentences. Cut after '... or the Department of Homeland Security.', where the "
 "page's footnotes begin ('1 47 C.F.R. \u00a7\u00a7 63.03, 63.04; see 47 U.S.C. \u00a7 214. 2 Applicants are also "
 "filing applications for transfer of control associated with authorization for international services. ...'), and "
 "all after it (the footnotes on the international applications and the supplement of 11 December 2006); "
 "`truncated`. Kept as written: the curly quotation marks, '\u201cTelstra,\u201d' with its comma "
 "inside, 'the Pacific Century CyberWorks Limited' with its article, 'their willingness' (of Telstra), 'a November "
 "29, 2001 Agreement'. In the lane (a named carrier whose control passes from its named holder, granted: sector "
 "telecoms, 2007). Not the Wikinews series on Telstra's full sale through the Australian parliament (ID20606, "
 "ID21811, ID22080, September 2005; on a not-used list, in no corpus file): another text type and another step (the "
 "FCC's consent for the US carrier), noted as a doubt. Found with 'PUBLIC NOTICE DOMESTIC SECTION 214 AUTHORIZATION "
 "GRANTED transfer of control of wholly owned subsidiary to Inc. 2010 Wireline Competition Bureau finds upon "
 "consideration of the record' (rank 5). " + CHECK +
 "'Telstra Incorporated', 'Telstra USA', 'Reach Ltd', 'Pacific Century CyberWorks', '07-67', '06-218': in no corpus "
 "file, GATHERING.md line, script, note or pool; 'Telstra' in seventeen corpus files (Australian outages, penalties "
 "and company stories; file names only, none on privatisation by a grep -l for 'privatis', 'full sale', 'T3' and "
 "'Future Fund').",
 True))

# ---- TelCove, Inc. / TelCove FWL, Inc., Order and Declaratory Ruling DA 06-860, 14 April 2006 -----------------------
U3 = "https://docs.fcc.gov/public/attachments/DA-06-860A1.txt"
R.append(federal(
 "us-fcc-telcove-telcove-fwl-indirect-foreign-ownership-declaratory-ruling-order-2006",
 U3, "2006-04-14",
 "Petition of TelCove, Inc. for a Declaratory Ruling Pursuant to section 310( b)( 4) of the Communications Act of "
 "1934, as amended",
 "Order and Declaratory Ruling\n\n"
 "Adopted: April 14, 2006 Released: April 14, 2006\n\n"
 "By the Chief, International Bureau:\n\n"
 "I. INTRODUCTION\n\n"
 "We have before us a petition for declaratory ruling (\u201c Petition\u201d) submitted by TelCove, Inc. (\u201c "
 "TelCove\u201d or \u201cPetitioner\u201d) requesting that the Commission find permissible the indirect foreign "
 "ownership of TelCove FWL, Inc. (\u201c TelCove FWL\u201d), an indirect wholly- owned subsidiary of TelCove, in "
 "excess of the 25 percent benchmark set forth in section 310( b)( 4) of the Communications Act of 1934, as amended "
 "(the \u201cAct\u201d). Subject to the limitations contained in this Order and Declaratory Ruling, we find that the "
 "public interest would not be served by prohibiting the indirect foreign ownership of TelCove FWL in excess of the "
 "25 percent benchmark.",
 "telecoms", "regulatory,ownership",
 "U.S. Federal Communications Commission, International Bureau, Order and Declaratory Ruling DA 06-860, 'In the "
 "matter of Petition of TelCove, Inc. for a Declaratory Ruling Pursuant to section 310(b)(4) of the Communications "
 "Act of 1934, as amended', ISP-PDR-20041115-00013, adopted and released April 14, 2006, US federal government work "
 "(public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U3,
 ORIGIN,
 "The International Bureau's Order and Declaratory Ruling of 14 April 2006 (DA 06-860, file ISP-PDR-20041115-00013) "
 "on TelCove, Inc.'s petition on the indirect foreign ownership of TelCove FWL, Inc., as the FCC's own plain-text "
 "attachment DA-06-860A1.txt holds it (a '*Pages 1--17 from Microsoft Word - 56450.doc*' rendering: one run of text, "
 "spaces after opening quotation marks, hyphens and parentheses, footnote markers as spaced digits, the first page's "
 "footnotes run in after paragraph 1, as 44g's renderings); an FCC order is a US federal work, public domain (batch "
 "15f). Left out: the page line; the header 'Federal Communications Commission DA 06- 860 Before the Federal "
 "Communications Commission Washington, D. C. 20554'; the caption 'In the matter of Petition of TelCove, Inc. for a "
 "Declaratory Ruling Pursuant to section 310( b)( 4) of the Communications Act of 1934, as amended' (kept as `title`, "
 "as written), its column of ')' and the file number 'ISP- PDR- 20041115- 00013'; the paragraph number '1.'; the "
 "footnote markers ' 1' (after '\u201cPetitioner\u201d)'), ' 2' (after 'subsidiary of TelCove,'), ' 3' (after '(the "
 "\u201cAct\u201d).') and ' 4' (after '... 25 percent benchmark.'). Kept: 'Order and Declaratory Ruling', the "
 "adoption and release line, 'By the Chief, International Bureau:' and 'I. INTRODUCTION', each on its own line, then "
 "paragraph 1 whole. Cut after '... in excess of the 25 percent benchmark.', where footnote 1's text runs in ('1 "
 "Petition of TelCove, Inc. for a Declaratory Ruling ... (filed Nov. 15, 2004) (\u201c Petition\u201d). TelCove "
 "subsequently filed letters on March 4, 2005, ...'), and all after it; `truncated`. Kept as written: '(\u201c "
 "Petition\u201d)', '(\u201c TelCove\u201d', '(\u201c TelCove FWL\u201d)' with the rendering's spaces, 'wholly- "
 "owned', 'section 310( b)( 4)'. The foreign owners are not named in the kept text. In the lane (an FCC text naming "
 "a carrier's parent and its subsidiary: ownership, 2006). Not the Level 3/TelCove purchase of 2006 (a Level 3 "
 "matter; 'TelCove' is in one test file, by its name on Level 3's IP Networks notice of 2013, file names only): "
 "another matter, noted as a doubt. Found with 'FCC public notice domestic section 214 transfer of control granted "
 "Federal Bureau of Investigation Department of Homeland Security agreement condition grant Wireline Competition "
 "Bureau 2008' (rank 1). " + CHECK +
 "'TelCove FWL', '06-860', 'ISP-PDR-20041115': in no corpus file, GATHERING.md line, script, note or pool; 'TelCove' "
 "in one test file (above), six GATHERING.md lines (ACC Telecommunications/TelCove DA 04-1995, an asset purchase; "
 "Level 3/TelCove on a lead list), one script and five notes, none on this ruling.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
