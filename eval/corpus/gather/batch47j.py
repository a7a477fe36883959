#!/usr/bin/env python3
"""Batch 47j (session 48, gatherer 47j): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a twenty-sixth round in the FCC transaction lane of batches 15f, 43n,
43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk, 45zo, 45zr, 45zu, 45zx,
46c, 46f, 46h, 46l, 46o, 47c and 47g, on matters no corpus file holds --
  - the International Bureau's Order and Authorization DA 02-576 (adopted 8 March, released 11 March 2002) granting
    the assignment of the ORBCOMM system's earth and space station authorizations, experimental licences and VSAT
    network from Orbital Communications Corporation and ORBCOMM Global, L.P. to ORBCOMM License Corp. and ORBCOMM LLC
    (File No. SAT-ASG-20010726-00068), docsbay.net's copy (47g's lead);
  - the Wireline Competition Bureau's public notice DA 10-667 of 20 April 2010 establishing the pleading cycle on the
    application to transfer control of RCN Corporation to Yankee Cable Acquisition, LLC and Yankee Metro Parent, Inc.
    (WC Docket No. 10-79), the FCC's EDOCS plain text on docs.fcc.gov;
  - the public notice DA 04-136 of 21 January 2004 seeking comment on Qwest Communications International Inc.'s
    application to acquire the assets of Allegiance Telecom, Inc. (WC Docket No. 04-13), the FCC's EDOCS plain text
    on docs.fcc.gov.
Texts are the search tool's page-store excerpts (corpus `pages`). The sites' own lines, the letterheads, the DA
numbers, the rendering's page line, the caption's bracket column and file number (order), the paragraph numbers and
the footnote markers are left out; each text is cut at the last full sentence before the footnotes' text runs in or
the excerpt breaks off. Headings, date lines, the caption and the 'By the ...' line are each put on their own line
and the page's line wraps joined (whitespace only; one space put between a date and 'Released:' and after 'I.' where
the copy runs them together, as 43n). No word added or changed. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch47j.py [POOL_DIR] [--dry]   (default /tmp/gather48j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48j/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script, "
         "the notes under /work/notes and the session-48 pools /tmp/gather48*/pool (48a, 48b, 48c, 48e-48i and an "
         "empty 48d at the last check, none on these matters): ")
R = []

# ---- Orbital Communications / ORBCOMM Global -> ORBCOMM License Corp. / ORBCOMM LLC, order DA 02-576, 2002 ----------
U1 = "https://docsbay.net/federal-communications-commissionda-02-576"
U1B = "https://docsbay.net/doc/484244/federal-communications-commissionda-02-576"
R.append(federal(
 "us-fcc-orbital-communications-orbcomm-global-orbcomm-license-assignment-order-2002", U1, "2002-03-11",
 "Order and Authorization: Application of Orbital Communications Corporation and ORBCOMM Global, L.P. for Consent to "
 "Assign Non-Common Carrier Earth and Space Station Authorizations, Experimental Licenses, and VSAT Network to ORBCOMM "
 "License Corp. and ORBCOMM LLC",
 "In re Application of Orbital Communications Corporation and ORBCOMM Global, L.P. (Assignors) For Consent to Assign "
 "Non-Common Carrier Earth and Space Station Authorizations, Experimental Licenses, and VSAT Network to ORBCOMM "
 "License Corp. and ORBCOMM LLC (Assignees)\n\n"
 "ORDER and AUTHORIZATION\n\n"
 "Adopted: March 8, 2002 Released: March 11, 2002\n\n"
 "By the Chief, International Bureau:\n\n"
 "I. introduction\n\n"
 "In this Order, we grant the Application for the authority to assign various non-common carrier earth and space "
 "station authorizations, experimental licenses, and a VSAT network related to the ORBCOMM non-voice, "
 "non-geostationary mobile satellite system (\u201cORBCOMM System\u201d) from Orbital Communications Corporation "
 "(\u201cOCC\u201d) and ORBCOMM Global, L.P. (\u201cORBCOMM Global\u201d and, together with OCC, the "
 "\u201cAssignors\u201d) to ORBCOMM License Corp. (\u201cOLC\u201d) and ORBCOMM LLC (the \u201cAssignees\u201d and, "
 "together with the \u201cAssignors,\u201d the \u201cApplicants\u201d) pursuant to section 310(d) of the "
 "Communications Act of 1934, as amended (the \u201cCommunications Act\u201d or \u201cAct\u201d). We conclude that "
 "approval of the Application will serve the public interest, convenience, and necessity. We find that the successful "
 "reorganization of the ORBCOMM System, in light of ORBCOMM Global\u2019s bankruptcy, and the consolidation of the "
 "ORBCOMM System\u2019s authorizations and licenses will ensure that globally accessible low-cost mobile data services "
 "will continue to be available to current and future users in the United States. Moreover, the ORBCOMM System will "
 "continue to be able to provide unserved and underserved markets with efficient communications capabilities.",
 "telecoms/satellite", "deal,regulatory",
 "U.S. Federal Communications Commission, International Bureau, Order and Authorization DA 02-576, adopted March 8, "
 "2002, released March 11, 2002 (In re Application of Orbital Communications Corporation and ORBCOMM Global, L.P. "
 "(Assignors) For Consent to Assign Non-Common Carrier Earth and Space Station Authorizations, Experimental Licenses, "
 "and VSAT Network to ORBCOMM License Corp. and ORBCOMM LLC (Assignees), File No. SAT-ASG-20010726-00068), US federal "
 "government work (public domain); text as docsbay.net's copy of the order holds it, from the search tool's page "
 "store at " + U1,
 "docsbay.net copy of an FCC order (search tool page store)",
 "The International Bureau's Order and Authorization of 8 March 2002, released 11 March 2002 (DA 02-576, File No. "
 "SAT-ASG-20010726-00068), granting the assignment of the ORBCOMM system's earth and space station authorizations, "
 "experimental licences and VSAT network from Orbital Communications Corporation and ORBCOMM Global, L.P. to ORBCOMM "
 "License Corp. and ORBCOMM LLC, as docsbay.net's copy holds it (a Word-derived copy with the footnote markers set "
 "apart as '[1]', '[2]', so no footnote text runs into the body; docsbay copies as 43n, 43p, 44b); an FCC order is a "
 "US federal work, public domain on whatever page reproduces it (batch 15f). Left out: 'Federal Communications "
 "CommissionDA 02-576' (the running head with the DA number), 'Before the Federal Communications Commission "
 "Washington, D.C. 20554' (the letterhead); the caption's bracket column (' / )' and eleven ')' lines) and 'File No. "
 "SAT-ASG-20010726-00068' beside it (kept in the attribution); the paragraph number '1.' run into 'In this Order'; "
 "the footnote markers '[1]' (after 'the \u201cApplicants\u201d)') and '[2]' (after 'or \u201cAct\u201d).'). Kept: "
 "the caption's left column (its lines joined: 'In re Application of ... (Assignees)'), 'ORDER and AUTHORIZATION' "
 "(the copy's lower-case 'and'), the adopted/released line, 'By the Chief, International Bureau:', the heading "
 "'I. introduction' (the copy's lower case) and paragraph 1 whole. Whitespace only: a space put between 'March 8, "
 "2002' and 'Released:' ('2002Released' in the copy) and after 'I.' ('I.introduction'), the caption's line breaks "
 "joined. Cut after paragraph 1 ('... with efficient communications capabilities.'), before 'II. BAckground', 'A. The "
 "Transferors', '1. Orbital Communications Corporation' and paragraph 2, which the excerpt breaks off inside ('OCC, a "
 "Delaware corporation headquartered in Dulles, Virginia, is a wholly-owned subsidiary o'); `truncated`. Kept as "
 "written: the curly quotation marks of the defined names, '(\u201cORBCOMM Global\u201d and, together with OCC, the "
 "\u201cAssignors\u201d)', 'the \u201cAssignors,\u201d' with the comma inside, 'non-voice, non-geostationary', "
 "'low-cost'. The same order's second docsbay copy (" + U1B + ", line breaks differ, its excerpt stops at '... "
 "subsidiary of Orbital Science') not used. In the lane (a named satellite system's licences passing between named "
 "companies after a bankruptcy, granted: sector telecoms/satellite, 2002, as 46h's Loral/Intelsat order). A "
 "relation-poor text: what passes is licences (an asset step), and the owner tie of OCC stands only in the cut "
 "paragraph 2. Found with 'ORBCOMM Global L.P. assignment of licenses ORBCOMM License Corp Orbital Sciences "
 "International Bureau order' (rank 1; the second copy rank 4; the 1998 modification order DA 98-617 on fcc.gov at "
 "rank 2, another matter). " + CHECK +
 "'ORBCOMM', '02-576': only in 47g's lead and not-used lines (GATHERING.md and its note); 'Orbital Communications', "
 "'Orbital Sciences', 'SAT-ASG-20010726': in no corpus file, script, note or pool.",
 True))

# ---- RCN Corporation -> Yankee Cable Acquisition, LLC / Yankee Metro Parent, Inc., public notice DA 10-667, 2010 -----
U2 = "https://docs.fcc.gov/public/attachments/DA-10-667A1.txt"
R.append(federal(
 "us-fcc-rcn-yankee-cable-acquisition-yankee-metro-parent-transfer-of-control-pleading-cycle-public-notice-2010",
 U2, "2010-04-20",
 "Application Filed for the Transfer of Control of RCN Corporation to Yankee Cable Acquisition, LLC and Yankee Metro "
 "Parent, Inc.",
 "Released: April 20, 2010\n\n"
 "APPLICATION FILED FOR THE TRANSFER OF CONTROL OF RCN CORPORATION TO YANKEE CABLE ACQUISITION, LLC AND YANKEE METRO "
 "PARENT, INC.\n\n"
 "PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 10-79\n\n"
 "Comment Date: May 4, 2010\n"
 "Reply Comment Date: May 11, 2010\n\n"
 "RCN Corporation (RCN), Yankee Cable Acquisition, LLC (Yankee Cable) and Yankee Metro Parent, Inc. (Yankee Metro) "
 "(collectively, Applicants) have filed assignment and transfer of control applications pursuant to Sections 214 and "
 "310(d) of the Communications Act of 1934, as amended, related to the transfer of control of RCN and its "
 "subsidiaries to Yankee Cable and Yankee Metro. RCN, a Delaware corporation, is a competitive facilities-based "
 "provider of bundled phone, cable and high speed Internet services delivered over its own fiber-optic local network "
 "to consumers in densely populated markets. RCN Corporation has several subsidiaries authorized by the Commission "
 "that provide domestic and international telecommunications services to a total of approximately 429,000 "
 "residential and small business customers. RCN subsidiaries currently provide competitive intrastate "
 "telecommunications services in Connecticut, Delaware, District of Columbia, Illinois, Maine, Maryland, "
 "Massachusetts, New Hampshire, New Jersey, New York, Pennsylvania, Rhode Island, Vermont and Virginia.",
 "telecoms/cable", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau, Public Notice DA 10-667, released April 20, "
 "2010, 'Application Filed for the Transfer of Control of RCN Corporation to Yankee Cable Acquisition, LLC and Yankee "
 "Metro Parent, Inc.; Pleading Cycle Established', WC Docket No. 10-79, US federal government work (public domain); "
 "text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U2,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 20 April 2010 (DA 10-667, WC Docket No. 10-79) establishing the pleading cycle on the "
 "applications to transfer control of RCN Corporation and its subsidiaries to Yankee Cable Acquisition, LLC and "
 "Yankee Metro Parent, Inc., as the FCC's own plain-text attachment DA-10-667A1.txt holds it (one run of text, the "
 "footnotes' text set into the run at the page break); an FCC public notice is a US federal work, public domain "
 "(batch 15f). The issuing bureau is not named in the kept text (the docket is a Wireline Competition Bureau docket; "
 "the attribution names it). Left out: the letterhead ('PUBLIC NOTICE Federal Communications Commission 445 12th St., "
 "S.W. Washington, D.C. 20554 News Media Information 202 / 418-0500 Internet: http://www.fcc.gov TTY: "
 "1-888-835-5322'), the DA number ('DA 10-667'); the footnote markers '1' (after 'as amended,') and '2' (after 'to "
 "Yankee Cable and Yankee Metro.'). Kept: the 'Released' line, the upper-case heading, 'PLEADING CYCLE ESTABLISHED', "
 "the docket line, the two date lines and the body's first four sentences, each on its own line (whitespace only). "
 "Cut after '... Rhode Island, Vermont and Virginia.', before the sentence footnote 1's and 2's text breaks ('RCN "
 "subsidiaries provide video and broadband services through cables systems and open video systems (OVS) to 364,400 "
 "subscribers in Boston, Chicago, the District of Columbia, the Lehigh Valley of 1 47 U.S.C. \u00a7\u00a7 214, "
 "310(d). ...'; footnote 2 names the subsidiaries, RCN Telecom Services, Inc. and others, where the excerpt breaks "
 "off); `truncated`. Kept as written: 'Sections 214 and 310(d)' with the capital, 'high speed Internet', "
 "'fiber-optic', 'District of Columbia' without 'the', 'Vermont and Virginia' with no serial comma. In the lane (a "
 "named cable and telephone company and its subsidiaries to pass to two named buyers, applied for: sector "
 "telecoms/cable, 2010). One text per event: the applicants' consolidated application (fcc.report, "
 "ITC-T/C-20100319-00114, a party filing), the same notice's PDF filed under ITC-T/C-20100319-00119 (fcc.report: its "
 "excerpt is the application's cover letter), the RCN Chicago earth-station exhibit (fcc.report, a party filing that "
 "names ABRY Partners VI, L.P. as the buyer's majority owner), RCN's and ABRY's releases and SEC filings "
 "(news-articles.net, getfilings.com, sec.gov) and lightwaveonline.com's story (news) not used. Found with 'RCN "
 "Corporation ABRY Partners transfer of control public notice pleading cycle' (rank 1). " + CHECK +
 "'RCN Corporation', 'RCN Telecom', 'Yankee Cable', 'Yankee Metro', 'ABRY', '10-667', 'WC Docket No. 10-79': in no "
 "corpus file, script, note or pool ('ABRY' only inside binary model files under /work/notes); 'RCN' alone only in "
 "one GATHERING.md not-used line (an RCN/Radiate application of another year, a party filing); 'Yankee' only in a "
 "Wikinews shorts file on a baseball team (test, file name and a grep line only).",
 True))

# ---- Allegiance Telecom assets -> Qwest Communications International Inc., public notice DA 04-136, 2004 -------------
U3 = "https://docs.fcc.gov/public/attachments/DA-04-136A1.txt"
R.append(federal(
 "us-fcc-allegiance-telecom-qwest-communications-international-acquisition-of-assets-pleading-cycle-public-notice-2004",
 U3, "2004-01-21",
 "Commission Seeks Comment on Application for Acquisition of Assets of Allegiance Telecom, Inc., by Qwest "
 "Communications International Inc.",
 "Released: January 21, 2004\n\n"
 "COMMISSION SEEKS COMMENT ON APPLICATION FOR ACQUISITION OF ASSETS OF ALLEGIANCE TELECOM, INC., BY QWEST "
 "COMMUNICATIONS INTERNATIONAL INC.\n\n"
 "NON- STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 04- 13\n\n"
 "IB File No. ITC- ASG- 20040112- 00012\n\n"
 "On December 31, 2003, Allegiance Telecom, Inc., Debtor- in- Possession, (ATI) (with operating subsidiaries, "
 "Allegiance) and Qwest Communications International Inc. (QCII) (with its operating subsidiaries, Qwest "
 "Communications Corporation (QCC) and Qwest Corporation (QC), (Qwest)) (Allegiance and Qwest, collectively, the "
 "Applicants) filed an application, pursuant to sections 63.03, 63.04, and 63.12 of the Commission\u2019s rules, for "
 "consent to transfer from Allegiance to Qwest substantially all of the assets used by Allegiance in the provision of "
 "domestic interstate and international telecommunications services. Applicants request streamlined treatment under "
 "sections 63.03( b) and 63.12 of the Commission\u2019s rules in light of certain public interest benefits that "
 "Applicants assert would result from expeditiously consummating the proposed transaction. However, because Qwest is "
 "affiliated with a dominant local exchange carrier (LEC) and some of the assets being acquired relate to Allegiance "
 "services provided in the geographic area where Qwest\u2019s LEC affiliate is dominant, we find that streamlined "
 "processing is not appropriate in this case.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Public Notice DA 04-136, released January 21, 2004, 'Commission Seeks "
 "Comment on Application for Acquisition of Assets of Allegiance Telecom, Inc., by Qwest Communications "
 "International Inc.; Non-Streamlined Pleading Cycle Established', WC Docket No. 04-13, IB File No. "
 "ITC-ASG-20040112-00012, US federal government work (public domain); text as the FCC's EDOCS plain-text attachment "
 "holds it, from the search tool's page store at " + U3,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 21 January 2004 (DA 04-136, WC Docket No. 04-13) establishing a non-streamlined pleading "
 "cycle on the application of Allegiance Telecom, Inc. (debtor-in-possession) and Qwest Communications International "
 "Inc. to transfer substantially all of Allegiance's assets to Qwest, as the FCC's own plain-text attachment "
 "DA-04-136A1.txt holds it (one run of text, a PDF rendering with spaces after hyphens and '(' and inside numbers, "
 "as 45zg's DA 06-1422 and the NextWave notice DA 04-3873); an FCC public notice is a US federal work, public domain "
 "(batch 15f). Left out: the rendering's page line ('*Pages 1--6 from Microsoft Word - 35043*'); the letterhead "
 "('PUBLIC NOTICE Federal Communications Commission 445 12 th Street, S. W. Washington, D. C. 20554'), the "
 "information line ('News Media Information 202 / 418- 0500 Fax- On- Demand 202 / 418- 2830 TTY 202 / 418- 2555 "
 "Internet: http:// www. fcc. gov ftp. fcc. gov') and the DA number ('DA 04- 136'); the footnote markers ' 1' "
 "(after 'of the Commission\u2019s rules,'), ' 2' (after 'international telecommunications services.') and ' 3' "
 "(after 'local exchange carrier (LEC)'). Kept: the 'Released' line, the upper-case heading, 'NON- STREAMLINED "
 "PLEADING CYCLE ESTABLISHED', the docket and IB file lines, each on its own line (whitespace only), and the body's "
 "first three sentences. Cut after '... streamlined processing is not appropriate in this case.', before footnote "
 "marker ' 4' and the sentence the footnotes' text breaks ('Alternatively, 1 47 C. F. R \u00a7\u00a7 63.03, 63.04, "
 "63.12; ...'); `truncated`. Kept as written (the rendering's spaces): 'NON- STREAMLINED', 'WC Docket No. 04- 13', "
 "'IB File No. ITC- ASG- 20040112- 00012', 'Debtor- in- Possession, (ATI)' with the comma before the parenthesis, "
 "'(Qwest))', 'sections 63.03( b)', 'Commission\u2019s' with its curly apostrophe. In the lane (a named carrier group "
 "with two named operating subsidiaries applying to buy a named bankrupt carrier's assets: sector telecoms/wireline "
 "carrier, 2004). What passes is assets (nothing, GUIDELINES); the text's relations are the buyer's two named "
 "subsidiaries. One text per event: XO Communications' and Allegiance's releases on XO's winning bid and operating "
 "agreement (sec.gov exhibits: company releases, another step of the same sale) not used; no FCC order on the "
 "Allegiance sale came back. Found with 'XO Communications Allegiance Telecom assignment of licenses bankruptcy "
 "public notice Wireline Competition Bureau 2004' (rank 1). " + CHECK +
 "'Allegiance', '04-136', 'WC Docket No. 04-13', 'QCII', 'Qwest Corporation', 'ITC- ASG- 20040112': in no corpus "
 "file, script, note or pool. 'Qwest Communications International' is named in three corpus files on other matters "
 "(train us-fcc-qwest-us-west-transfer-of-control-approved-news-release-2000, test "
 "us-fcc-centurylink-qwest-transfer-of-control-applications-public-notice-2010, dev "
 "us-sec-qwest-former-co-chairman-ceo-nacchio-former-officers-fraud-2005); file names only.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
