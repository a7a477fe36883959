#!/usr/bin/env python3
"""Batch 48h (session 49, gatherer 48h): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a thirty-fourth round in the FCC transaction lane of batches 15f, 43n, 43p,
43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk, 45zo, 45zr, 45zu, 45zx, 46c,
46f, 46h, 46l, 46o, 47c, 47g, 47j, 47o, 47q, 47u, 47x, 47za, 48c and 48e, on two matters no corpus file holds --
  - the public notice DA 04-2856 of 1 September 2004 establishing the streamlined pleading cycle on the domestic
    section 214 application for the transfer of control of GT Group Telecom (USA) LLC from 360networks (USA) Inc. to
    BCE Nexxia Corporation (WC Docket No. 04-325), the FCC's EDOCS plain text on docs.fcc.gov (47u's shape);
  - the Wireline Competition Bureau's public notice DA 21-849 of 16 July 2021 granting the domestic section 214
    application for the transfer of control of Interoute US LLC from GTT Communications, Inc. and GTT Americas, LLC to
    Cube Telecom Europe (US BidCo), LLC (WC Docket No. 20-427), the FCC's EDOCS plain text on docs.fcc.gov (44g's
    Schurz shape: each footnote's text run into the body).
Texts are the search tool's page-store excerpts (corpus `pages`). The renderings' page line, letterhead, information
line, the DA number standing alone (2004) and the footnote markers and run-in footnote text are left out; each text is
cut at the last full sentence before the footnotes' text runs in or the excerpt breaks off. The 'Released' line (with
the DA number where the rendering runs them together, 2021), the heading, the pleading-cycle line, the docket line and
the date lines are each put on their own line and the body kept as the rendering's one run (whitespace only). No word
added or changed; the 2004 rendering's spaces ('04- 325', '63.03( b)( 2)( i)', '(“ GT Corp.”', 'U. S. local
exchange') kept as written. Per-item notes in `notes`. Written before any extractor ran on the texts (newskg was not
run on them).
usage: batch48h.py [POOL_DIR] [--dry]   (default /tmp/gather49h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather49h/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a: the file "
         "holds bytes that make plain grep call it binary), every gather script, the notes under /work/notes and the "
         "session-49 pools /tmp/gather49*/pool (49a to 49g and 49i at the last check, none on this matter): ")
R = []

# ---- GT Group Telecom (USA) LLC: 360networks (USA) Inc. -> BCE Nexxia Corporation, DA 04-2856, 1 September 2004 -------
U1 = "https://docs.fcc.gov/public/attachments/DA-04-2856A1.txt"
R.append(federal(
 "us-fcc-gt-group-telecom-usa-360networks-bce-nexxia-domestic-section-214-transfer-of-control-pleading-cycle-public-"
 "notice-2004",
 U1, "2004-09-01",
 "Domestic Section 214 Application Filed for Transfer of Control of GT Group Telecom (USA) LLC, from 360networks to "
 "BCE Nexxia",
 "Released: September 1, 2004\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR TRANSFER OF CONTROL OF GT GROUP TELECOM (USA) LLC, FROM 360NETWORKS TO "
 "BCE NEXXIA\n\n"
 "STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 04- 325\n\n"
 "Comments Due: September 15, 2004\n"
 "Reply Comments Due: September 22, 2004\n\n"
 "On August 18, 2004, GT Group Telecom Services (USA) Corp. (\u201c GT Corp.\u201d or \u201cAssignor\u201d), "
 "360networks (USA) Inc. (\u201c 360networks\u201d or \u201cTransferor\u201d) and BCE Nexxia Corporation (\u201c BCE "
 "Nexxia\u201d or Transferee\u201d) (collectively, Applicants) filed an application pursuant to sections 63.03 and "
 "63.04 of the Commission\u2019s rules requesting authority for the transfer of control of GT LLC from 360networks "
 "to BCE Nexxia, on an expeditious basis. Applicants assert that this transaction is entitled to presumptive "
 "streamlined treatment pursuant to section 63.03( b)( 2)( i) of the Commission\u2019s rules because, immediately "
 "following consummation of the proposed transactions: (1) the Applicants and their affiliates combined will hold "
 "less than a 10% share of the interstate, interexchange market; (2) the Applicants and their affiliates do not "
 "provide U. S. local exchange services, and; (3) none of the Applicants or their Affiliates are dominant with "
 "respect to any U. S. domestic service.",
 "telecoms/wireline carrier", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau, Public Notice DA 04-2856, released September "
 "1, 2004, 'Domestic Section 214 Application Filed for Transfer of Control of GT Group Telecom (USA) LLC, from "
 "360networks to BCE Nexxia; Streamlined Pleading Cycle Established', WC Docket No. 04-325, US federal government "
 "work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at "
 + U1,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 1 September 2004 (DA 04-2856, WC Docket No. 04-325) establishing the streamlined pleading "
 "cycle on the domestic section 214 application of GT Group Telecom Services (USA) Corp., 360networks (USA) Inc. and "
 "BCE Nexxia Corporation for the transfer of control of GT Group Telecom (USA) LLC from 360networks to BCE Nexxia, as "
 "the FCC's own plain-text attachment DA-04-2856A1.txt holds it (one run of text, a PDF rendering with spaces after "
 "hyphens, '(' and opening quotation marks, as 47u's DA 03-421 and DA 05-1887); an FCC public notice is a US federal "
 "work, public domain (batch 15f). The issuing bureau is not named in the kept text (a WC docket; the attribution "
 "names the Wireline Competition Bureau, as 47u). Left out: the rendering's page line ('*Pages 1--4 from Microsoft "
 "Word - 41829*'); the letterhead ('PUBLIC NOTICE Federal Communications Commission 445 12 th Street, S. W. "
 "Washington, D. C. 20554'), the information line ('News Media Information 202 / 418- 0500 Fax- On- Demand 202 / "
 "418- 2830 TTY 202 / 418- 2555 Internet: http:// www. fcc. gov ftp. fcc. gov') and the DA number ('DA 04- 2856'); "
 "the footnote markers ' 1' (after 'of the Commission\u2019s rules'), ' 2' (after 'on an expeditious basis.') and ' 3' "
 "(after 'any U. S. domestic service.'). Kept: the 'Released' line, the upper-case heading, 'STREAMLINED PLEADING "
 "CYCLE ESTABLISHED', the docket line, the two comment-date lines, each on its own line (whitespace only), and the "
 "body's first two sentences as one paragraph (the rendering's one run). Cut after '... dominant with respect to any "
 "U. S. domestic service.', before the sentence that the page's footnotes break and the excerpt ends inside ('Bell "
 "Canada, which indirectly owns 100% of BCE Nexxia, has entered into an agreement with 360networks Corporation, the "
 "ultimate parent company of 360networks, GT Corp., and GT LLC, pursuant to which 360networks and GT Corp. will assign "
 "to GT LLC certain assets,', then the footnotes' text '1 47 C. F. R §§ 63.03, 63.04; see also 47 U. S. C. § 214. 2 "
 "Applicants have also filed a transfer of control application related to international services. Any'); "
 "`truncated`. Kept as written (the rendering's spaces and marks): 'WC Docket No. 04- 325', '(\u201c GT Corp.\u201d "
 "or \u201cAssignor\u201d)', '(\u201c 360networks\u201d or \u201cTransferor\u201d)', '(\u201c BCE Nexxia\u201d or "
 "Transferee\u201d)' with no opening mark before 'Transferee', 'section 63.03( b)( 2)( i)', 'services, and; (3)', "
 "'their Affiliates' with its capital, 'U. S.' twice, the comma after 'GT GROUP TELECOM (USA) LLC' in the heading, "
 "'Commission\u2019s' with its curly apostrophe. In the lane (a named carrier to pass from its named holder to a named "
 "buyer, applied for: sector telecoms/wireline carrier, 2004). One text per event: no grant or other FCC paper of this "
 "transfer came back (a second query with the notice's own words, 'Bell Canada indirectly owns', brought "
 "back none); the international application (footnote 2) not seen. Found with 'Grant Order This document pretains to ITC-T/C-2013 Transfer of Control Memorandum Opinion and "
 "Order Wireline Competition Bureau Applications of' (rank 6), a query aimed at 48e's fcc.report lead. " + CHECK +
 "'BCE Nexxia', 'GT Group Telecom', '360networks', '04-2856', '04- 2856', '04-325', '04- 325': in no corpus file, "
 "script, pool or GATHERING.md line, but '360networks' once in GATHERING.md and 48e's note (48e's not-used line "
 "'Zayo/360networks', an Idaho PUC letter on another deal); 'Bell Canada' stands only in the cut sentence.",
 True))

# ---- Interoute US LLC: GTT Communications, Inc. / GTT Americas, LLC -> Cube Telecom Europe (US BidCo), LLC, DA 21-849 --
U2 = "https://docs.fcc.gov/public/attachments/DA-21-849A1.txt"
R.append(federal(
 "us-fcc-interoute-us-gtt-cube-telecom-europe-us-bidco-domestic-section-214-transfer-of-control-granted-public-"
 "notice-2021",
 U2, "2021-07-16",
 "Domestic Section 214 Application Granted for the Transfer of Control of Interoute US LLC to Cube Telecom Europe (US "
 "BidCo), LLC",
 "DA 21-849 Released: July 16, 2021\n\n"
 "DOMESTIC SECTION 214 APPLICATION GRANTED FOR THE TRANSFER OF CONTROL OF INTEROUTE US LLC TO CUBE TELECOM EUROPE (US "
 "BIDCO), LLC\n\n"
 "WC Docket No. 20-427\n\n"
 "By this Public Notice, the Wireline Competition Bureau grants, as conditioned, the application filed by GTT "
 "Communications, Inc. (GTT), Interoute US LLC (Interoute), and Cube Telecom Europe BidCo Limited (BidCo) "
 "(collectively, Applicants), pursuant to section 214 of the Communications Act of 1934, as amended, and sections "
 "63.03-04 of the Commission\u2019s rules, requesting consent to transfer control of Interoute from GTT and its "
 "wholly-owned subsidiary, GTT Americas, LLC, to Cube Telecom Europe (US BidCo), LLC (US BidCo).",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 21-849, 'Domestic Section 214 "
 "Application Granted for the Transfer of Control of Interoute US LLC to Cube Telecom Europe (US BidCo), LLC', WC "
 "Docket No. 20-427, July 16, 2021, US federal government work (public domain); text as the FCC's EDOCS plain-text "
 "attachment holds it, from the search tool's page store at " + U2,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The Wireline Competition Bureau's public notice of 16 July 2021 (DA 21-849, WC Docket No. 20-427) granting, as "
 "conditioned, the application of GTT Communications, Inc., Interoute US LLC and Cube Telecom Europe BidCo Limited to "
 "transfer control of Interoute US LLC from GTT and its wholly-owned subsidiary GTT Americas, LLC to Cube Telecom "
 "Europe (US BidCo), LLC, as the FCC's own plain-text attachment DA-21-849A1.txt holds it (one run of text, each "
 "footnote's text run into the body where its marker stood, as 44b's DA 20-293 and 44g's DA 21-1376); an FCC public "
 "notice is a US federal work, public domain (batch 15f). Left out: the first footnote's text, run in after '... to "
 "Cube Telecom Europe (US BidCo), LLC (US BidCo).' ('See 47 U.S.C. \u00a7 214; 47 CFR \u00a7\u00a7 63.03-04.'), and "
 "the second footnote's text after it ('Application of GTT Communications, Inc., Interoute US LLC, and Cube Telecom "
 "Europe BidCo Limited, WC Docket No. 20-427 (filed Dec. 15, 2020) (Application). On December 23, 2020, Applicants "
 "filed a supplement to their domestic section 214 application. Letter from Edward A. Yorkgitis, Jr. and Winafred R. "
 "Brantl, Counsel for GTT and Interoute, and Wayne D. Johnsen and Richard Sofield, Counsel for BidCo, to Marlene H. "
 "Dortch, ...', with the further supplement and letter citations, the Bureau's citation form throughout; the "
 "rendering does not mark where a footnote ends, so all cut, as 44g), where the excerpt breaks off ('... Letter from "
 "Wayne D. Johnsen and Richard Sofield, Counsel for BidCo, to Marlene H. Dortch, Secretary, FCC (July 9, 2021'). "
 "Kept: the DA number with the release date (the rendering's one line, as 44g), the upper-case heading (also as "
 "`title`, in the heading's words) and the docket number, each on its own line (a grant notice: no due dates), and "
 "the body's first sentence; `truncated`. Kept as written: 'grants, as conditioned,', 'sections 63.03-04', "
 "'wholly-owned' with its hyphen, 'Commission\u2019s' with its curly apostrophe, the heading's 'US BIDCO' in "
 "capitals. In the lane (a named carrier to pass from its named holders to a named buyer, granted: sector "
 "telecoms/wireline carrier, 2021). One text per event: the parties' joint application (docslib.org's 'Interoute FCC "
 "TOC Application 12-15-2020.Pdf', a party filing), the International Bureau's grant list DA 21-880 of 22 July 2021 "
 "(a table of file numbers) and the submarine cable notices (lists) not used; GTT's 2021 bankruptcy pleading-cycle "
 "notice DA 21-1570 (another matter, left so one round does not take two texts on one company); GTT's 2018 purchase "
 "of Interoute (theregister, inside-it.ch: news, not open-licensed). Found with 'GTT PacketExchange acquisition FCC "
 "section 214 international transfer of control' (rank 2; 48e's lead) and 'Interoute US LLC Cube Telecom Europe "
 "transfer of control GTT pleading cycle established' (rank 1). " + CHECK +
 "'Interoute', 'Cube Telecom', 'GTT Communications', 'GTT Americas', 'Global Telecom & Technology', '21-849', "
 "'20-427': in no corpus file, GATHERING.md line, script, note or pool; 'GTT' in GATHERING.md only as GTT/Hibernia "
 "(DA 16-1380, 47za's not-used) and GTT/nLayer and GTT's Tinet and PacketExchange buys (48c's and 48e's leads), other "
 "matters; 'BidCo' only in wp-tidal (another company; file name only).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
