#!/usr/bin/env python3
"""Batch 47c (session 48, gatherer 47c): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a twenty-fourth round in the FCC transaction lane of batches 15f, 43n,
43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk, 45zo, 45zr, 45zu, 45zx,
46c, 46f, 46h, 46l and 46o, on matters no corpus file holds --
  - the Memorandum Opinion and Order DA 16-485 of 3 May 2016 (Wireline Competition, International, Media and Wireless
    Telecommunications Bureaus) granting the applications to transfer control of authorizations from Cablevision
    Systems Corporation to Altice N.V. (WC Docket No. 15-257), the FCC's EDOCS plain text on apps.fcc.gov (46o's lead);
  - the Wireline Competition Bureau's public notice DA 12-567 of 10 April 2012 on the domestic section 214 application
    for the transfer of control of AboveNet, Inc. to Zayo Group, LLC (WC Docket No. 12-93), the fcc.gov document page;
  - the International Bureau's public notice DA 11-1557 of 15 September 2011 on DISH Network Corporation's applications
    to acquire control of the licences held by New DBSD Satellite Services G.P. and TerreStar License Inc., both
    debtors in possession (IB Docket No. 11-150), a docslib.org copy (docslib copies as 43u, 45zo, 46c, 46f).
Texts are the search tool's page-store excerpts (corpus `pages`). The sites' own lines, the letterheads, the DA
numbers, the caption's bracket column and docket number (order), and the footnote markers are left out; each text is
cut at the last full sentence before the footnotes' text runs in or the excerpt breaks off. Headings, date lines, the
caption and the 'By the ...' line are each put on their own line and the page's line wraps joined (whitespace only).
No word added or changed. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch47c.py [POOL_DIR] [--dry]   (default /tmp/gather48c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48c/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script, "
         "the notes under /work/notes and the session-48 pools /tmp/gather48*/pool (48a, 48b and an empty 48d at the last check, none on these matters): ")
R = []

# ---- Cablevision Systems Corporation -> Altice N.V., Memorandum Opinion and Order DA 16-485, 3 May 2016 --------------
U1 = "https://apps.fcc.gov/edocs_public/attachmatch/DA-16-485A1.txt"
R.append(federal(
 "us-fcc-altice-cablevision-systems-transfer-of-control-order-2016", U1, "2016-05-03",
 "Memorandum Opinion and Order: Applications Filed by Altice N.V. and Cablevision Systems Corporation to Transfer "
 "Control of Authorizations from Cablevision Systems Corporation to Altice N.V.",
 "In the Matter of Applications Filed by Altice N.V. and Cablevision Systems Corporation to Transfer Control of "
 "Authorizations from Cablevision Systems Corporation to Altice N.V.\n\n"
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: May 3, 2016 Released: May 3, 2016\n\n"
 "By the Chief, Wireline Competition Bureau; Chief, International Bureau; Chief, Media Bureau; and Chief, Wireless "
 "Telecommunications Bureau:\n\n"
 "I. INTRODUCTION\n\n"
 "1. Altice N.V. (Altice) and Cablevision Systems Corporation (Cablevision, and together with Altice, Applicants) "
 "filed a series of applications pursuant to sections 214 and 310(d) of the Communications Act of 1934, as amended "
 "(Act) in connection with Altice\u2019s acquisition of Cablevision and certain subsidiaries. We find that approval "
 "of the applications will serve the public interest, convenience, and necessity and hereby grant the applications "
 "subject to the condition requested by the Executive Branch Agencies set forth below.\n\n"
 "2. On November 5, 2015, the Wireline Competition Bureau, International Bureau, Media Bureau, and Wireless "
 "Telecommunications Bureau released a Public Notice seeking comment on the proposed transaction.",
 "telecoms/cable", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau, International Bureau, Media Bureau and "
 "Wireless Telecommunications Bureau, Memorandum Opinion and Order DA 16-485, adopted and released May 3, 2016 "
 "(Applications Filed by Altice N.V. and Cablevision Systems Corporation to Transfer Control of Authorizations from "
 "Cablevision Systems Corporation to Altice N.V., WC Docket No. 15-257), US federal government work (public domain); "
 "text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U1,
 "apps.fcc.gov EDOCS attachment (search tool page store)",
 "The four Bureaus' Memorandum Opinion and Order of 3 May 2016 (DA 16-485, WC Docket No. 15-257) granting the "
 "applications filed in connection with Altice N.V.'s acquisition of Cablevision Systems Corporation, as the FCC's own "
 "plain-text attachment DA-16-485A1.txt holds it (one run of text; the caption's left column comes whole before its "
 "bracket column); an FCC order is a US federal work, public domain (batch 15f). Left out: the letterhead ('Federal "
 "Communications Commission DA 16-485 Before the Federal Communications Commission Washington, D.C. 20554'); the "
 "caption's bracket column (') ) ) ) ) )') and the docket number beside it ('WC Docket No. 15-257', kept in the "
 "attribution, as 46o's Insight order); the footnote markers '1' (after '... and certain subsidiaries.') and '2' "
 "(after '... on the proposed transaction.'). Kept: the caption's text (one paragraph), 'MEMORANDUM OPINION AND "
 "ORDER', the adopted/released line, the 'By the Chief, ...' line, 'I. INTRODUCTION', paragraph 1 whole and the first "
 "sentence of paragraph 2, each paragraph on its own line (whitespace only). Cut after '... seeking comment on the "
 "proposed transaction.', before 'In response to the Public Notice, four entities opposed or expressed concern about', "
 "which footnote 1's text runs into ('... about 1 47 U.S.C §§ 214, 310(d). See Applications ...'); `truncated`. Kept "
 "as written: '(Altice)', '(Cablevision, and together with Altice, Applicants)' without quotation marks, 'as amended "
 "(Act) in' without a comma, 'Altice\u2019s acquisition'. The same order's other copies (docslib.org, the fcc.report "
 "IBFS attachment DA-16-485A1-WC.pdf, a line-by-line rendering) not used: the EDOCS text is the FCC's own. In the "
 "lane (a named foreign group taking control of a named US cable operator, granted: sector telecoms/cable, 2016). One "
 "text per event: the applicants' joint application (vdocument.in), the Communications Workers of America's petition "
 "to deny (documents.pub, docslib), the Altice/Cablevision Form 312 exhibit (fcc.report, a party filing), "
 "MarketScreener's deal summary and etcentric's news item not used. Found with 'Applications Filed for the Transfer "
 "of Control of Cablevision Systems Corporation to Altice N.V. Memorandum Opinion and Order WC Docket No. 15-257' "
 "(rank 3). " + CHECK +
 "'Altice N.V', 'Altice USA', '16-485', '15-257', 'Cablevision Lightpath': '16-485' and 'Altice N.V' only in "
 "GATHERING.md's and 46o's lead lines; the others in no corpus file, script, note or pool. 'Altice' is named in three "
 "corpus files on other matters (the Altice/Cequel Suddenlink notice of 2015, a European Commission item on "
 "Altice/Booking, a Wikipedia page on Bolt); 'Cablevision Systems' in one test file (46o's Bresnan/Charter notice, "
 "Cablevision as Bresnan's seller: another deal); file names only.",
 True))

# ---- AboveNet, Inc. -> Zayo Group, LLC, Wireline Competition Bureau public notice DA 12-567, 10 April 2012 ------------
U2 = "http://www.fcc.gov/document/comment-sought-domestic-214-transfer-abovenet-zayo"
R.append(federal(
 "us-fcc-abovenet-zayo-group-domestic-section-214-transfer-of-control-pleading-cycle-public-notice-2012", U2,
 "2012-04-10",
 "Domestic Section 214 Application Filed for the Transfer of Control of AboveNet, Inc. to Zayo Group, LLC",
 "Released: April 10, 2012\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR THE TRANSFER OF CONTROL OF ABOVENET, INC. TO ZAYO GROUP, LLC\n\n"
 "STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 12-93\n\n"
 "Comments Due: April 24, 2012\n"
 "Reply Comments Due: May 1, 2012\n\n"
 "On April 2, 2012, AboveNet, Inc. (ABN-Parent), AboveNet Communications, Inc. (AboveNet), AboveNet International, "
 "Inc. (ABN-Int\u2019l) (AboveNet and ABN-Int\u2019l together the Licensees) and Zayo Group, LLC (Zayo) "
 "(collectively, Applicants) filed an application pursuant to section 63.03 of the Commission\u2019s rules to "
 "transfer control of ABN-Parent and its subsidiaries to Zayo.\n\n"
 "ABN-Parent, a publicly-held Delaware corporation, wholly-owns AboveNet and ABN-Int\u2019l, both Delaware "
 "corporations. ABN-Parent and its subsidiaries provide dedicated end-to-end fiber optic infrastructure and "
 "high-bandwidth Internet connectivity. Their optical network enables their corporate, carrier and government "
 "customers to implement data, vide, Internet and multimedia applications. AboveNet provides telecommunications "
 "services in Arizona, California, Colorado, Connecticut Delaware, the District of Columbia, Florida, Illinois, "
 "Maryland, Massachusetts, Michigan, Minnesota, Nevada, New Jersey, New York, North Carolina, Oregon, Pennsylvania, "
 "Rhode Island, Texas, Utah (AboveNet of Utah L.L.C.), Virginia (AboveNet of VA, L.L.C.), Washington and West "
 "Virginia, where it is authorized to provide local exchange/or interexchange telecommunications services.",
 "telecoms/fiber network provider", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau, Public Notice DA 12-567, released April 10, "
 "2012, 'Domestic Section 214 Application Filed for the Transfer of Control of AboveNet, Inc. to Zayo Group, LLC; "
 "Streamlined Pleading Cycle Established', WC Docket No. 12-93, US federal government work (public domain); text as "
 "the fcc.gov document page holds it, from the search tool's page store at " + U2,
 "fcc.gov document page (search tool page store)",
 "The public notice of 10 April 2012 (DA 12-567, WC Docket No. 12-93) on the domestic section 214 application to "
 "transfer control of AboveNet, Inc. and its subsidiaries to Zayo Group, LLC, as the fcc.gov document page holds it "
 "(the notice's lines as the page sets them); an FCC public notice is a US federal work, public domain (batch 15f). "
 "The issuing Bureau (the Wireline Competition Bureau, by the WC docket and the streamlined section 63.03 process) is "
 "not named in the kept text; the attribution names it. Left out: the page's own lines ('Skip Navigation', 'Federal "
 "Communications Commission', 'English Display Options', 'Commission Document', its heading 'Comment Sought on "
 "Domestic 214 Transfer of Abovenet to Zayo', 'Download Options' and its first 'Released: April 10, 2012'); the "
 "letterhead ('PUBLIC NOTICE Federal Communications Commission News Media Information 202 / 418-0500 445 12th St., "
 "S.W. Internet: http://www.fcc.gov Washington, D.C. 20554 TTY: 1-888-835-5322'); the DA number ('DA 12-567', as 46o "
 "left out DA lines); the footnote marker '1' (after 'the Commission\u2019s rules'). Kept: the notice's 'Released' "
 "line, the upper-case heading (its two lines joined), 'STREAMLINED PLEADING CYCLE ESTABLISHED', the docket line, the "
 "two due-date lines (each on its own line, as the page sets them) and the body, the page's line wraps joined "
 "(whitespace only): a paragraph break after '... its subsidiaries to Zayo.' (a short last line on the page; the "
 "rest runs on full lines). Cut after '... local exchange/or interexchange telecommunications services.', before "
 "'AboveNet is also authorized to provide local exchange and/or interexchange telecommunications services, but' "
 "(where the excerpt breaks off); `truncated`. Kept as written: 'Connecticut Delaware' (no comma), 'vide,' (for "
 "'video'), 'local exchange/or', 'publicly-held', 'wholly-owns', 'ABN-Int\u2019l' with its curly apostrophe, "
 "'(AboveNet of Utah L.L.C.)' (no comma) beside '(AboveNet of VA, L.L.C.)'. In the lane (a named fibre carrier to "
 "pass with its subsidiaries to a named buyer, applied for: sector telecoms/fiber network provider, 2012). One text per event: no "
 "other FCC paper on this deal came back (the FiberNet/Zayo notice DA 09-1368 is another deal, on 44o's not-used "
 "list); Zayo's Electric Lightwave, American Fiber Systems, Allstream and Onvoy filings (party filings on other "
 "deals) not used. Found with 'Zayo Group AboveNet transfer of control domestic section 214 application granted "
 "public notice' (rank 1). " + CHECK +
 "'AboveNet', 'Abovenet', 'ABN-Parent', '12-567', 'WC Docket No. 12-93', 'AboveNet of Utah': 'AboveNet' only in the "
 "notes of a train file (44o's EarthLink/ITC^DeltaCom notice: a search query's words, not its text), in batch44o.py's "
 "notes and in GATHERING.md's 44o table line (the same query); the others in no corpus file, script, note or pool. "
 "'Zayo' likewise only in that query and in GATHERING.md's lead and not-used lines (no Zayo deal in the corpus); "
 "file names only.",
 True))

# ---- DISH Network -> New DBSD Satellite Services and TerreStar License, public notice DA 11-1557, 15 September 2011 ---
U3 = ("https://docslib.org/doc/6287446/public-notice-federal-communications-commission-th-news-media-information-202-"
      "418-0500-445-12-st-s-w")
R.append(federal(
 "us-fcc-dish-network-new-dbsd-terrestar-license-acquire-control-pleading-cycle-public-notice-2011", U3,
 "2011-09-15",
 "DISH Network Corporation Files to Acquire Control of Licenses and Authorizations Held By New DBSD Satellite Services "
 "G.P, Debtor-in-Possession and TerreStar License Inc., Debtor-in-Possession",
 "September 15, 2011\n\n"
 "DISH Network Corporation Files to Acquire Control of Licenses and Authorizations Held By New DBSD Satellite Services "
 "G.P, Debtor-in-Possession and TerreStar License Inc., Debtor-in- Possession\n\n"
 "IB Docket No. 11-150\n\n"
 "PLEADING CYCLE ESTABLISHED\n\n"
 "Petitions to Deny Due: October 17, 2011\n"
 "Oppositions Due: October 27, 2011\n"
 "Replies Due: November 3, 2011\n\n"
 "I. INTRODUCTION\n\n"
 "DISH Network Corporation (DISH) seeks approval to acquire control of the licenses for the U.S. operations of two "
 "satellite systems \u2013 TerreStar 1 and DBSD G1. The relevant licensees, both debtors in possession in connection "
 "with bankruptcy proceedings, are New DBSD Satellite Service G.P., Debtor-in- Possession (New DBSD DIP) and TerreStar "
 "License, Inc., Debtor-in-Possession (TSL DIP). The licensees both hold licenses for gateway earth stations, mobile "
 "earth terminals (METs), and an ancillary terrestrial component (ATC). The MET and ATC licenses are for operations in "
 "the 2 GHz band, and together authorize operations throughout the entire 40 MHz of spectrum available for mobile "
 "satellite service (MSS) operations in the 2 GHz band (2000-2020 MHz uplink and 2180-2200 MHz downlink). The DBSD "
 "transaction is described in applications filed on April 8, 2011 (collectively, the DBSD Consolidated Application), "
 "in which New DBSD DIP and DISH seek approval to transfer control of New DBSD DIP to DISH.",
 "telecoms/satellite", "deal,regulatory",
 "U.S. Federal Communications Commission, Public Notice DA 11-1557, September 15, 2011, 'DISH Network Corporation "
 "Files to Acquire Control of Licenses and Authorizations Held By New DBSD Satellite Services G.P, "
 "Debtor-in-Possession and TerreStar License Inc., Debtor-in-Possession; Pleading Cycle Established', IB Docket No. "
 "11-150, US federal government work (public domain); text as a docslib.org copy of the notice holds it, from the "
 "search tool's page store at " + U3,
 "docslib.org copy (search tool page store)",
 "The public notice of 15 September 2011 (DA 11-1557, IB Docket No. 11-150; the International Bureau's docket, the "
 "Bureau not named in the kept text) establishing the pleading cycle on DISH Network Corporation's applications to "
 "acquire control of the licences of New DBSD Satellite Services G.P. and TerreStar License Inc., both debtors in "
 "possession, as a docslib.org copy holds the notice's text (one run, the PDF's line-end hyphens kept with a space: "
 "'Debtor-in- Possession'); an FCC public notice is a US federal work, public domain (batch 15f; docslib copies as "
 "43u, 45zo, 46c and 46f). The fcc.report copy of the same notice (IBFS SES-AMD-20110822-00990) is an OCR rendering "
 "with misread characters ('445 1? St\"', 'fec.gov', '11\u20141557', 'L. INTRODUCTION') and not used. Left out: the "
 "docslib page's own lines (its title line 'PUBLIC NOTICE Federal Communications Commission Th News Media Information "
 "202 / 418-0500 445 12 St., S.W', 'Total Page:16', 'File Type:pdf, Size:1020Kb'); the letterhead ('PUBLIC NOTICE "
 "Federal Communications Commission th News Media Information 202 / 418-0500 445 12 St., S.W. Internet: "
 "http://www.fcc.gov Washington, D.C. 20554 TTY: 1-888-835-5322'); the DA number ('DA 11-1557'); the footnote marker "
 "'1' (after '... New DBSD DIP to DISH.'). Kept: the date line, the heading (as written, with 'G.P,' without its "
 "period and the second 'Debtor-in- Possession' with the copy's space), the docket line, 'PLEADING CYCLE "
 "ESTABLISHED', the three due-date lines, 'I. INTRODUCTION' and paragraph 1 to the end of its fifth sentence, each "
 "on its own line (whitespace only). Cut after '... transfer control of New DBSD DIP to DISH.', before 'The TerreStar "
 "transaction is described in applications filed on August 22, 2011 ...', whose sentence breaks off in the excerpt "
 "('... to Gamma (a w'); `truncated`. Kept as written: 'New DBSD Satellite Service G.P.' (body, singular) beside the "
 "heading's 'New DBSD Satellite Services G.P', 'TerreStar License, Inc.' (body) beside 'TerreStar License Inc.' "
 "(heading), 'Debtor-in- Possession' (twice with the space, once without), the en dash before 'TerreStar 1', 'METs', "
 "'(2000-2020 MHz uplink and 2180-2200 MHz downlink)'. The title joins the heading's 'Debtor-in- Possession' "
 "(whitespace only). In the lane (a named satellite-TV company to take control of a named bankrupt licensee, applied "
 "for: sector telecoms/satellite, 2011). One text per event: the International Bureau's later order DA 12-332 (fcc.report, an OCR rendering "
 "whose caption is garbled), the parties' applications and amendments (fcc.report, pdfkul: party filings), their "
 "consolidated opposition (docslib) and DISH's annual report page not used. Found with 'DISH Network DBSD North "
 "America transfer of control order International Bureau Wireless Telecommunications Bureau 2012' (rank 8). " + CHECK +
 "'DBSD', 'TerreStar 1', 'Gamma Acquisition', 'Pendrell', '11-1557', '11-150': in no corpus file, script, note or "
 "pool. 'TerreStar' is named in one test file (45zu's Motient/SkyTerra/Mobile Satellite Ventures notice of 2006: "
 "another matter) and 'DISH Network' in one train file (a Wikipedia page on Dish TV, an Indian company's page); file "
 "names only.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
