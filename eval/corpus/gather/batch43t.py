#!/usr/bin/env python3
"""Batch 43t (session 44, gatherer 43t): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a fourth round of session 44 in the FCC transaction lane of batches 15f,
43n, 43p and 43r: domestic section 214 public notices naming the buyer, the target, its owners and its subsidiaries --
  - the public notice DA 09-1799 (12 August 2009) on the application of Utel, Inc. and TDS Telecommunications
    Corporation to transfer control of Union Telephone Company to TDS Telecom, with Utel's ownership of Union, ACN,
    Inc. and Freedom Ring Communications, LLC d/b/a Union Long Distance told, and TDS Telecom's parent Telephone and
    Data Systems, Inc. (the FCC's EDOCS plain-text attachment on apps.fcc.gov);
  - the public notice DA 13-2244 (22 November 2013) on the application to transfer control of Dalton Telephone
    Company, Inc., Elsie Communications, Inc., Dalton Telecommunications, Inc. and Newcastle Holdings, Inc. to
    USConnect Holdings Inc. and its subsidiary USConnect Acquisitions IV, Inc., with Newcastle's parent American
    Broadband Acquisition Corp. IV (docest.com's copy of the FCC's notice);
  - the public notice DA 15-1067 (23 September 2015) on the application of TDS Telecommunications Corp., d/b/a TDS
    Telecom, and Ark-O Holding Company to transfer Wyandotte Telephone Company, Decatur Telephone Company and
    Cleveland County Telephone Company from TDS Telecom to Ark-O (docsbay.net's copy of the FCC's notice).
Texts are the search tool's page-store excerpts (corpus `pages`). The hosts' page numbers, the notices' letterheads
and footnote markers are left out; each text is cut at the last full sentence before the excerpt breaks off. No word
added or changed. Per-item notes in `notes`. Written before any extractor ran on the texts (newskg was not run on
them).
usage: batch43t.py [POOL_DIR] [--dry]   (default /tmp/gather44t/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather44t/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rilF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "and the session-44 pools /tmp/gather44*/pool (43a-43j, 43l-43r at the time): ")
R = []

# ---- TDS Telecom / Union Telephone, public notice DA 09-1799, 12 August 2009 -------------------------------------
U1 = "https://apps.fcc.gov/edocs_public/attachmatch/DA-09-1799A1.txt"
R.append(federal(
 "us-fcc-tds-telecom-union-telephone-transfer-of-control-public-notice-2009", U1, "2009-08-12",
 "Domestic Section 214 Application Filed for the Transfer of Control of Union Telephone Company and Partial Transfer "
 "of Assets of Freedom Ring Communications, LLC d/b/a Union Long Distance to TDS Telecommunications Corporation",
 "DA 09-1799 Released: August 12, 2009\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR THE TRANSFER OF CONTROL OF UNION TELEPHONE COMPANY AND PARTIAL TRANSFER "
 "OF ASSETS OF FREEDOM RING COMMUNICATIONS, LLC D/B/A UNION LONG DISTANCE TO TDS TELECOMMUNICATIONS CORPORATION\n\n"
 "NON-STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 09-145\n\n"
 "Comments Due: August 26, 2009\n\n"
 "Reply Comments Due: September 2, 2009\n\n"
 "On August 4, 2009, Utel, Inc. (Utel), the ultimate owner of Union Telephone Company (Union) and Freedom Ring "
 "Communications, LLC d/b/a Union Long Distance (Freedom Ring), and TDS Telecommunications Corporation (TDS Telecom) "
 "(collectively, Applicants), filed an application pursuant to section 63.03 of the Commission\u2019s rules seeking "
 "approval to transfer control of Union to TDS Telecom and to transfer the assets and customers of Freedom\u2019s "
 "Ring\u2019s long distance operations in Union\u2019s local exchange service area to TDS Telecom. Utel, a New "
 "Hampshire corporation, is the 100 percent direct owner of Union and 100 percent indirect owner of Freedom Ring. "
 "Union, also a New Hampshire corporation, is an incumbent local exchange carrier (LEC) serving the Alton, "
 "Barnstead, Center Barnstead, Gilmanton Iron Works, and New Durham exchanges in New Hampshire. Freedom Ring, a "
 "Maine limited liability company, is a wholly- owned subsidiary of ACN, Inc. a New Hampshire corporation that is "
 "also a wholly owned subsidiary of Utel. Freedom Ring\u2019s ULD division provides interstate service to customers "
 "in Union\u2019s local exchange service territory. TDS Telecom, a Delaware corporation, is a wholly owned "
 "subsidiary of Telephone and Data Systems, Inc. (TDS). TDS is a U.S.-based holding company that operates 112 "
 "incumbent LEC subsidiaries and also provides competitive LEC services in multiple states through TDS Telecom.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 09-1799, 'Domestic Section 214 "
 "Application Filed for the Transfer of Control of Union Telephone Company and Partial Transfer of Assets of Freedom "
 "Ring Communications, LLC d/b/a Union Long Distance to TDS Telecommunications Corporation; Non-Streamlined Pleading "
 "Cycle Established', WC Docket No. 09-145, August 12, 2009, US federal government work (public domain); text as the "
 "FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U1,
 "apps.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 12 August 2009 (DA 09-1799, WC Docket No. 09-145) as the FCC's own plain-text attachment "
 "DA-09-1799A1.txt holds it (one run of text); an FCC public notice is a US federal work, public domain (batch 15f). "
 "The notice names no bureau in its excerpt; docket 'WC' is the Wireline Competition Bureau's (attribution only). "
 "Left out: the letterhead ('PUBLIC NOTICE Federal Communications Commission 445 12th St., S.W. Washington, D.C. "
 "20554 News Media Information 202 / 418-0500 Internet: http://www.fcc.gov TTY: 1-888-835-5322'); the footnote "
 "marker '1' (after 'the Commission\u2019s rules'). Kept, as 43n, 43p and 43r kept their notices' headers: the DA "
 "number with the release date, the upper-case heading, 'NON-STREAMLINED PLEADING CYCLE ESTABLISHED', the docket "
 "number and the two due-date lines, each on its own line (whitespace only). Cut after '... through TDS Telecom.', "
 "before the sentence the excerpt breaks off inside ('TDS also ow'), and the rest; `truncated`. Kept as written: "
 "'Freedom\u2019s Ring\u2019s' (sic), 'wholly- owned' (the rendering's space), 'ACN, Inc. a New Hampshire "
 "corporation' (no comma after 'Inc.'), the curly apostrophes. One text per event: no other paper on the deal came "
 "back. Found with 'DA 06-838 transfer of control of W.E. Communications Harmony Telephone Company MSG Tel' (rank 5) "
 "and 'TDS also owns Utel Union Telephone TDS Telecom transfer of control WC Docket No. 09-145' (rank 1, the same "
 "excerpt). " + CHECK + "'Union Telephone', 'Freedom Ring', 'Utel, Inc', 'ACN, Inc', 'TDS Telecom', 'Telephone and "
 "Data Systems', '09-1799', '09-145': 0 in the corpus, the scripts and the pools.", True))

# ---- USConnect / Dalton, Elsie, DTI, Newcastle, public notice DA 13-2244, 22 November 2013 -----------------------
U2 = "https://docest.com/doc/516044/usconnect-holdings-inc-and-usconnect-acquisitions-iv-inc"
R.append(federal(
 "us-fcc-usconnect-dalton-telephone-transfer-of-control-public-notice-2013", U2, "2013-11-22",
 "Domestic Section 214 Application Filed for the Transfer of Control of Dalton Telephone Company, Inc., Elsie "
 "Communications, Inc., Dalton Telecommunications, Inc., Newcastle Holdings, Inc. to USConnect Holdings Inc. and "
 "USConnect Acquisitions IV, Inc.",
 "DA 13-2244\n\n"
 "Released: November 22, 2013\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR THE TRANSFER OF CONTROL OF DALTON TELEPHONE COMPANY, INC., ELSIE "
 "COMMUNICATIONS, INC., DALTON TELECOMMUNICATIONS, INC., NEWCASTLE HOLDINGS, INC. TO USCONNECT HOLDINGS INC. AND "
 "USCONNECT ACQUISITIONS IV, INC.\n\n"
 "STREAMLINED Pleading Cycle Established\n\n"
 "WC Docket No. 13-279\n\n"
 "Comments Due: December 6, 2013\n\n"
 "Reply Comments Due: December 13, 2013\n\n"
 "On November 18, 2013, Dalton Telephone Company, Inc. (Dalton), Elsie Communications, Inc. (Elsie), Dalton "
 "Telecommunications, Inc. (DTI), Newcastle Holdings, Inc. (Newcastle), and USConnect Holdings Inc. (USConnect) and "
 "its subsidiary, USConnect Acquisitions IV, Inc. (USConnect Acquisitions), (collectively, Applicants) filed an "
 "application pursuant to section 63.03 of the Commission\u2019s rules to transfer control of Dalton, Elsie, DTI, "
 "and Newcastle to USConnect and USConnect Acquisitions.\n\n"
 "Dalton, a Nebraska corporation, provides incumbent local exchange carrier (LEC) services in five exchanges in "
 "southwestern Nebraska. It is a wholly owned subsidiary of Newcastle, a North Carolina corporation that is a wholly "
 "owned subsidiary of American Broadband Acquisition Corp. IV (ABAC IV), a Delaware corporation. Elsie, a Nebraska "
 "corporation, is also a wholly owned subsidiary of Newcastle and provides incumbent LEC services in one exchange in "
 "southwestern Nebraska. DTI, a North Carolina corporation and wholly owned subsidiary of Newcastle, provides "
 "interstate services in and around the service areas of its affiliates, Dalton and Elsie.\n\n"
 "USConnect, a Delaware corporation, was created to purchase and operate rural LECs. USConnect owns 100 percent of "
 "USConnect Acquisitions, a Delaware corporation formed for the purpose of acquiring the shares of ABAC IV.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 13-2244, 'Domestic Section 214 "
 "Application Filed for the Transfer of Control of Dalton Telephone Company, Inc., Elsie Communications, Inc., Dalton "
 "Telecommunications, Inc., Newcastle Holdings, Inc. to USConnect Holdings Inc. and USConnect Acquisitions IV, Inc.; "
 "Streamlined Pleading Cycle Established', WC Docket No. 13-279, November 22, 2013, US federal government work "
 "(public domain); text as docest.com's copy of the FCC's notice holds it, from the search tool's page store at " + U2,
 "docest.com copy of an FCC public notice (search tool page store)",
 "The public notice of 22 November 2013 (DA 13-2244, WC Docket No. 13-279) as docest.com's copy holds it (the "
 "notice's Word text with bracketed footnote markers; footnote text after the body, not in the excerpt); an FCC "
 "notice stays public domain on a third-party copy (batches 15f, 43n, 43p's docsbay.net copy). Left out: the copy's "
 "leading page number '2' (the letterhead is not in the copy); the footnote markers '[1]' (after 'the "
 "Commission\u2019s rules') and '[2]' (after 'a Delaware corporation.', the first time). Kept: the DA number, the "
 "release date, the upper-case heading (its line break after 'INC. TO' joined, whitespace only), 'STREAMLINED "
 "Pleading Cycle Established' (as written), the docket number and the two due-date lines, each on its own line; the "
 "copy's three body paragraphs. Cut after '... acquiring the shares of ABAC IV.', before the sentence the excerpt "
 "breaks off inside ('Applicants state that the following U.S.-based LECs will hold a ten percent or greater "
 "attributable interest in USConnect when the proposed transaction closes: Brazoria Telephone Company (serving "
 "Brazoria Count'), and the rest; `truncated`. The copy writes 'DA 13-2244' and 'Released: November 22, 2013' on two "
 "lines; kept so. One text per event: telecompetitor.com's story on USConnect's completed purchase of six rural "
 "telcos (news, copyrighted) is not used. Found with 'DA 06-838 transfer of control of W.E. Communications Harmony "
 "Telephone Company MSG Tel' (rank 7) and 'USConnect Holdings Dalton Telephone Company Elsie Communications "
 "Newcastle Holdings American Broadband Acquisition Corp. IV transfer of control' (rank 1, the same excerpt). " +
 CHECK + "'USConnect', 'Dalton Telephone', 'Newcastle Holdings', 'Elsie', 'American Broadband', 'Brazoria', "
 "'13-2244', '13-279': 0 in the corpus, the scripts and the pools; 'ABAC' only as a substring of other words in other "
 "matters (file names only).", True))

# ---- Ark-O / TDS Telecom's three telephone companies, public notice DA 15-1067, 23 September 2015 -----------------
U3 = ("https://docsbay.net/domestic-section-214-application-filed-for-the-transfer-of-control-of-tds-"
      "telecommunications")
R.append(federal(
 "us-fcc-ark-o-tds-telecom-telephone-companies-transfer-public-notice-2015", U3, "2015-09-23",
 "Domestic Section 214 Application Filed for the Transfer of Control of TDS Telecommunications Corp., d/b/a TDS "
 "Telecom, to Ark-O Holding Company",
 "DA 15-1067\n\n"
 "September 23, 2015\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR THE TRANSFER OF CONTROL OF TDS TELECOMMUNICATIONS CORP., D/B/A TDS "
 "TELECOM, TO ARK-O HOLDING COMPANY\n\n"
 "STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 15-217\n\n"
 "Comments Due: October 7, 2015\n\n"
 "Reply Comments Due: October 14, 2015\n\n"
 "TDS Telecommunications Corp., d/b/a TDS Telecom (TDS Telecom), and Ark-O Holding Company (Ark-O) (together, "
 "Applicants) filed an application pursuant to section 214 of the Communications Act of 1934, as amended, and "
 "section 63.03 of the Commission\u2019s rules, requesting consent to transfer Wyandotte Telephone Company "
 "(Wyandotte), Decatur Telephone Company (Decatur) and Cleveland County Telephone Company (Cleveland County) "
 "(together the Licensees) from TDS Telecom to Ark-O.\n\n"
 "TDS Telecom, a Delaware corporation, is a wholly owned subsidiary of Telephone and Data Systems, Inc. (TDS). TDS "
 "Telecom currently operates 108 incumbent local exchange carriers (LECs) in 26 states. In addition, TDS Telecom "
 "operates competitive LECs in Illinois and North Dakota. Wyandotte, an Oklahoma corporation, serves 482 loops. "
 "Decatur and Cleveland County, both Arkansas corporations, serve 651 loops and 2,333 loops, respectively. TDS is "
 "controlled by a voting trust whose trustees are the following U.S. citizens: LeRoy T. Carlson, Jr., Walter C.D. "
 "Carlson, Prudence E. Carlson, and Dr. Letitia G.C. Carlson. BlackRock Inc., a Delaware corporation, and its "
 "affiliates own eleven percent of the stock of TDS.\n\n"
 "Ark-O, a newly formed Missouri corporation, currently provides no services. Ark-O has the following affiliates, all "
 "Missouri corporations, which provide telecommunications services: Seneca Telephone Company, Ozark Telephone "
 "Company and Goodman Telephone Company (Ark-O Affiliates). The Ark-O Affiliates serve approximately 5,200 working "
 "loops. Mr. Jay Mitchell and Mr. Brian Mitchell (both U.S. citizens) each hold a 50 percent ownership interest in "
 "each of the Ark-O Affiliates.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 15-1067, 'Domestic Section 214 "
 "Application Filed for the Transfer of Control of TDS Telecommunications Corp., d/b/a TDS Telecom, to Ark-O Holding "
 "Company; Streamlined Pleading Cycle Established', WC Docket No. 15-217, September 23, 2015, US federal government "
 "work (public domain); text as docsbay.net's copy of the FCC's notice holds it, from the search tool's page store "
 "at " + U3,
 "docsbay.net copy of an FCC public notice (search tool page store)",
 "The public notice of 23 September 2015 (DA 15-1067, WC Docket No. 15-217) as docsbay.net's copy holds it (the "
 "notice's Word text with bracketed footnote markers; footnote text after the body, not in the excerpt); an FCC "
 "notice stays public domain on a third-party copy (batches 15f, 43n, 43p). Left out: the copy's leading page "
 "number '2' (the letterhead is not in the copy); the footnote marker ' [1]' (after 'from TDS Telecom to Ark-O.'). "
 "Kept: the DA number, the date line, the upper-case heading (its line break after 'TDS TELECOM,' joined, whitespace "
 "only), 'STREAMLINED PLEADING CYCLE ESTABLISHED', the docket number and the two due-date lines, each on its own "
 "line; the copy's three body paragraphs. Cut after '... in each of the Ark-O Affiliates.', before the sentence the "
 "excerpt breaks off inside ('Applicants state th'), and the rest; `truncated`. The notice's heading speaks of the "
 "transfer of control 'of TDS Telecommunications Corp.' though its body asks consent to transfer three telephone "
 "companies from TDS Telecom to Ark-O; kept as written. One text per event: no other paper on the deal came back. "
 "Found with 'TDS also owns Utel Union Telephone TDS Telecom transfer of control WC Docket No. 09-145' (rank 3). " +
 CHECK + "'Ark-O', 'Wyandotte', 'Decatur Telephone', 'Cleveland County Telephone', 'Seneca Telephone', 'Ozark "
 "Telephone', 'Goodman Telephone', 'TDS Telecom', 'Telephone and Data Systems', '15-1067', '15-217': 0 in the corpus, "
 "the scripts and the pools. TDS Telecom's parent is also told in this batch's Union Telephone notice (another deal, "
 "2009).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
