#!/usr/bin/env python3
"""Batch 43u (session 44, gatherer 43u): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a fifth round of session 44 in the FCC transaction lane of batches 15f,
43n, 43p, 43r and 43t: domestic section 214 public notices naming the buyer, the target, its owners and its
subsidiaries (43t's leads) --
  - the public notice DA 06-838 (11 April 2006) on the application to transfer control of W.E. Communications, Inc.
    and its subsidiary Harmony Telephone Company from Linda Halverson to MSG Tel, Inc. (docslib.org's copy of the
    FCC's notice);
  - the public notice DA 06-561 (9 March 2006) on the application to transfer control of WETEC, LLC d/b/a Unitel
    Communications from West Central Technologies, Inc. to Arvig Enterprises, Inc. (docest.com's copy);
  - the public notice DA 03-2756 (28 August 2003) on the application to transfer control of four South Dakota
    telephone companies from MJD Services Corp. to Golden West Telephone Properties, Inc., the wholly-owned subsidiary
    of Golden West Telecommunications Cooperative, Inc. (the FCC's EDOCS plain-text attachment on docs.fcc.gov).
Texts are the search tool's page-store excerpts (corpus `pages`). The hosts' page headers and page numbers, the
notices' letterheads and footnote markers are left out; each text is cut at the last full sentence before the excerpt
breaks off (or before footnote text runs in). No word added or changed. Per-item notes in `notes`. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch43u.py [POOL_DIR] [--dry]   (default /tmp/gather44u/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather44u/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rilF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "and the session-44 pools /tmp/gather44*/pool (43a-43j, 43l, 43t at the time): ")
R = []

# ---- MSG Tel / W.E. Communications and Harmony Telephone, public notice DA 06-838, 11 April 2006 -----------------
U1 = "https://docslib.org/doc/13726250/streamlined-pleading-cycle-established-s2"
R.append(federal(
 "us-fcc-msg-tel-harmony-telephone-transfer-of-control-public-notice-2006", U1, "2006-04-11",
 "Domestic Section 214 Application Filed for Transfer of Control of W.E. Communications Inc. and its Subsidiary "
 "Harmony Telephone Company from Linda Halverson, Individually and as Trustee of the Kenneth L. Halverson 2004 "
 "Irrevocable Trust to MSG Tel, Inc.",
 "DA 06-838 Released: April 11, 2006\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR TRANSFER OF CONTROL OF W.E. COMMUNICATIONS INC. AND ITS SUBSIDIARY "
 "HARMONY TELEPHONE COMPANY FROM LINDA HALVERSON, INDIVIDUALLY AND AS TRUSTEE OF THE KENNETH L. HALVERSON 2004 "
 "IRREVOCABLE TRUST TO MSG TEL, INC.\n\n"
 "STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 06-71\n\n"
 "Comments Due: April 25, 2006\n\n"
 "Reply Comments Due: May 2, 2006\n\n"
 "On March 24, 2006, Linda Halverson, individually and as trustee of the Kenneth L. Halverson 2004 Irrevocable "
 "Trust, (\u201cTransferor\u201d) and MSG Tel, Inc. (MSG) (\u201cTransferee\u201d) (collectively referred to as "
 "\u201cApplicants\u201d) filed an application, pursuant to sections 63.03 and 63.04 of the Commission\u2019s rules, "
 "seeking authority to transfer control of W.E. Communications, Inc. (WEC), and its subsidiary Harmony Telephone "
 "Company (Harmony) from Linda Halverson to MSG Tel, Inc. (MSG).\n\n"
 "Applicants assert that this transaction is entitled to presumptive streamlined treatment under section "
 "63.03(b)(2)(iii) of the Commission\u2019s rules because: (1) this proposed transaction would result in MSG having a "
 "market share in the interstate, interexchange market of less than 10 percent; (2) MSG will not provide competitive "
 "telephone exchange services or exchange access services; and (3) the Applicants are incumbent independent local "
 "exchange carriers (LEC) that have, in combination, fewer than two percent of the nation\u2019s subscriber lines "
 "installed in the aggregate nation-wide, and no overlapping or adjacent service areas.\n\n"
 "WEC, a corporation organized under Minnesota law, is owned by Linda Halverson, a United States citizen who holds "
 "50.9% equity in the corporation.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 06-838, 'Domestic Section 214 "
 "Application Filed for Transfer of Control of W.E. Communications Inc. and its Subsidiary Harmony Telephone Company "
 "from Linda Halverson, Individually and as Trustee of the Kenneth L. Halverson 2004 Irrevocable Trust to MSG Tel, "
 "Inc.; Streamlined Pleading Cycle Established', WC Docket No. 06-71, April 11, 2006, US federal government work "
 "(public domain); text as docslib.org's copy of the FCC's notice holds it, from the search tool's page store at "
 + U1,
 "docslib.org copy of an FCC public notice (search tool page store)",
 "The public notice of 11 April 2006 (DA 06-838, WC Docket No. 06-71) as docslib.org's copy holds it (the PDF's "
 "text, footnote markers as bare digits; footnote text not in the excerpt); an FCC notice stays public domain on a "
 "third-party copy (batches 15f, 43n, 43p, 43t). Left out: the host's page header ('STREAMLINED Pleading Cycle "
 "Established s2 / Total Page:16 / File Type:pdf, Size:1020Kb'); the letterhead ('PUBLIC NOTICE Federal "
 "Communications Commission News Media Information 202 / 418-0500 th Fax-On-Demand 202 / 418-2830 445 12 Street, "
 "S.W. TTY 202 / 418-2555 Washington, D.C. 20554 Internet: http://www.fcc.gov ftp.fcc.gov'); the footnote markers "
 "'1' (after 'the Commission\u2019s rules,'), '2' (after '... to MSG Tel, Inc. (MSG).') and '3' (after '... "
 "adjacent service areas.'). Kept: the DA number with the release date, the upper-case heading, 'STREAMLINED "
 "PLEADING CYCLE ESTABLISHED', the docket number, and the two due-date lines (one line in the copy; split, "
 "whitespace only), each on its own line; the copy's body paragraphs. Cut after '... 50.9% equity in the "
 "corporation.', before the sentence the excerpt breaks off inside ('Linda Halver'), and the rest; `truncated`. Kept "
 "as written: 'W.E. COMMUNICATIONS INC.' (no comma, heading), 'Trust, (\u201cTransferor\u201d)', 'nation-wide', the "
 "curly quotes. One text per event: no other paper on the deal came back. Found with 'DA 06-838 transfer of control "
 "of W.E. Communications Harmony Telephone Company MSG Tel' (rank 1; 43t's lead). " + CHECK + "'Harmony "
 "Telephone', 'MSG Tel', 'W.E. Communications', '06-838', '06-71': 0 in the corpus texts, the scripts and the pools "
 "(batch 43t's files name 'Harmony Telephone', 'MSG Tel' and '06-838' only in their notes, as the query that found "
 "them); 'Halverson' only in other matters (file names only).", True))

# ---- Arvig / WETEC d/b/a Unitel Communications, public notice DA 06-561, 9 March 2006 ----------------------------
U2 = "https://docest.com/doc/94975/streamlined-pleading-cycle-established-s1"
R.append(federal(
 "us-fcc-arvig-wetec-unitel-transfer-of-control-public-notice-2006", U2, "2006-03-09",
 "Domestic Section 214 Application Filed for Transfer of Control of WETEC, LLC d/b/a Unitel Communications from West "
 "Central Technologies, Inc. to Arvig Enterprises, Inc.",
 "DA 06-561\n\n"
 "Released: March 9, 2006\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR TRANSFER OF CONTROL OF WETEC, LLC D/B/A UNITEL COMMUNICATIONS FROM WEST "
 "CENTRAL TECHNOLOGIES, INC. TO ARVIG ENTERPRISES, INC.\n\n"
 "STREAMLINED Pleading Cycle Established\n\n"
 "WC Docket No. 06-37\n\n"
 "Comments Due: March 23, 2006\n\n"
 "Reply Comments Due: March 30, 2006\n\n"
 "On January 23, 2006, West Central Technologies, Inc. (\u201cWest Central\u201d), Arvig Enterprises, Inc. "
 "(\u201cArvig\u201d), and WETEC, LLC dba Unitel Communications (\u201cWETEC\u201d) (collectively, "
 "\u201cApplicants\u201d) filed an application, pursuant to section 63.04 of the Commission\u2019s rules, hereby "
 "requesting authority to transfer of control of West Central\u2019s 50% membership interest in WETEC to Arvig, "
 "rendering Arvig as the sole owner of WETEC.\n\n"
 "The Applicants assert that this transaction is entitled to presumptive streamlined treatment pursuant to "
 "63.03(b)(2)(ii) of the Commission\u2019s rules. The proposed transaction would result in: (1) the transferee, Arvig, "
 "a dominant incumbent local exchange company (\u201cLEC\u201d) within its service area, having a market share in the "
 "interstate, interexchange market of less than 10%; (2) the transferee Arvig, together with its current and "
 "proposed affiliates, including WETEC, providing competitive telephone exchange services or exchange access "
 "services exclusively in geographic areas served by a dominant LEC that is not a party to this transaction; and (3) "
 "WETEC, a non-dominant competitive LEC, providing services exclusively outside the geographic area where the "
 "dominant carriers, incumbent LECs Arvig and West Central, are dominant.\n\n"
 "WETEC is a Minnesota limited liability corporation and a non-dominant competitive LEC that provides local "
 "exchange, local access services, and long distance services in and around Park Rapids, Minnesota, wholly within "
 "the incumbent service area of Qwest Communications. WETEC also provides cable television and Internet services "
 "within this service area.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 06-561, 'Domestic Section 214 "
 "Application Filed for Transfer of Control of WETEC, LLC d/b/a Unitel Communications from West Central "
 "Technologies, Inc. to Arvig Enterprises, Inc.; Streamlined Pleading Cycle Established', WC Docket No. 06-37, March "
 "9, 2006, US federal government work (public domain); text as docest.com's copy of the FCC's notice holds it, from "
 "the search tool's page store at " + U2,
 "docest.com copy of an FCC public notice (search tool page store)",
 "The public notice of 9 March 2006 (DA 06-561, WC Docket No. 06-37) as docest.com's copy holds it (the notice's "
 "Word text with bracketed footnote markers; footnote text after the body, not in the excerpt); an FCC notice stays "
 "public domain on a third-party copy (batches 15f, 43n, 43p, 43t). Left out: the copy's leading page number '3' "
 "(the letterhead is not in the copy); the footnote markers '[1]' (after 'the Commission\u2019s rules,'), '[2]' "
 "(after '... sole owner of WETEC.'), '[3]' (after '... of the Commission\u2019s rules.') and '[4]' (after '... are "
 "dominant.'). Kept: the DA number, the release date, the upper-case heading, 'STREAMLINED Pleading Cycle "
 "Established' (as written), the docket number and the two due-date lines, each on its own line; the copy's body "
 "paragraphs. Cut after '... within this service area.', before the sentence the excerpt breaks off inside ('WETEC "
 "is owned equal'), and the rest; `truncated`. Kept as written: 'requesting authority to transfer of control' "
 "(sic), 'WETEC, LLC dba Unitel Communications' (body) beside 'D/B/A' (heading), the curly quotes. One text per "
 "event: no other paper on the deal came back. Found with 'DA 06-838 transfer of control of W.E. Communications "
 "Harmony Telephone Company MSG Tel' (rank 2; 43t's lead). " + CHECK + "'WETEC', 'Arvig', 'West Central "
 "Technologies', '06-561', '06-37': 0 in the corpus, the scripts and the pools; 'Unitel' only in other matters "
 "(Uzbek and Korean companies; file names only).", True))

# ---- Golden West Telephone Properties / MJD Services' four companies, public notice DA 03-2756, 28 August 2003 ---
U3 = "https://docs.fcc.gov/public/attachments/DA-03-2756A1.txt"
R.append(federal(
 "us-fcc-golden-west-mjd-services-telephone-companies-transfer-public-notice-2003", U3, "2003-08-28",
 "Domestic Section 214 Application Filed for Transfer of Control of Certain Affiliates of MJD Services Corp. to "
 "Golden West Telephone Properties, Inc.",
 "DA 03- 2756 Released: August 28, 2003\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR TRANSFER OF CONTROL OF CERTAIN AFFILIATES OF MJD SERVICES CORP. TO "
 "GOLDEN WEST TELEPHONE PROPERTIES, INC.\n\n"
 "NON- STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 03- 186\n\n"
 "On July 28, 2003, MJD Services Corp. (MJD and Transferor) and Golden West Telecommunications Cooperative, Inc. "
 "(Golden West Coop.) and its wholly- owned subsidiary Golden West Telephone Properties, Inc. (Golden West "
 "Properties) (collectively, the Transferees) (together, Applicants) filed an application, pursuant to sections "
 "63.03 and 63.04 of the Commission\u2019s rules, to transfer control of Union Telephone Company of Hartford (Union), "
 "Armour Independent Telephone Co. (Armour), Bridgwater- Canistota Independent Telephone Co. (Bridgewater- "
 "Canistota) and Kadoka Telephone Co. (Kadoka) from MJD to Golden West Properties. Applicants assert that the "
 "proposed transaction is eligible for presumptive streamlined treatment because neither Golden West Coop., Golden "
 "West Properties, Union, Armour, Bridgewater- Canistota, Kadoka, nor any of their subsidiaries or affiliates is a "
 "facilities- based carrier with respect to domestic long distance toll service. Rather, they resell the domestic "
 "long distance toll services of unaffiliated, facilities- based interexchange carriers, and have a market share in "
 "the interstate, interexchange market of less than ten percent (10%), both before and after the proposed "
 "transaction.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 03-2756, 'Domestic Section 214 "
 "Application Filed for Transfer of Control of Certain Affiliates of MJD Services Corp. to Golden West Telephone "
 "Properties, Inc.; Non-Streamlined Pleading Cycle Established', WC Docket No. 03-186, August 28, 2003, US federal "
 "government work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's "
 "page store at " + U3,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 28 August 2003 (DA 03-2756, WC Docket No. 03-186) as the FCC's own plain-text attachment "
 "DA-03-2756A1.txt holds it (one run of text, a PDF rendering with spaces after hyphens); an FCC public notice is a "
 "US federal work, public domain (batch 15f). Left out: the rendering's page line ('*Pages 1--5 from Microsoft Word - "
 "30991*'); the letterhead ('PUBLIC NOTICE Federal Communications Commission 445 12 th Street, S. W. Washington, D. "
 "C. 20554 News Media Information 202 / 418- 0500 Fax- On- Demand 202 / 418- 2830 TTY 202 / 418- 2555 Internet: "
 "http:// www. fcc. gov ftp. fcc. gov'); the footnote markers ' 1' (after 'the Commission\u2019s rules,') and ' 2' "
 "(after '... to Golden West Properties.'). Kept: the DA number with the release date, the upper-case heading, 'NON- "
 "STREAMLINED PLEADING CYCLE ESTABLISHED' and the docket number, each on its own line (whitespace only); the excerpt "
 "names no due dates. Cut after '... both before and after the proposed transaction.', where the next sentence "
 "('Applicants also argue that the transaction involves the transfer of') is broken by the footnotes' text running "
 "in ('1 47 C. F. R §§ 63.03, 63.04; see 47 U. S. C. § 214. 2 Applicants have also filed a transfer of control "
 "application related to international services. ...'), and the rest; `truncated`. Kept as written (the "
 "rendering's spaces): 'DA 03- 2756', 'WC Docket No. 03- 186', 'NON- STREAMLINED', 'wholly- owned', 'facilities- "
 "based', 'Bridgwater- Canistota' (the company's name, so spelt at its first mention) beside the defined "
 "'Bridgewater- Canistota'. One text per event: no other paper on the deal came back. Found with 'DA 06-838 transfer "
 "of control of W.E. Communications Harmony Telephone Company MSG Tel' (rank 4; 43t's lead). " + CHECK + "'Golden "
 "West', 'MJD Services', 'Armour Independent', 'Canistota', 'Union Telephone Company of Hartford', '03-2756', "
 "'03-186': 0 in the corpus, the scripts and the pools; 'Kadoka' only as a substring of 'Kadokawa' (other matters, "
 "file names only); 'Union Telephone Company' (a New Hampshire company, another deal) in batch 43t.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
