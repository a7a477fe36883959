#!/usr/bin/env python3
"""Batch 45zu (session 46, gatherer 45zu): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a seventeenth round in the FCC transaction lane of batches 15f, 43n, 43p,
43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk, 45zo and 45zr, on deals no
corpus file holds --
  - the Wireline Competition Bureau's public notice DA 04-2541 of 17 August 2004, 'STREAMLINED DOMESTIC SECTION 214
    APPLICATION GRANTED' (WC Docket No. 04-234: Verizon Hawaii, Inc. to the Carlyle Group), the FCC's EDOCS plain
    text on docs.fcc.gov;
  - the public notice DA 06-1254 of 16 June 2006, 'APPLICATIONS FILED FOR CONSENT TO TRANSFER CONTROL OF MOBILE
    SATELLITE VENTURES SUBSIDIARY LLC FROM MOTIENT CORPORATION AND SUBSIDIARIES TO SKYTERRA COMMUNICATIONS, INC.' (WC
    Docket No. 06-106), the FCC's EDOCS plain text on docs.fcc.gov.
Texts are the search tool's page-store excerpts (corpus `pages`). The rendering's page line, the letterheads, the DA
numbers and the footnote markers are left out; each text is cut at the last full sentence before the footnotes' text
runs in. Both are PDF renderings with spaces after hyphens, parentheses and opening quotation marks, kept as written.
No word added or changed. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45zu.py [POOL_DIR] [--dry]   (default /tmp/gather46zu/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46zu/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45zr included), the session-46 notes and the session-46 pools /tmp/gather46*/pool (46a to 46z, 46za to "
         "46zt at the last check: SEC, DOJ, House, Senate and FCC texts -- 46zt's Sprint/France Telecom/Deutsche "
         "Telekom 1995 joint venture among them -- none on these deals): ")
R = []

# ---- Verizon Hawaii / Carlyle Group, Wireline Competition Bureau public notice DA 04-2541, 17 August 2004 ----------
U1 = "https://docs.fcc.gov/public/attachments/DA-04-2541A1.txt"
R.append(federal(
 "us-fcc-verizon-hawaii-carlyle-group-streamlined-domestic-section-214-transfer-granted-public-notice-2004", U1,
 "2004-08-17",
 "STREAMLINED DOMESTIC SECTION 214 APPLICATION GRANTED",
 "Released: August 17, 2004\n\n"
 "STREAMLINED DOMESTIC SECTION 214 APPLICATION GRANTED\n\n"
 "WC Docket No. 04- 234\n\n"
 "On July 15, 2004, the Wireline Competition Bureau issued a public notice seeking comment on the transfer of Verizon "
 "Hawaii, Inc. (VZ- HI) to the Carlyle Group. This application has been granted pursuant to the Commission\u2019s "
 "streamlined procedures for domestic section 214 transfer of control applications. The Wireline Competition Bureau "
 "has determined that grant of this application serves the public interest. The Commission received one comment in "
 "opposition to the proposed transfer of control from Pacific LightNet, Inc. (PLNI). PLNI requests that the "
 "Commission reject or remove the application for transfer of control from streamlined treatment or impose stringent "
 "conditions on the terms of the transfer. PLNI states that the application raises public interest concerns because "
 "the proposed transaction threatens to (1) diminish the efficiency of Hawaii\u2019s only incumbent network\u2019s "
 "operations support system and (2) increase the rates businesses, consumers, and competitors pay for the new "
 "entity\u2019s service.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau, public notice DA 04-2541, 'Streamlined "
 "Domestic Section 214 Application Granted', WC Docket No. 04-234, August 17, 2004, US federal government work "
 "(public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U1,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 17 August 2004 granting the streamlined domestic section 214 application for the transfer of "
 "Verizon Hawaii, Inc. to the Carlyle Group (DA 04-2541, WC Docket No. 04-234) as the FCC's own plain-text "
 "attachment DA-04-2541A1.txt holds it (one run of text, a PDF rendering with spaces after hyphens and in 'VZ- HI'); "
 "an FCC public notice is a US federal work, public domain (batch 15f). Left out: the rendering's page line ('*Pages "
 "1--3 from Microsoft Word - 41238*'); the letterhead ('PUBLIC NOTICE Federal Communications Commission 445 12 th "
 "Street, S. W. Washington, D. C. 20554'), the information lines ('News Media Information 202 / 418- 0500 Fax- On- "
 "Demand 202 / 418- 2830 TTY 202 / 418- 2555 Internet: http:// www. fcc. gov ftp. fcc. gov') and the DA number ('DA "
 "04- 2541'); the footnote markers ' 1' (after 'to the Carlyle Group.'), ' 2' (after '... transfer of control "
 "applications.'), ' 3' (after '... serves the public interest.'), ' 4' (after '(PLNI).'), ' 5' (after '... terms of "
 "the transfer.') and ' 6' (after '... the new entity\u2019s service.'). Kept: the release date, the heading and the "
 "docket line, each on its own line (whitespace only; the store gives one run, as 45zk's DA 05-2464), and the body's "
 "first six sentences. Cut after '... pay for the new entity\u2019s service.', before the sentence the footnotes' text "
 "breaks ('PLNI also states that the application raises national security concerns because of the Carlyle "
 "Group\u2019s \u201clooming strategic interest in' -- then footnote 1's text 'Domestic Section 214 Application Filed For "
 "Transfer of Control of Verizon Hawaii, Inc. to the Carlyle Group, WC Docket No. 04- 234, DA 04- 2148 (rel. July 15, "
 "2004).' and footnotes 2 to 4, the excerpt breaking off inside footnote 4); `truncated`. Kept as written: 'WC Docket "
 "No. 04- 234', '(VZ- HI)' and '(PLNI)' (short names in parentheses, no quotation marks), 'the Carlyle Group' with a "
 "small 'the', 'section 214' in lower case, '(1)' and '(2)', the curly apostrophes. The title field is the heading as "
 "written (it names no party). In the lane (a transfer of control of a named local telephone company to a named "
 "buyer, granted, consummation not told: sector telecoms/wireline carrier, as 45zk's CTC notice). One text per event: "
 "the Bureau's notice seeking comment of 15 July 2004 (DA 04-2148, named in footnote 1) did not come back; news on the "
 "deal (honoluluadvertiser, starbulletin, communicationsdaily, exportcompliancedaily) not used. Found with 'Verizon "
 "Hawaii Paradise MergerSub Carlyle transfer of control Commission approval' (rank 4) and 'Domestic Section 214 "
 "application filed for transfer of control Verizon Hawaii Carlyle Group July 15, 2004' (rank 1). " + CHECK +
 "'Verizon Hawaii', 'Pacific LightNet', 'VZ- HI', 'Paradise Merger', '04-2541', '04-234', '04-2148', '41238': no "
 "corpus file, script, note or pool; 'Carlyle Group' only in train wp-beats-electronics and test wp-allied-domecq "
 "(other deals); 'Hawaiian Telcom' (the company's later name, not in this text) in train "
 "us-nps-hawaii-earthquake-... (an outage) and in GATHERING.md only for the 2017 Cincinnati Bell deal (another "
 "matter); file names only.", True))

# ---- Motient / SkyTerra / Mobile Satellite Ventures, public notice DA 06-1254, 16 June 2006 --------------------------
U2 = "https://docs.fcc.gov/public/attachments/DA-06-1254A1.txt"
R.append(federal(
 "us-fcc-motient-skyterra-mobile-satellite-ventures-transfer-of-control-pleading-cycle-public-notice-2006", U2,
 "2006-06-16",
 "APPLICATIONS FILED FOR CONSENT TO TRANSFER CONTROL OF MOBILE SATELLITE VENTURES SUBSIDIARY LLC FROM MOTIENT "
 "CORPORATION AND SUBSIDIARIES TO SKYTERRA COMMUNICATIONS, INC.",
 "Released: June 16, 2006\n\n"
 "APPLICATIONS FILED FOR CONSENT TO TRANSFER CONTROL OF MOBILE SATELLITE VENTURES SUBSIDIARY LLC FROM MOTIENT "
 "CORPORATION AND SUBSIDIARIES TO SKYTERRA COMMUNICATIONS, INC.\n\n"
 "WC Docket No. 06- 106\n\n"
 "PLEADING CYCLE ESTABLISHED\n\n"
 "Petitions to Deny Due: July 17, 2006\n\n"
 "Oppositions Due: July 27, 2006\n\n"
 "Replies Due: August 1, 2006\n\n"
 "INTRODUCTION\n\n"
 "SkyTerra Communications, Inc. (\u201c SkyTerra\u201d) and Motient Corporation and subsidiaries (\u201c Motient\u201d) "
 "(collectively, \u201cthe Applicants\u201d) have filed a series of applications pursuant to sections 214 and 310( d) "
 "of the Communications Act of 1934, as amended. The Applicants seek Commission approval of the transfer of control to "
 "SkyTerra of licenses and authorizations held by Mobile Satellite Ventures Subsidiary LLC (\u201c MSV Sub\u201d), a "
 "direct wholly- owned subsidiary of Mobile Satellite Ventures LP (\u201c MSV LP\u201d). MSV LP and its general "
 "partner, Mobile Satellite Ventures GP Inc. (\u201c MSV GP\u201d) are owned and controlled by five entities that are "
 "limited partners of MSV LP. SkyTerra, a publicly- traded U. S. corporation holds an 18.2% indirect interest in MSV "
 "LP through its 80% owned subsidiary MSV Investors, LLC.",
 "telecoms/satellite", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, public notice DA 06-1254, 'Applications Filed for Consent to Transfer "
 "Control of Mobile Satellite Ventures Subsidiary LLC from Motient Corporation and Subsidiaries to SkyTerra "
 "Communications, Inc.', WC Docket No. 06-106, June 16, 2006, US federal government work (public domain); text as the "
 "FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U2,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 16 June 2006 opening the pleading cycle on the applications of SkyTerra Communications, Inc. "
 "and Motient Corporation and subsidiaries (DA 06-1254, WC Docket No. 06-106) as the FCC's own plain-text attachment "
 "DA-06-1254A1.txt holds it (one run of text, a PDF rendering with spaces after hyphens, parentheses and opening "
 "quotation marks); an FCC public notice is a US federal work, public domain (batch 15f). The issuing bureaus are not "
 "named in the kept text (the Bureaus' later order DA 06-1872 names the International Bureau, the Wireline "
 "Competition Bureau and the Office of Engineering and Technology). Left out: the rendering's page line ('*Pages 1--7 "
 "from Microsoft Word - 57757.doc*'); the letterhead ('PUBLIC NOTICE FEDERAL COMMUNICATIONS COMMISSION 445 TWELFTH "
 "STREET, S. W. WASHINGTON, D. C. 20554'), the information line ('News media information 202/ 418- 0500 Fax- On- "
 "Demand 202/ 418- 2830 Internet: http:// www. fcc. gov ftp. fcc. gov') and the DA number ('DA 06- 1254'); the "
 "footnote markers ' 1' (after 'as amended.'), ' 2' (after '(\u201c MSV LP\u201d).') and ' 3' (after 'limited partners "
 "of MSV LP.'). Kept: the release date, the heading, the docket line, 'PLEADING CYCLE ESTABLISHED', the three due "
 "dates and 'INTRODUCTION', each on its own line (whitespace only, as 45zr's DA 07-4192), and the introduction's "
 "first four sentences. Cut after '... its 80% owned subsidiary MSV Investors, LLC.', before the sentence the "
 "footnotes' text breaks ('The licenses and authorizations for which the Applicants seek consent to transfer "
 "control' -- then '1 47 U. S. C. \u00a7\u00a7 214, 310( d). 2 MSV LP is the sole member of MSV Sub, and MSV GP is "
 "the general partner of MSV LP. ...', the excerpt breaking off inside footnote 2); `truncated`. Kept as written: "
 "'(\u201c SkyTerra\u201d)' with the space after the opening quotation mark, '(collectively, \u201cthe "
 "Applicants\u201d)' without one, '310( d)', 'wholly- owned', 'publicly- traded U. S. corporation' with no comma "
 "after it, '18.2%', '80% owned'. The title field is the heading as written. In the lane (a transfer of control of a "
 "named satellite licensee from a named holder to a named buyer, applied for: sector telecoms/satellite, as 45zo's "
 "New Skies notice). One text per event: the Bureaus' Memorandum Opinion and Order and Declaratory Ruling DA 06-1872 "
 "of 15 September 2006 (fcc.report IBFS copies: the caption and the introduction's first sentence, breaking off; a later paper on the same event), the parties' application (fcc.report "
 "ELS, a party filing), Motient's SEC filings and news (internationaltradetoday) not used. Found with 'Motient "
 "TerreStar Networks transfer of control International Bureau public notice' (rank 1). " + CHECK + "'Motient', "
 "'SkyTerra', 'Mobile Satellite Ventures', 'MSV', 'TerreStar', '06-1254', '06-106', '06-1872', '57757': no corpus "
 "file, script or pool; 'SkyTerra' only in GATHERING.md's batch 45zr section and the 45zr note (Harbinger/SkyTerra "
 "of 2009, another deal, not taken); file names only.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
