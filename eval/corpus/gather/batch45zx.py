#!/usr/bin/env python3
"""Batch 45zx (session 46, gatherer 45zx): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), an eighteenth round in the FCC transaction lane of batches 15f, 43n, 43p,
43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk, 45zo, 45zr and 45zu, on deals
no corpus file holds --
  - the public notice DA 02-3081 of 8 November 2002, 'AT&T WIRELESS SERVICES, INC. AND CINGULAR WIRELESS LLC SEEK FCC
    CONSENT TO ASSIGN AND TRANSFER CONTROL OF PCS LICENSES' (WT Dkt. No. 02-354: the GSM Corridor, LLC joint
    venture), the FCC's EDOCS plain text on docs.fcc.gov;
  - the International Bureau's grant DA 04-2509 of 11 August 2004 on the applications of The News Corporation Limited
    and The DIRECTV Group, Inc. (transferors) and five private-equity limited liability companies (transferees) to pass
    control of PanAmSat Licensee Corp. (IB Docket No. 04-209), as fcc.report's copy of the FCC's IBFS attachment
    holds it.
Texts are the search tool's page-store excerpts (corpus `pages`). The rendering's page line, the letterheads, the DA
numbers, the store's own lines and the footnote markers are left out; each text is cut at the last full sentence before
the footnotes' text runs in or the excerpt breaks off. DA 02-3081 is a PDF rendering with spaces after hyphens,
ampersands, parentheses and opening quotation marks, kept as written; DA 04-2509's hard line wraps are joined with a
space. No word added or changed. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45zx.py [POOL_DIR] [--dry]   (default /tmp/gather46zx/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46zx/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45zu included), the session-46 notes and the session-46 pools /tmp/gather46*/pool (46a to 46z, 46za to "
         "46zu at the last check: SEC, DOJ, House, Senate and FCC texts, none on these deals): ")
R = []

# ---- AT&T Wireless / Cingular / GSM Corridor, public notice DA 02-3081, 8 November 2002 ---------------------------
U1 = "https://docs.fcc.gov/public/attachments/DA-02-3081A1.txt"
R.append(federal(
 "us-fcc-att-wireless-cingular-gsm-corridor-joint-venture-pcs-licenses-pleading-cycle-public-notice-2002", U1,
 "2002-11-08",
 "AT& T WIRELESS SERVICES, INC. AND CINGULAR WIRELESS LLC SEEK FCC CONSENT TO ASSIGN AND TRANSFER CONTROL OF PCS "
 "LICENSES",
 "Released: November 8, 2002\n\n"
 "AT& T WIRELESS SERVICES, INC. AND CINGULAR WIRELESS LLC SEEK FCC CONSENT TO ASSIGN AND TRANSFER CONTROL OF PCS "
 "LICENSES\n\n"
 "WT Dkt. No. 02- 354\n\n"
 "PLEADING CYCLE ESTABLISHED\n\n"
 "Petitions/ Comments Due: December 9, 2002\n\n"
 "Oppositions Due: December 19, 2002\n\n"
 "Replies Due: December 27, 2002\n\n"
 "AT& T Wireless Services, Inc. (\u201c AWS\u201d) and Cingular Wireless LLC (\u201c Cingular\u201d) have filed "
 "applications pursuant to Section 310( d) of the Communications Act of 1934, as amended, seeking Commission consent "
 "to the full and partial assignment and transfer of control of licenses in the Personal Communications Services "
 "(\u201c PCS\u201d). Consent is necessary to implement a joint venture \u2013 GSM Corridor, LLC (\u201c GSM "
 "Corridor\u201d) \u2013 to build infrastructure using GSM technology that will enable the joint venture partners to "
 "provide service to subscribers along approximately 4,000 miles of select highways in rural parts of the country. "
 "Licenses to be controlled by GSM Corridor will consist of portions of licenses currently held by AWS or its "
 "subsidiaries, licenses acquired from third parties, and a license held by a subsidiary of Cingular.\n\n"
 "APPLICATIONS\n\n"
 "This Public Notice lists four groups of applications for the assignment or transfer of control of licenses "
 "granted pursuant to Part 24 of the Commission\u2019s rules. The first group consists of applications related to "
 "the assignment of certain authorizations from third parties to AT& T Wireless PCS, LLC (\u201c AWP\u201d), a "
 "wholly- owned subsidiary of AWS.",
 "telecoms/wireless", "deal,regulatory,partnership",
 "U.S. Federal Communications Commission, public notice DA 02-3081, 'AT&T Wireless Services, Inc. and Cingular "
 "Wireless LLC Seek FCC Consent to Assign and Transfer Control of PCS Licenses', WT Docket No. 02-354, November 8, "
 "2002, US federal government work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from the "
 "search tool's page store at " + U1,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 8 November 2002 opening the pleading cycle on AT&T Wireless Services, Inc.'s and Cingular "
 "Wireless LLC's applications to assign and transfer control of PCS licences for their GSM Corridor, LLC joint venture "
 "(DA 02-3081, WT Dkt. No. 02-354) as the FCC's own plain-text attachment DA-02-3081A1.txt holds it (one run of text, "
 "a PDF rendering with spaces after hyphens, after '&' in 'AT& T', after '(' in '310( d)' and after opening quotation "
 "marks); an FCC public notice is a US federal work, public domain (batch 15f). The issuing bureau is not named in the "
 "kept text. Left out: the rendering's page line ('*Pages 1--5 from Microsoft Word - 22842.doc*'); the letterhead "
 "('PUBLIC NOTICE FEDERAL COMMUNICATIONS COMMISSION 445 TWELFTH STREET, S. W. WASHINGTON, D. C. 20554'), the DA "
 "number ('DA 02- 3081') and the information line ('News media information 202/ 418- 0500 Fax- On- Demand 202/ 418- "
 "2830 Internet: http:// www. fcc. gov ftp. fcc. gov'); the footnote marker ' 1' (after 'as amended,', so that "
 "'as amended, seeking' stands as the sentence reads without it). Kept: the release date, the heading, the docket "
 "line, 'PLEADING CYCLE ESTABLISHED', the three due dates and 'APPLICATIONS', each on its own line (whitespace only, "
 "as 45zu's DA 06-1254), the body's first three sentences and the first two sentences under 'APPLICATIONS'. Cut after "
 "'... a wholly- owned subsidiary of AWS.', before the sentence where the excerpt breaks off ('The second group "
 "consists of applications related to the pro forma partitioning or partitioning and disaggregation of licenses into "
 "BTA- specific 10 MHz authorizations for the highways to be served (the \u201chighwa'); `truncated`. Kept as "
 "written: 'AT& T', 'WT Dkt. No. 02- 354', 'Petitions/ Comments Due', '(\u201c AWS\u201d)' with the space after the "
 "opening quotation mark, the en dashes around 'GSM Corridor, LLC (\u201c GSM Corridor\u201d)', '4,000', "
 "'wholly- owned', 'Section 310( d)', the curly apostrophe in 'Commission\u2019s'. The title field is the heading as "
 "written. In the lane (licences passing to a named joint venture of two named wireless carriers, applied for: sector "
 "telecoms/wireless, as 45zg's ALLTEL/Cingular notice). One text per event: the Bureau's later grant and "
 "news on the venture not used. Found with 'wireless licenses transfer of control pleading cycle established "
 "Wireless Telecommunications Bureau 2005 public notice WT Docket No. 05- cellular company acquisition' (rank 3) and "
 "'ALLTEL WESTERN WIRELESS SEEK FCC CONSENT TO TRANSFER CONTROL OF LICENSES AND AUTHORIZATIONS PLEADING CYCLE "
 "ESTABLISHED' (rank 6). " + CHECK + "'GSM Corridor', '02-3081', '02- 3081', '02-354', 'Arnage', 'Skagit Wireless', "
 "'03-1523': no corpus file, script, note or pool; 'AT&T Wireless' and 'Cingular' only in files on other deals "
 "(Cingular/AT&T Wireless 2004 divestitures, SBC/BellSouth Alloy, TeleCorp/Tritel, ALLTEL/Cingular Southern "
 "Minnesota, Verizon Wireless/NextWave and others; none names GSM Corridor); file names only.", True))

# ---- News Corp. / DIRECTV Group / PanAmSat Licensee Corp., International Bureau grant DA 04-2509, 11 August 2004 ---
U2 = "https://fcc.report/IBFS/SES-T-C-20040518-00693/389232"
CAP = ("In re Applications of The News Corporation Limited and The DIRECTV Group, Inc. (Transferors) and "
       "Constellation, LLC, Carlyle PanAmSat I, LLC, Carlyle PanAmSat II, LLC, PEP PAS, LLC and PEOP PAS, LLC "
       "(Transferees) for Authority to Transfer Control of PanAmSat Licensee Corp.")
R.append(federal(
 "us-fcc-news-corp-directv-group-panamsat-licensee-private-equity-transferees-transfer-of-control-granted-2004", U2,
 "2004-08-11",
 CAP,
 "August 11, 2004\n\n" + CAP + "\n\n"
 "IB Docket No. 04-209\n\n"
 "By the Chief, International Bureau:\n\n"
 "On May 18 and May 27, 2004, The News Corporation Limited (\u201cNews Corp.\u201d) and The DIRECTV Group, Inc., f/k/a "
 "Hughes Electronics Corporation (\u201cThe DIRECTV Group\u201d and, together with News Corp., \u201cTransferors\u201d) "
 "and Constellation, LLC (\u201cConstellation\u201d), Carlyle PanAmSat I, LLC (\u201cCarlyle PanAmSat I\u201d), "
 "Carlyle PanAmSat II, LLC (\u201cCarlyle PanAmSat II\u201d), PEP PAS, LLC (\u201cPEP PAS\u201d) and PEOP PAS, LLC "
 "(\u201cPEOP PAS\u201d and, together with Constellation, Carlyle PanAmSat I, Carlyle PanAmSat II and PEP PAS, "
 "\u201cTransferees\u201d) filed ten applications (\u201cApplications\u201d) pursuant to section 310(d) of the "
 "Communications Act of 1934, as amended. The unopposed Applications seek consent to transfer control of various "
 "non-common carrier fixed satellite service space station and earth station licenses and authorizations held by "
 "PanAmSat Licensee Corp. (\u201cPanAmSat LC\u201d) to the five Transferees, each of which is a limited liability "
 "company organized under the laws of the State of Delaware.",
 "telecoms/satellite", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, International Bureau, DA 04-2509, 'In re Applications of The News "
 "Corporation Limited and The DIRECTV Group, Inc. (Transferors) and Constellation, LLC, Carlyle PanAmSat I, LLC, "
 "Carlyle PanAmSat II, LLC, PEP PAS, LLC and PEOP PAS, LLC (Transferees) for Authority to Transfer Control of PanAmSat "
 "Licensee Corp.', IB Docket No. 04-209, August 11, 2004, US federal government work (public domain); text as "
 "fcc.report's copy of the FCC's IBFS attachment (under SES-T/C-20040518-00693) holds it, from the search tool's page "
 "store at " + U2,
 "fcc.report copy of an FCC IBFS attachment (search tool page store)",
 "The International Bureau's grant of 11 August 2004 (DA 04-2509, IB Docket No. 04-209) on the ten applications to "
 "pass control of PanAmSat Licensee Corp. from The News Corporation Limited and The DIRECTV Group, Inc. to five "
 "Delaware limited liability companies, as fcc.report's copy of the FCC's IBFS attachment holds it (a plain text with "
 "hard line wraps, filed under SES-T/C-20040518-00693 as 'Grant'); an FCC Bureau's action is a US federal work, public "
 "domain (batch 15f; fcc.report copies of IBFS attachments as 45zg's Leucadia/WilTel notice and 45zo). Left out: fcc.report's "
 "own lines ('Attachment Grant', 'This document pretains to SES-T/C-20040518-00693 for Transfer of Control on a "
 "Satellite Earth Station filing.'), the DA number ('DA 04-2509') and the footnote markers '1' (after 'as amended.') "
 "and '2' (after 'State of Delaware.'). Kept: the date line, the caption (three printed lines joined with a space), "
 "the docket line and 'By the Chief, International Bureau:', each on its own line, and the body's first two sentences "
 "(seven printed lines joined with a space; 'PEP\\nPAS' and 'Carlyle\\nPanAmSat II' joined so). Cut after '... "
 "organized under the laws of the State of Delaware.', before the sentence where the excerpt breaks off ('The five "
 "Transferees are owned by private equity partnerships (the \u201cPrivate Equity Funds\u201d) associated with three "
 "U.S. private investment firms: Kohlberg Kravis & Roberts Co. L.P. (\u201cKKR\u201d); TC'); `truncated`. The grant "
 "itself is told only past the cut (the kept text says the applications 'seek consent'; 'Grant' is fcc.report's "
 "label): read as applied for. Kept as written: 'f/k/a', '\u201cNews Corp.\u201d' with its full stop, 'PEP PAS, LLC and "
 "PEOP PAS, LLC' without a serial comma, 'non-common carrier', 'section 310(d)', the curly quotation marks. The title "
 "field is the caption as written. In the lane (control of a named satellite licensee passing from two named holders "
 "to five named buyers: sector telecoms/satellite, as 45zu's SkyTerra notice). One text per event: the Bureau's "
 "pleading-cycle notice DA 04-1605 of 2 June 2004 (fcc.report; its excerpt breaks off inside the first sentence), the "
 "parties' Form 312 exhibit (docslib, a party filing), DIRECTV's SEC Schedule 13D and the later Intelsat/PanAmSat "
 "notice DA 05-2715 (another deal, 45x's not-used) not used. Found with 'Constellation, LLC Carlyle PanAmSat PEP PAS "
 "Transferees PanAmSat Corporation The DIRECTV Group transfer of control 2004' (rank 1). " + CHECK + "'Constellation, "
 "LLC', 'Carlyle PanAmSat', 'PEP PAS', 'PEOP PAS', '04-2509', '04-1605', 'SES-T/C-20040518': no corpus file, script, "
 "note or pool; '04-209' only as another number in dev us-fcc-sbc-ameritech-... (another matter); 'The DIRECTV Group' "
 "only in test us-fcc-news-corporation-directv-liberty-media-... (the 2007 Liberty Media deal, another matter); "
 "'PanAmSat' in files on other deals (Hughes/PanAmSat 1997, News Corporation/Hughes 2003, SES/New Skies, "
 "Loral/Orion); 'Kohlberg' (past the cut) only in a Toys R Us text; file names only.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
