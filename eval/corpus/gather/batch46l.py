#!/usr/bin/env python3
"""Batch 46l (session 47, gatherer 46l): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a twenty-second round in the FCC transaction lane of batches 15f, 43n,
43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk, 45zo, 45zr, 45zu, 45zx,
46c, 46f and 46h, on matters no corpus file holds --
  - the Wireline Competition Bureau's public notice DA 06-1768 of 5 September 2006 on the application to transfer
    control of Hector Communications Corporation to Blue Earth Valley Communications, Inc., Arvig Enterprises, Inc. and
    New Ulm Telecom, Inc. (WC Docket No. 06-166), the FCC's EDOCS plain text on docs.fcc.gov (46h's lead);
  - the International Bureau's pleading-cycle public notice DA 04-39 of 9 January 2004 on New Operating Globalstar
    LLC's applications to take the licences and authorizations of Globalstar, L.P.'s subsidiaries and its affiliate
    L/Q Licensee, Inc. (IB Docket No. 04-4), a docsbay.net copy;
  - the Media Bureau's Memorandum Opinion and Order DA 09-2602 of 17 December 2009 granting the transfer of control
    of ION Media Networks, Inc. and certain subsidiaries from ION Media Networks Liquidating Trust to Media Holdco, LP,
    the FCC's EDOCS plain text on apps.fcc.gov.
Texts are the search tool's page-store excerpts (corpus `pages`). The sites' own lines, the letterheads, the DA
numbers and page lines, the caption's bracket column and file numbers, and the footnote markers are left out; each
text is cut at the last full sentence before the footnotes' text runs in or the excerpt breaks off. Headings, date
lines, the caption and the 'By the ...' line are each put on their own line (whitespace only). No word added or
changed. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch46l.py [POOL_DIR] [--dry]   (default /tmp/gather47l/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather47l/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch46h and 46k included), the notes under /work/notes and the session-47 pools /tmp/gather47*/pool "
         "(47a to 47k at the last check, 29 texts, none on these matters): ")
R = []

# ---- Hector Communications -> Blue Earth Valley, Arvig, New Ulm Telecom, public notice DA 06-1768, 5 September 2006 --
U1 = "https://docs.fcc.gov/public/attachments/DA-06-1768A1.txt"
R.append(federal(
 "us-fcc-hector-communications-blue-earth-valley-arvig-new-ulm-telecom-transfer-of-control-public-notice-2006", U1,
 "2006-09-05",
 "Domestic Section 214 Application Filed for Transfer of Control of Hector Communications Corporation to Blue Earth "
 "Valley Communications, Inc., Arvig Enterprises, Inc., and New Ulm Telecom, Inc.",
 "Released: September 5, 2006\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR TRANSFER OF CONTROL OF HECTOR COMMUNICATIONS CORPORATION TO BLUE EARTH "
 "VALLEY COMMUNICATIONS, INC., ARVIG ENTERPRISES, INC., AND NEW ULM TELECOM, INC.\n\n"
 "NON- STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 06- 166\n\n"
 "Comments Due: September 19, 2006\n\n"
 "Reply Comments Due: September 26, 2006\n\n"
 "On August 22, 2006, Hector Communications Corporation (\u201c Hector\u201d or \u201cTransferor\u201d) and Blue Earth "
 "Valley Communications, Inc. (\u201c Blue Earth\u201d), Arvig Enterprises, Inc. (\u201c Arvig\u201d) and New Ulm "
 "Telecom, Inc. (\u201c New Ulm\u201d) (collectively, the \u201cTransferees\u201d) (together, with Hector, the "
 "\u201cApplicants\u201d) filed an application pursuant to sections 63.03 and 63.04 of the Commission\u2019s rules "
 "requesting approval to transfer control of Hector to Blue Earth, Arvig and New Ulm. The Applicants do not seek "
 "streamlined treatment for this application under section 63.03( b) of the Commission\u2019s rules. Applicants are "
 "incumbent independent local exchange carriers (LECs) that have, in combination, fewer that 2% of the nation\u2019s "
 "subscriber lines installed in the aggregate nationwide, and no overlapping service areas. There is a combined total "
 "of 90,600 access lines for the carriers involved in this transaction.",
 "telecoms/wireline carrier", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 06-1768, 'Domestic Section 214 "
 "Application Filed for Transfer of Control of Hector Communications Corporation to Blue Earth Valley Communications, "
 "Inc., Arvig Enterprises, Inc., and New Ulm Telecom, Inc.; Non-Streamlined Pleading Cycle Established', WC Docket No. "
 "06-166, September 5, 2006, US federal government work (public domain); text as the FCC's EDOCS plain-text "
 "attachment holds it, from the search tool's page store at " + U1,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 5 September 2006 (DA 06-1768, WC Docket No. 06-166) as the FCC's own plain-text attachment "
 "DA-06-1768A1.txt holds it (one run of text, a PDF rendering with spaces after hyphens and opening quotation marks, "
 "as 44g's DA 05-3187 and 43u's DA 03-2756); an FCC public notice is a US federal work, public domain (batch 15f). "
 "Left out: the rendering's page line ('*Pages 1--6 from Microsoft Word - 59469.doc*'); the letterhead ('PUBLIC "
 "NOTICE Federal Communications Commission 445 12 th Street, S. W. Washington, D. C. 20554 News Media Information 202 "
 "/ 418- 0500 Fax- On- Demand 202 / 418- 2830 TTY 202 / 418- 2555 Internet: http:// www. fcc. gov ftp. fcc. gov'); "
 "the DA number ('DA 06- 1768', as 46h left out its DA lines); the footnote markers ' 1' (after "
 "'\u201cTransferor\u201d)'), ' 2' (after 'the Commission\u2019s rules'), ' 3' (after '... Arvig and New Ulm.') and ' 4' "
 "(after '... of the Commission\u2019s rules.'). Kept: the release date, the upper-case heading, 'NON- STREAMLINED "
 "PLEADING CYCLE ESTABLISHED', the docket number and the two due-date lines, each on its own line (whitespace only); "
 "the body's first four sentences. Cut after '... involved in this transaction.', before the sentence footnote 1's "
 "text runs into ('However, subsidiaries of each of the Transferees have service areas that are 1 Technically, the "
 "transferors in this proceeding are the approximately 400 public shareholders of Hector ...'); `truncated`. Kept as "
 "written (the rendering's spaces and the notice's words): 'NON- STREAMLINED', 'WC Docket No. 06- 166', "
 "'(\u201c Hector\u201d', '(\u201c Blue Earth\u201d', '(\u201c Arvig\u201d', '(\u201c New Ulm\u201d', 'section 63.03( b)', "
 "'fewer that 2%' (as printed), '(together, with Hector, the \u201cApplicants\u201d)'. In the lane (three named "
 "telephone companies applying to take control of a named holding company: sector telecoms/wireline carrier, as 44g). "
 "46h's lead: 44b, 44g, 44k and 45-round notes held it back only because Arvig already had three corpus deals; the "
 "2006 deal itself is told in no corpus text -- the train file on Arvig/diversiCom (2010) carries '06-1768' only in "
 "its notes, and the test file on Arvig/Clements (2010) names only the later holding ('Arvig owns a one third "
 "indirect interest in Hector Communications Corporation', per GATHERING.md's 44b section; file not opened). The "
 "overlap of names (Arvig Enterprises, Inc. in train and test; Blue Earth Valley and New Ulm named in other corpus "
 "files) is noted for the lead. One text per event: the 2013 notice DA 13-428 (fcc.gov; a later event, Hector's "
 "subsidiaries parcelled out among the three owners, its excerpt breaking inside the subsidiaries' list), Hector's "
 "SEC papers (DEFM14A, DEFA14A, 8-K exhibit 99) and the merger agreement and shareholder agreement copies (party "
 "papers) not used. Found with 'Hector Communications Corporation transfer of control DA 06-1768' (rank 1) and "
 "'Hector Acquisition Corp Blue Earth Valley Arvig New Ulm Telecom transfer of control Hector Communications "
 "domestic section 214' (rank 1). " + CHECK +
 "'06-1768', '06-166' (and '06- 166'), 'Hector Communications', 'Blue Earth Valley Communications', 'New Ulm "
 "Telecom', 'Hector Acquisition': '06-1768' only in train's Arvig/diversiCom file (its notes, 46h's check) and in "
 "GATHERING.md's and 44b's lead lists; 'Hector Communications' only in that train file and test's Arvig/Clements file "
 "(the later holding, as above); 'New Ulm Telecom' in that train file (its notes only: its text holds none of "
 "'Hector', 'New Ulm', 'Blue Earth'), dev's Hickory Tech/Enventis file and test's Arvig/Clements file (names of "
 "files only, not opened; GATHERING.md's 44b and 44k name it as a party of other deals); '06-166', 'Hector "
 "Acquisition', 'Blue Earth Valley Communications' in no corpus file, script or pool; file names only.",
 True))

# ---- New Operating Globalstar / Globalstar, L.P., pleading-cycle notice DA 04-39, 9 January 2004 ---------------------
U2 = ("https://docsbay.net/doc/710671/New-Operating-Globalstar-Llc-Seeks-Consent-to-Assignment-and-Transfer-of-Control-"
      "of-Licenses")
R.append(federal(
 "us-fcc-new-operating-globalstar-thermo-globalstar-lp-licenses-transfer-of-control-pleading-cycle-public-notice-2004",
 U2, "2004-01-09",
 "New Operating Globalstar LLC Seeks Consent to Assignment and Transfer of Control of Licenses and Authorizations "
 "Held by Globalstar, L.P. Subsidiaries and Affiliate",
 "Released: January 9, 2004\n\n"
 "NEW OPERATING GLOBALSTAR LLC SEEKS CONSENT TO ASSIGNMENT AND TRANSFER OF CONTROL OF LICENSES AND AUTHORIZATIONS "
 "HELD BY GLOBALSTAR, L.P. SUBSIDIARIES AND AFFILIATE\n\n"
 "Pleading Cycle Established\n\n"
 "IB Docket No. 04-4\n\n"
 "Comments/Petitions Due: February 9, 2004\n\n"
 "Responses/Oppositions to Petitions Due: February 19, 2004\n\n"
 "THE TRANSACTION\n\n"
 "On December 19, 2003, New Operating Globalstar LLC (\u201cNGLLC\u201d), Globalstar, L.P., Debtor-in-Possession "
 "(\u201cGLP\u201d), and its affiliate, L/Q Licensee, Inc. (\u201cLQL\u201d) (collectively, the \u201cApplicants\u201d) "
 "filed applications pursuant to sections 214 and 310(d) of the Communications Act of 1934, as amended (the "
 "\u201cAct\u201d), seeking Commission approval of the proposed assignment or transfer of control of certain "
 "Commission licenses and authorizations relating to the operation of the Globalstar mobile satellite service "
 "(\u201cMSS\u201d) system, from GLP and LQL to NGLLC. NGLLC will be majority-owned by Thermo Satellite LP "
 "(\u201cTSLP\u201d), which, in turn, is nearly wholly owned by Jay Monroe.\n\n"
 "The authorizations to be assigned or transferred include a non-common carrier space station license to operate an "
 "MSS system, eight non-common carrier earth station licenses, a common carrier blanket license for mobile earth "
 "terminals (\u201cMETs\u201d), and three international Section 214 authorizations, all of which are held by GLP\u2019s "
 "subsidiaries or its affiliate, LQL. The Applicants also filed an amendment to a pending application of GLP for a "
 "space station license in the V-band to reflect the substitution of NGLLC for GLP as the applicant, and request an "
 "exemption from Section 25.116(c) of the Commission rules in order to preserve the filing status of this pending "
 "application following consummation of the proposed transaction. Finally, the Applicants filed an amendment to a "
 "pending application of GLP for a transmit/receive earth station in Clifton, Texas, for operational testing of the "
 "Globalstar nongeostationary satellite constellation.",
 "telecoms/satellite", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, International Bureau, Public Notice DA 04-39, released January 9, 2004, "
 "'New Operating Globalstar LLC Seeks Consent to Assignment and Transfer of Control of Licenses and Authorizations "
 "Held by Globalstar, L.P. Subsidiaries and Affiliate; Pleading Cycle Established', IB Docket No. 04-4, US federal "
 "government work (public domain); text as a docsbay.net copy of the notice holds it, from the search tool's page "
 "store at " + U2,
 "docsbay.net copy of an FCC public notice (search tool page store)",
 "The International Bureau's pleading-cycle public notice of 9 January 2004 (DA 04-39, IB Docket No. 04-4) on the "
 "applications of New Operating Globalstar LLC, Globalstar, L.P. (a debtor-in-possession) and its affiliate L/Q "
 "Licensee, Inc. to move the Globalstar system's licences and authorizations to the new company, as a docsbay.net copy "
 "holds it (the notice's lines as printed, no letterhead and no footnote marker in the kept part); an FCC public "
 "notice is a US federal work, public domain (batch 15f), whichever site copies it (docsbay copies as 39g, 43n, 43p, "
 "43r, 43t, 44b, 45c, 45h, 45x). The Bureau is not named in the kept text; the attribution names it from the "
 "docket's IB prefix and the grant notice DA 04-628 (docs.fcc.gov and fcc.report, 'submitted by FCC,IB'). Left out: "
 "the DA number line ('DA 04-39', as 46h left out its DA lines). Kept: the release line, the upper-case heading, "
 "'Pleading Cycle Established', the docket line, the two due-date lines, the heading 'THE TRANSACTION' and the "
 "section's first two paragraphs, each line as the copy sets it (whitespace only). Cut after '... Globalstar "
 "nongeostationary satellite constellation.', before the excerpt breaks off in the next line ('T'); `truncated`. Kept "
 "as written: 'Globalstar, L.P., Debtor-in-Possession' (the heading's 'GLOBALSTAR, L.P.' the same name), "
 "'majority-owned', 'nearly wholly owned', 'Section 25.116(c) of the Commission rules', 'transmit/receive'. In the "
 "lane (a new company, to be majority-owned by a named holder, applying to take over a bankrupt satellite operator's "
 "licences: sector telecoms/satellite, 2004, in the lane's 2004-2010 leads). One text per event: the grant notice DA "
 "04-628 of 8 March 2004 (docs.fcc.gov, a spaced rendering whose body is mostly the record's comments; fcc.report's "
 "OCR copy) and the Office of General Counsel's transaction page (govdocs1 copy on corpora.tika.apache.org: a "
 "website page, not a notice), Globalstar's and its counsel's letters (fcc.report, party filings) and the trade press "
 "(Satellite Today, RCR Wireless, SpaceNews) not used. Found with 'Globalstar Inc. transfer of control International "
 "Bureau public notice Thermo Capital Partners' (rank 8) and 'New Operating Globalstar LLC seeks consent to assignment "
 "and transfer of control of licenses held by Globalstar L.P. subsidiaries and affiliate DA 04-39' (rank 1). " + CHECK +
 "'Globalstar', 'NGLLC', 'L/Q Licensee', 'Thermo Satellite', 'Jay Monroe', '04-39', '04-628', 'IB Docket No. 04-4': "
 "no corpus file, script, note or pool; 'Thermo' alone only in files on other matters (a Cuba blackouts page, test; "
 "batch 38d's script); file names only.",
 True))

# ---- ION Media Networks Liquidating Trust -> Media Holdco, LP, Memorandum Opinion and Order DA 09-2602, 17 Dec 2009 --
U3 = "https://apps.fcc.gov/edocs_public/attachmatch/DA-09-2602A1.txt"
R.append(federal(
 "us-fcc-ion-media-networks-liquidating-trust-media-holdco-transfer-of-control-order-2009", U3, "2009-12-17",
 "Memorandum Opinion and Order: ION Media Networks Liquidating Trust (Transferors) and Media Holdco, LP (Transferee), "
 "for transfer of control of ION Media Networks, Inc., and certain subsidiaries",
 "In the Matter of ION Media Networks Liquidating Trust (Transferors) and Media Holdco, LP (Transferee) For Transfer "
 "of Control of ION Media Networks, Inc., and Certain Subsidiaries, Licensees of Station WPXN-TV, New York, NY, et "
 "al.\n\n"
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: December 16, 2009 Released: December 17, 2009\n\n"
 "By the Chief, Media Bureau:\n\n"
 "I. INTRODUCTION\n\n"
 "1. The Commission, by the Chief, Media Bureau, pursuant to delegated authority, has before it unopposed "
 "applications listed in the attached Appendix seeking consent to transfer control of licensee subsidiaries holding "
 "58 full-power broadcast television licenses and associated low-power, Class A, and television translator licenses, "
 "from ION Media Networks Liquidating Trust (\u201cION Trust\u201d), to Media Holdco, LP (\u201cMedia Holdco\u201d). "
 "The applications have been filed pursuant to a Chapter 11 joint plan for reorganization, which the United States "
 "Bankruptcy Court for the Southern District of New York (the \u201cBankruptcy Court\u201d) approved on December 3, "
 "2009. In connection with the applications, Media Holdco has requested four continuing satellite exemptions to the "
 "television ownership rule pursuant to Note 5 of Section 73.3555. For the reasons set forth below, we grant the "
 "applications.\n\n"
 "II. BACKGROUND\n\n"
 "2. On May 19, 2009, ION Media Networks, Inc. (\u201cION\u201d), and certain of its wholly owned subsidiaries, filed "
 "for Chapter 11 bankruptcy with the Bankruptcy Court. On June 5, 2009, the Commission granted FCC Form 316 "
 "applications seeking consent to assign certain licenses from ION subsidiaries to such subsidiaries as "
 "Debtors-In-Possession (\u201cION DIP\u201d).",
 "media/broadcasting", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Memorandum Opinion and Order DA 09-2602, adopted December 16, "
 "2009, released December 17, 2009 (ION Media Networks Liquidating Trust (Transferors) and Media Holdco, LP "
 "(Transferee), For Transfer of Control of ION Media Networks, Inc., and Certain Subsidiaries, Licensees of Station "
 "WPXN-TV, New York, NY, et al., File Nos. BTCCDT-20090901ABT, et al.), US federal government work (public domain); "
 "text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U3,
 "apps.fcc.gov EDOCS attachment (search tool page store)",
 "The Media Bureau's Memorandum Opinion and Order of 17 December 2009 (DA 09-2602) granting the applications to "
 "transfer control of ION Media Networks, Inc.'s licensee subsidiaries (58 full-power television stations) from ION "
 "Media Networks Liquidating Trust to Media Holdco, LP under ION's Chapter 11 plan, as the FCC's own plain-text "
 "attachment DA-09-2602A1.txt holds it (one run of text; the caption's left column comes whole before its bracket "
 "column); an FCC order is a US federal work, public domain (batch 15f). Left out: the letterhead ('Federal "
 "Communications Commission DA 09-2602 Before the Federal Communications Commission Washington, D.C. 20554'); the "
 "caption's bracket column (') ) ) ) ) ) ) ) ) ) ) )') and its file numbers ('File Nos. BTCCDT-20090901ABT, et al.', "
 "kept in the attribution); the footnote markers '1' (in 'Section 73.3555.1') and '2' (after '(\u201cION "
 "DIP\u201d).'). Kept: the caption's text (one paragraph, as the rendering runs it), 'MEMORANDUM OPINION AND ORDER', the "
 "adopted/released line, 'By the Chief, Media Bureau:', 'I. INTRODUCTION', paragraph 1, 'II. BACKGROUND' and "
 "paragraph 2's first two sentences, each on its own line (whitespace only). Cut after '... as Debtors-In-Possession "
 "(\u201cION DIP\u201d).', before footnote 1's text runs in ('As contemplated in the 1 47 C.F.R. \u00a773.3555(b) "
 "(2002). 2 See File Nos. ...'); `truncated`. Kept as written: '(Transferors)' plural, 'Debtors-In-Possession' with "
 "capital 'In', 'wholly owned' without a hyphen, 'New York, NY'. The fcc.gov document page of the same order "
 "(fcc.gov/document/ion-media-networks-liquidating-trust-and-media-holdco-lp; its caption set line by line between "
 "bracket lines, its excerpt breaking off inside paragraph 2's second sentence) not used: the EDOCS text keeps both "
 "sentences whole. In the lane (a named broadcaster's control passing to a named new owner under a bankruptcy plan, "
 "granted: sector media/broadcasting, 2009). One text per event: no other FCC paper on this step came back; the 2007 "
 "ION/Citadel Investment Group order (FCC 07-233, an earlier event) came back only as a forum post's link and a "
 "trade-press story, not used. Found with 'FCC public notice transfer of control ION Media Networks Citadel Limited "
 "Partnership 2008' (apps.fcc.gov copy rank 8, fcc.gov page rank 7). " + CHECK +
 "'ION Media', 'Media Holdco', '09-2602', 'WPXN', 'ION Trust', 'Paxson', 'Citadel Investment' (case-insensitive "
 "for 'ION Media'): no corpus file, script, note or pool ('ion media' in GATHERING.md only inside 'Commission "
 "media releases'); file names only.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
