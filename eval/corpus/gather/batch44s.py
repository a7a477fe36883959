#!/usr/bin/env python3
"""Batch 44s (session 45, gatherer 44s): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a fifth round of session 45 in the FCC transaction lane of batches 15f,
43n, 43p, 43r, 43t, 43u, 44b, 44g, 44k and 44o: public notices on transfers of control naming the seller, the target,
its owners and subsidiaries and the buyer --
  - the public notice DA 10-993 (28 May 2010) on the applications filed by Qwest Communications International Inc.
    and CenturyTel, Inc. d/b/a CenturyLink for consent to transfer of control (docslib.org's copy; 44o's lead);
  - the public notice DA 01-1394 (15 June 2001) seeking comment on the application of Berkshire Cable Corporation
    d/b/a Berkshire Long Distance and Citizens Communications Company, 'Berkshire Telephone Corporation, the parent
    of Berkshire, will become a wholly- owned subsidiary of Citizens' (docs.fcc.gov);
  - the public notice DA 06-2231 (27 October 2006) on the application to transfer control of Commonwealth Telephone
    Enterprises, Inc. to Citizens Communications Company (docs.fcc.gov);
  - the Common Carrier Bureau's public notice DA 98-381 (27 February 1998) on SBC Communications Inc. and Southern
    New England Telecommunications Corporation (SNET) seeking consent for a proposed transfer of control, 'SNET would
    become a wholly owned subsidiary of SBC' (transition.fcc.gov).
Texts are the search tool's page-store excerpts (corpus `pages`). The notices' letterheads, page lines, footnote
markers and the footnote text a plain-text rendering runs into the body are left out; each text is cut at the last
full sentence before the excerpt breaks off (or before footnote text runs in). No word added or changed. Per-item
notes in `notes`. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch44s.py [POOL_DIR] [--dry]   (default /tmp/gather45s/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch44k import ORIGIN
from batch44g import LETTERHEAD_05

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather45s/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rilF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "and the session-45 pools /tmp/gather45*/pool (45a to 45r at the last check; the new scripts batch44q and 44r hold none of these names; 'Commonwealth' in "
         "pool 45q only as 'Commonwealth of Pennsylvania'): ")
R = []

# ---- CenturyLink / Qwest, public notice DA 10-993, 28 May 2010 ---------------------------------------------------
U1 = "https://docslib.org/doc/549348/public-notice"
R.append(federal(
 "us-fcc-centurylink-qwest-transfer-of-control-applications-public-notice-2010", U1, "2010-05-28",
 "Applications Filed by Qwest Communications International Inc. and CenturyTel, Inc., d/b/a CenturyLink for Consent "
 "to Transfer of Control",
 "DA 10-993 Released: May 28, 2010\n\n"
 "APPLICATIONS FILED BY QWEST COMMUNICATIONS INTERNATIONAL INC. AND CENTURYTEL, INC., D/B/A/ CENTURYLINK FOR CONSENT "
 "TO TRANSFER OF CONTROL\n\n"
 "PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 10-110\n\n"
 "Comments/Petitions to Deny Due: July 12, 2010\n\n"
 "Replies/Oppositions Due: July 27, 2010\n\n"
 "On May 10, 2010, Qwest Communications International Inc. (Qwest) and CenturyTel, Inc. d/b/a CenturyLink "
 "(CenturyLink) (together, Applicants) filed a series of applications pursuant to sections 214 and 310(d) of the "
 "Communications Act of 1934, as amended, 47 U.S.C. \u00a7\u00a7 214, 310(d), and Section 2 of the Cable Landing License "
 "Act, 47 U.S.C. \u00a7 35, seeking Commission approval for various transfers of control of licenses and "
 "authorizations held by Qwest and its subsidiaries from Qwest to CenturyLink.\n\n"
 "Qwest, a publicly traded Delaware corporation, is a full-service communications provider offering an array of "
 "telecommunications and broadband Internet services, including fiber-optic Internet service, digital switched "
 "telephone service, private-line dedicated high-speed data connections, switched data networking services, "
 "long-distance services, and voice over Internet Protocol (VoIP) services, through its wholly owned operating "
 "companies. It currently has approximately 10.3 million access lines in 14 states, and approximately 3 million "
 "broadband customers.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission public notice DA 10-993, 'Applications Filed by Qwest Communications "
 "International Inc. and CenturyTel, Inc., d/b/a CenturyLink for Consent to Transfer of Control; Pleading Cycle "
 "Established', WC Docket No. 10-110, May 28, 2010, US federal government work (public domain); text as "
 "docslib.org's copy of the FCC's notice holds it, from the search tool's page store at " + U1,
 "docslib.org copy of an FCC public notice (search tool page store)",
 "The public notice of 28 May 2010 (DA 10-993, WC Docket No. 10-110) on the applications under sections 214 and "
 "310(d) and the Cable Landing License Act, as docslib.org's copy holds it (the PDF's text as one run, footnote "
 "markers as bare digits, the footnotes' text at the page's foot); an FCC notice stays public domain on a "
 "third-party copy (batches 15f, 43n, 43p, 43t, 43u). Left out: the host's page header ('Public Notice / Total "
 "Page:16 / File Type:pdf, Size:1020Kb'); the letterhead ('PUBLIC NOTICE Federal Communications Commission News "
 "Media Information 202 / 418-0500 445 12th Street, S.W. Fax-On-Demand 202 / 418-2830 Washington, D.C. 20554 TTY "
 "202 / 418-2555 Internet: http://www.fcc.gov ftp.fcc.gov', its two columns run together); the footnote markers "
 "'1' (after '47 U.S.C. \u00a7 35,'), '2' (after '... through its wholly owned operating companies.') and '3' (after "
 "'in 14 states,'). Kept: the DA number with the release date, the upper-case heading, 'PLEADING CYCLE "
 "ESTABLISHED', the docket number and the two due-date lines, each on its own line, and the body split before "
 "'Qwest, a publicly traded Delaware corporation' (whitespace only; the copy runs all as one line). Cut after '... "
 "approximately 3 million broadband customers.', where the next sentence ('Qwest subsidiary QC, through sales "
 "relationships with Verizon Wireless and DirecTV, also sells wireless services and multichannel video') is broken "
 "by the footnotes' text running in ('1 See Qwest Communications International Inc., Transferor, and CenturyTel, "
 "Inc. d/b/a CenturyLink, Transferee, Application for Transfer of Control ...'), and the rest; `truncated`. Kept as "
 "written: 'D/B/A/' with the trailing slash in the heading, 'Section 2' with the capital, '\u00a7\u00a7', 'wholly "
 "owned' (no hyphen). One text per event: no other FCC paper on the deal came back (the rest of the answers were "
 "Qwest's SEC 10-Q and 10-K filings after the merger, not used). Found with 'Qwest Communications International "
 "CenturyLink transfer of control applications filed DA 10-993' (rank 1), 44o's lead. The brief asked first whether "
 "a corpus file tells this deal: by file name, the corpus's CenturyLink/CenturyTel files are the 911 outage "
 "settlements (2015, 2019, 2021), the December 2018 network outage report, the DOJ's CenturyLink/Level 3 "
 "divestiture (2017), a Senate letter on a Kauai outage, CenturyTel of Michigan's 2020 waiver, 44o's Embarq notice "
 "and the EarthLink/ITC^DeltaCom notice (naming CenturyLink elsewhere), none on Qwest's merger; 'Qwest' in file "
 "names only in dev us-sec-qwest-former-co-chairman-ceo-nacchio-former-officers-fraud-2005 (44l, SEC fraud case, "
 "another matter). " + CHECK + "'10-993', '10-110', 'CenturyTel, Inc. d/b/a': 0 in the corpus texts and the "
 "scripts (GATHERING.md: 'DA 10-993' only as 44o's lead); 'Qwest Communications International' only in dev "
 "us-sec-qwest-former-co-chairman-ceo-nacchio-former-officers-fraud-2005, batch 44l's scripts and pool 45l (the "
 "same SEC case); 'Qwest' also in test us-fcc-arvig-wetec-unitel-transfer-of-control-public-notice-2006 (43u: 'the "
 "incumbent service area of Qwest Communications'), two Wikinews test files and batches 25c's and 37e's scripts "
 "(other matters); file names only.", True))

# ---- Citizens / Berkshire, public notice DA 01-1394, 15 June 2001 ------------------------------------------------
U2 = "https://docs.fcc.gov/public/attachments/DA-01-1394A1.txt"
R.append(federal(
 "us-fcc-citizens-berkshire-transfer-of-control-public-notice-2001", U2, "2001-06-15",
 "Commission Seeks Comment on Application for Consent to Transfer Control Filed by Berkshire Cable Corporation d/b/a "
 "Berkshire Long Distance and Citizens Communications Company",
 "DA 01- 1394 Released: June 15, 2001\n\n"
 "COMMISSION SEEKS COMMENT ON APPLICATION FOR CONSENT TO TRANSFER CONTROL FILED BY BERKSHIRE CABLE CORPORATION d/ b/ "
 "a BERKSHIRE LONG DISTANCE AND CITIZENS COMMUNICATIONS COMPANY\n\n"
 "PLEADING CYCLE ESTABLISHED\n\n"
 "CC Docket No. 01- 125\n\n"
 "On May 21, 2001, Berkshire Cable Corporation d/ b/ a Berkshire Long Distance (\u201c Berkshire\u201d) and Citizens "
 "Communications Company (\u201c Citizens\u201d) (collectively, \u201cthe Applicants\u201d), filed applications pursuant to "
 "sections 214 and 310( d) of the Communications Act of 1934, as amended (\u201c the Act\u201d), 47 U. S. C. \u00a7\u00a7 214, "
 "310( d), requesting Commission approval to transfer control to Citizens of Commission licenses and authorizations "
 "held by Berkshire to provide domestic and international telecommunications services. Specifically, Applicants "
 "request Commission approval to transfer control of wireless licenses and domestic authorization held by Berkshire "
 "and its subsidiaries to Citizens. Under the terms of the proposed transfer of control, Berkshire Telephone "
 "Corporation, the parent of Berkshire, will become a wholly- owned subsidiary of Citizens. Pursuant to agreement, "
 "Berkshire will continue the provision of telecommunications services, including provision of interstate domestic "
 "services.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission public notice DA 01-1394, 'Commission Seeks Comment on Application for "
 "Consent to Transfer Control Filed by Berkshire Cable Corporation d/b/a Berkshire Long Distance and Citizens "
 "Communications Company; Pleading Cycle Established', CC Docket No. 01-125, June 15, 2001, US federal government "
 "work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at "
 + U2,
 ORIGIN,
 "The public notice of 15 June 2001 (DA 01-1394, CC Docket No. 01-125) on the applications under sections 214 and "
 "310(d), as the FCC's own plain-text attachment DA-01-1394A1.txt holds it (one run of text, a PDF rendering with "
 "spaces after hyphens, slashes and opening quotation marks, as 44g's DA 05-3187; footnote markers as bare digits, "
 "the footnotes' text at the page's foot); an FCC public notice is a US federal work, public domain (batch 15f). "
 "Left out: the rendering's page line ('*Pages 1--4 from Microsoft Word - 9626.doc*'); the letterhead (" +
 LETTERHEAD_05 + "); the footnote markers ' 1' (after '... domestic and international telecommunications "
 "services.') and ' 2' (after '... held by Berkshire and its subsidiaries to Citizens.'). Kept: the DA number with "
 "the release date, the upper-case heading, 'PLEADING CYCLE ESTABLISHED' and the docket number, each on its own "
 "line (whitespace only); the body's first paragraph. Cut after '... including provision of interstate domestic "
 "services.', where the footnotes' text runs in ('1 See Berkshire Cable Corporation d/ b/ a Berkshire Long "
 "Distance, and Citizens Communications Company, Application for Transfer of Control (filed May 21, 2001); "
 "Application for Assignments of Authorization and Transfer of Control of Berkshire Cable Company to Citizens "
 "...'), and the rest; `truncated`. Kept as written (the rendering's spaces): 'DA 01- 1394', 'CC Docket No. 01- "
 "125', 'd/ b/ a' (lower case in the upper-case heading too), '(\u201c Berkshire\u201d)', '310( d)', '47 U. S. C.', "
 "'wholly- owned'; 'domestic authorization' (singular), the comma before 'filed'. One text per event: no other "
 "paper on the deal came back. Found with 'COMMISSION SEEKS COMMENT ON APPLICATION FOR CONSENT TO TRANSFER CONTROL "
 "FILED BY telephone company pleading cycle established CC Docket No. 01-' (rank 6) and 'Berkshire Telephone "
 "Corporation Citizens Communications transfer of control DA 01-1394' (rank 1); first seen (rank 7) for 'application "
 "filed transfer of control Alaska Power & Telephone Otelco Shoreham Brandenburg Ben Lomand North State "
 "Telecommunications public notice pleading cycle'. " + CHECK + "'Berkshire Cable', 'Berkshire Telephone', "
 "'Berkshire Long', 'Citizens Communications', 'DA 01-1394', '01-1394', '01-125': 0 in the corpus texts, the "
 "scripts, GATHERING.md and the pools (file names only).", True))

# ---- Citizens / Commonwealth Telephone Enterprises, public notice DA 06-2231, 27 October 2006 ---------------------
U3 = "https://docs.fcc.gov/public/attachments/DA-06-2231A1.txt"
R.append(federal(
 "us-fcc-citizens-commonwealth-telephone-enterprises-transfer-of-control-public-notice-2006", U3, "2006-10-27",
 "Domestic Section 214 Application Filed for the Transfer of Control of Commonwealth Telephone Enterprises, Inc. to "
 "Citizens Communications Company",
 "DA 06- 2231 Released: October 27, 2006\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR THE TRANSFER OF CONTROL OF COMMONWEALTH TELEPHONE ENTERPRISES, INC. TO "
 "CITIZENS COMMUNICATIONS COMPANY\n\n"
 "NON- STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 06- 184\n\n"
 "Comments Due: November 10, 2006\n\n"
 "Reply Comments Due: November 17, 2006\n\n"
 "On September 29, 2006, Commonwealth Telephone Enterprises, Inc. (\u201c Commonwealth\u201d) and Citizens Communications "
 "Company (\u201c Citizens\u201d) (collectively, the \u201cApplicants\u201d) filed an application, pursuant to section 63.04 of "
 "the Commission\u2019s rules, requesting authority to transfer control of Commonwealth to Citizens. The Applicants "
 "did not request presumptive streamlined treatment for this application pursuant to section 63.03 of the "
 "Commission\u2019s rules, because, in the state of Pennsylvania, Citizens and its subsidiaries have incumbent LEC "
 "service areas that are adjacent to incumbent LEC service areas of one or more Commonwealth subsidiaries.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 06-2231, 'Domestic Section 214 "
 "Application Filed for the Transfer of Control of Commonwealth Telephone Enterprises, Inc. to Citizens "
 "Communications Company; Non-Streamlined Pleading Cycle Established', WC Docket No. 06-184, October 27, 2006, US "
 "federal government work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search "
 "tool's page store at " + U3,
 ORIGIN,
 "The public notice of 27 October 2006 (DA 06-2231, WC Docket No. 06-184) as the FCC's own plain-text attachment "
 "DA-06-2231A1.txt holds it (one run of text, a PDF rendering with spaces after hyphens and opening quotation marks, "
 "as 44g's DA 05-3187; footnote markers as bare digits, the footnotes' text at the page's foot); an FCC public "
 "notice is a US federal work, public domain (batch 15f). Left out: the rendering's page line ('*Pages 1--5 from "
 "Microsoft Word - 60571.doc*'); the letterhead (" + LETTERHEAD_05 + "); the footnote markers ' 1' (after 'the "
 "Commission\u2019s rules,'), ' 2' (after 'transfer control of Commonwealth'), ' 3' (after '... to Citizens.') and "
 "' 4' (after '... one or more Commonwealth subsidiaries.'). Kept: the DA number with the release date, the "
 "upper-case heading, 'NON- STREAMLINED PLEADING CYCLE ESTABLISHED', the docket number and the two due-date lines, "
 "each on its own line (whitespace only); the body's first two sentences. Cut after '... one or more Commonwealth "
 "subsidiaries.', where the next sentence ('Applicants nevertheless request streamlined treatment on a case- by-case "
 "approach because immediately following the transaction: (1) Citizens and its subsidiaries, including') is broken "
 "by the footnotes' text running in ('1 47 C. F. R \u00a7 63.04; see 47 U. S. C. \u00a7 214. On October 16, 2006, the "
 "Applicants filed an amendment ...'), and the rest; `truncated` (short: 134 words, the excerpt giving no more "
 "body). Kept as written (the rendering's spaces): 'DA 06- 2231', 'WC Docket No. 06- 184', 'NON- STREAMLINED', "
 "'(\u201c Commonwealth\u201d)', '(\u201c Citizens\u201d)'; the curly apostrophes, the commas around 'because'. One text "
 "per event: no other paper on the deal came back. Found with 'Berkshire Telephone Corporation Citizens "
 "Communications transfer of control DA 01-1394' (rank 3). " + CHECK + "'Commonwealth Telephone', 'Citizens "
 "Communications', 'DA 06-2231', '06-2231', '06-184': 0 in the corpus texts, the scripts, GATHERING.md and the "
 "pools (file names only).", True))

# ---- SBC / SNET, Common Carrier Bureau public notice DA 98-381, 27 February 1998 ---------------------------------
U4 = "https://transition.fcc.gov/Bureaus/Common_Carrier/Public_Notices/1998/da980381.txt"
R.append(federal(
 "us-fcc-sbc-snet-transfer-of-control-pleading-cycle-public-notice-1998", U4, "1998-02-27",
 "SBC Communications Inc. and Southern New England Telecommunications Corporation (SNET) Seek FCC Consent for a "
 "Proposed Transfer of Control",
 "DA 98-381 Released: February 27, 1998\n\n"
 "SBC COMMUNICATIONS INC. AND SOUTHERN NEW ENGLAND TELECOMMUNICATIONS CORPORATION (SNET) SEEK FCC CONSENT FOR A "
 "PROPOSED TRANSFER OF CONTROL\n\n"
 "PLEADING CYCLE ESTABLISHED\n\n"
 "CC Docket No. 98-25\n\n"
 "PETITIONS/COMMENTS: March 30, 1998\n\n"
 "OPPOSITIONS/RESPONSES: April 29, 1998\n\n"
 "SBC Communications Inc. (\"SBC\") and Southern New England Telecommunications Corporation (\"SNET\") have filed "
 "applications under sections 214 and 310(d) of the Communications Act, 47 U.S.C.  214 and 310(d), requesting "
 "Commission approval of the transfer of control to SBC of licenses and authorizations controlled or requested by "
 "SNET or its affiliates or subsidiaries. This transfer of control would take place as the result of a proposed "
 "merger of SBC and SNET. After the proposed merger, SNET would become a wholly owned subsidiary of SBC, and the "
 "licenses and authorizations currently held by the affiliates or subsidiaries of SNET would continue to be held by "
 "those entities. SBC and SNET submit that the proposed merger is likely to produce benefits in the markets for "
 "wireless, wireline and long distance service. SBC and SNET further submit that the proposed merger will serve the "
 "public interest, and that no aspect of the merger will produce anticompetitive effects in any telecommunications "
 "market.\n\n"
 "Interested parties may file comments regarding or petitions to deny the applications no later than March 30, "
 "1998. Oppositions or responses to these comments and petitions may be filed no later than April 29, 1998. For "
 "administrative convenience, the various applications listed below have been consolidated into one general docket. "
 "Accordingly, new file numbers will not be assigned to the individual applications for transfer of control.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Common Carrier Bureau public notice DA 98-381, 'SBC Communications Inc. "
 "and Southern New England Telecommunications Corporation (SNET) Seek FCC Consent for a Proposed Transfer of "
 "Control; Pleading Cycle Established', CC Docket No. 98-25, February 27, 1998, US federal government work (public "
 "domain); text as the FCC's plain-text rendering on transition.fcc.gov holds it, from the search tool's page store "
 "at " + U4,
 "transition.fcc.gov plain-text rendering of an FCC public notice (search tool page store)",
 "The Common Carrier Bureau's public notice of 27 February 1998 (DA 98-381, CC Docket No. 98-25) as the FCC's own "
 "plain-text rendering da980381.txt on transition.fcc.gov holds it (one run of text, no footnotes in the excerpt); "
 "an FCC public notice is a US federal work, public domain (batch 15f; transition.fcc.gov as batch 22b's order). "
 "Left out: the letterhead, in two pieces around the DA number ('PUBLIC NOTICE FEDERAL COMMUNICATIONS COMMISSION "
 "1919 M STREET, N.W. WASHINGTON, D.C. 20554' before it, 'News media information 202/418-0500 Fax-On-Demand "
 "202/418-2830 Internet:' between it and the release date); the issuing office's line 'COMMON CARRIER BUREAU' "
 "between the release date and the heading (a heading line; the attribution names the Bureau). Kept: 'DA 98-381 "
 "Released: February 27, 1998' (joined on one line once the letterhead's piece is cut, as 44o's DA 08-2681), the "
 "upper-case heading, 'PLEADING CYCLE ESTABLISHED', the docket number and the two due-date lines, each on its own "
 "line, and the body split before 'Interested parties may file' (whitespace only; the rendering runs all as one "
 "line). Cut after '... will not be assigned to the individual applications for transfer of control.', before the "
 "sentence the excerpt breaks off inside ('All filings regarding any aspect of the proposed merger should refere'), "
 "and the rest (the list of applications); `truncated`. Kept as written: '47 U.S.C.  214' with two spaces where the "
 "rendering dropped the section sign, the straight quotation marks, 'wholly owned' (no hyphen), 'wireless, wireline "
 "and long distance service' (no serial comma). Before the brief's 2003-2022 range for small carriers' notices, but "
 "in the lane (an FCC transfer-of-control notice naming the target and the buyer). One text per event: no other "
 "paper on the deal came back. Found with 'COMMISSION SEEKS COMMENT ON APPLICATION FOR CONSENT TO TRANSFER CONTROL "
 "FILED BY telephone company pleading cycle established CC Docket No. 01-' (rank 5). " + CHECK + "'Southern New "
 "England', 'SBC Communications', '98-381', '98-25': 0 in the corpus texts, the scripts, GATHERING.md and the pools, "
 "except 'SBC Communications' in train us-doj-federal-register-cingular-att-wireless-divestitures-2004, batch 41k's "
 "scripts and GATHERING.md's 41k section (Cingular's owners, another matter); 'SNET' as a word only in dev wp-endesa, batch 27d's scripts and GATHERING.md's 27d "
 "section (the French power company Endesa took control of, another SNET; file names only).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
