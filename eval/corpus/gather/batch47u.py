#!/usr/bin/env python3
"""Batch 47u (session 48, gatherer 47u): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a twenty-ninth round in the FCC transaction lane of batches 15f, 43n,
43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk, 45zo, 45zr, 45zu, 45zx,
46c, 46f, 46h, 46l, 46o, 47c, 47g, 47j, 47o and 47q, on matters no corpus file holds --
  - the public notice DA 03-421 of 11 February 2003 establishing the streamlined pleading cycle on the domestic
    section 214 application to transfer control of Birch Telecom, Inc. from its shareholders to Ionex
    Telecommunications, Inc. (WC Docket No. 03-39), the FCC's EDOCS plain text on docs.fcc.gov;
  - the public notice DA 05-1887 of 29 June 2005 establishing the streamlined pleading cycle on the domestic section
    214 application to transfer control of Empire One Telecommunications, Inc. to Fonix Corporation (WC Docket No.
    05-208), the FCC's EDOCS plain text on docs.fcc.gov;
  - the public notice DA 04-3665 of 19 November 2004 establishing the streamlined pleading cycle on the domestic
    section 214 application to transfer substantially all of the assets of GE Business Productivity Solutions, Inc. to
    Business Productivity Solutions, Inc., a newly formed subsidiary of Eschelon Telecom, Inc. (WC Docket No. 04-413),
    the FCC's EDOCS plain text on docs.fcc.gov;
  - the public notice DA 02-1532 of 28 June 2002 establishing the pleading cycle on the domestic section 214
    application of Telepacific Corp. d/b/a TelePacific Communications to transfer control of its domestic, interstate
    operations, no transferee named in the kept text (WC Docket No. 02-140), the FCC's EDOCS plain text on
    docs.fcc.gov (47q's lead).
Texts are the search tool's page-store excerpts (corpus `pages`). The renderings' page lines, the letterheads and
information lines, the DA numbers and the footnote markers are left out; each text is cut at the last full sentence
before the footnotes' text runs in or the excerpt breaks off. The 'Released' line, the heading, the pleading-cycle
line, the docket line and the date lines are each put on their own line and the body kept as the rendering's one run
(whitespace only). No word added or changed; the PDF renderings' spaces ('03- 39', '63.03( b)( 2)( i)', '(“ Ionex”)',
'U. S. local exchange') kept as written. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch47u.py [POOL_DIR] [--dry]   (default /tmp/gather48u/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48u/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a: the file "
         "holds bytes that make plain grep call it binary), every gather script, the notes under /work/notes and the "
         "session-48 pools /tmp/gather48*/pool (48a-48c, 48e-48r and an empty 48d at the last check, none on these "
         "matters): ")
PAGE = ("Left out: the rendering's page line ('*Pages 1--4 from Microsoft Word - %s*'); the letterhead ('PUBLIC NOTICE "
        "Federal Communications Commission 445 12 th Street, S. W. Washington, D. C. 20554'), the information line "
        "('News Media Information 202 / 418- 0500 Fax- On- Demand 202 / 418- 2830 TTY 202 / 418- 2555 Internet: "
        "http:// www. fcc. gov ftp. fcc. gov') and the DA number ('%s'); ")
R = []

# ---- Birch Telecom, Inc.: its shareholders -> Ionex Telecommunications, Inc., DA 03-421, 2003 -------------------------
U1 = "https://docs.fcc.gov/public/attachments/DA-03-421A1.txt"
R.append(federal(
 "us-fcc-birch-telecom-ionex-telecommunications-domestic-section-214-transfer-of-control-pleading-cycle-public-"
 "notice-2003",
 U1, "2003-02-11",
 "Domestic Section 214 Application Filed for Transfer of Control of Birch Telecom, Inc. to Ionex Telecommunications, "
 "Inc.",
 "Released: February 11, 2003\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR TRANSFER OF CONTROL OF BIRCH TELECOM, INC. TO IONEX "
 "TELECOMMUNICATIONS, INC.\n\n"
 "STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 03- 39\n\n"
 "On February 4, 2003, Ionex Telecommunications, Inc. (\u201c Ionex\u201d) and Birch Telecom, Inc. (\u201c "
 "Birch\u201d) and its shareholders (collectively, the \u201cApplicants\u201d), filed an application, pursuant to "
 "section 63.04 of the Commission\u2019s rules, for consent to the transfer of control of Birch, and its operating "
 "subsidiaries holding blanket section 214 authorizations to provide domestic telecommunications service, from the "
 "existing shareholders of Birch to Ionex. Applicants assert that this transaction is entitled to presumptive "
 "streamlined treatment pursuant to section 63.03( b)( 2)( i) of the Commission\u2019s rules because (1) the "
 "proposed transaction will result in Ionex having a market share in the interstate, interexchange market of less "
 "than 10 percent; (2) Ionex will provide competitive telephone exchange services or exchange access services (if "
 "at all) exclusively in geographic areas served by a dominant LEC that is not a party to the transaction; and (3) "
 "neither Birch nor Ionex is dominant with respect to any service.",
 "telecoms/wireline carrier", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau, Public Notice DA 03-421, released February "
 "11, 2003, 'Domestic Section 214 Application Filed for Transfer of Control of Birch Telecom, Inc. to Ionex "
 "Telecommunications, Inc.; Streamlined Pleading Cycle Established', WC Docket No. 03-39, US federal government "
 "work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store "
 "at " + U1,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 11 February 2003 (DA 03-421, WC Docket No. 03-39) establishing the streamlined pleading cycle "
 "on the domestic section 214 application of Ionex Telecommunications, Inc. and Birch Telecom, Inc. and its "
 "shareholders to transfer control of Birch and its operating subsidiaries from Birch's existing shareholders to "
 "Ionex, as the FCC's own plain-text attachment DA-03-421A1.txt holds it (one run of text, a PDF rendering with "
 "spaces after hyphens, '(' and opening quotation marks, as 47q's DA 06-1225 and DA 02-2068); an FCC public notice "
 "is a US federal work, public domain (batch 15f). The issuing bureau is not named in the kept text (a WC docket; "
 "the attribution names the Wireline Competition Bureau). " + PAGE % ("25009.doc", "DA 03- 421") +
 "the footnote markers ' 1' (after 'of the Commission\u2019s rules,') and ' 2' (after 'of Birch to Ionex.'). Kept: "
 "the 'Released' line, the upper-case heading, 'STREAMLINED PLEADING CYCLE ESTABLISHED', the docket line, each on "
 "its own line (whitespace only; the rendering gives no comment-date lines, as DA 02-2068), and the body's first "
 "two sentences as one paragraph (the rendering's one run). Cut after '... neither Birch nor Ionex is dominant with "
 "respect to any service.', before the sentence the excerpt breaks off inside ('In addition to holding their "
 "respective section 214 authorizations ..., Birch\u2019s operating subsidiaries collectively are authorized to "
 "provide ... intrastate telecommunications services in the following states: Texas, Illinois, ... South Carolina, "
 "and'); `truncated`. Kept as written (the rendering's spaces): '(\u201c Ionex\u201d)' and '(\u201c Birch\u201d)' "
 "with a space after the opening mark, 'WC Docket No. 03- 39', 'section 63.03( b)( 2)( i)', '(collectively, the "
 "\u201cApplicants\u201d), filed' with its comma, 'a dominant LEC', 'Commission\u2019s' with its curly apostrophe. "
 "In the lane (a named competitive carrier to pass from its shareholders to a named buyer, applied for: sector "
 "telecoms/wireline carrier, 2003). One text per event: no grant or other paper of this transfer came back. Birch's "
 "later asset purchases (Covista DA 13-242, 2013; Astro Tel DA 12-275, 2012: Birch Communications, Inc. as the "
 "buyer of assets, other matters) not used. Found with 'Birch Telecom Ionex transfer of control domestic section "
 "214 public notice pleading cycle' (rank 1). " + CHECK +
 "'Ionex', '03-421', '03- 421', '03-39', '03- 39': in no corpus file, GATHERING.md line, script, note or pool; "
 "'Birch' only in the search query recorded in 44o's EarthLink/ITC^DeltaCom file (train), script and GATHERING.md "
 "lines (no Birch company annotated there).",
 True))

# ---- Empire One Telecommunications, Inc. -> Fonix Corporation, DA 05-1887, 2005 ---------------------------------------
U2 = "https://docs.fcc.gov/public/attachments/DA-05-1887A1.txt"
R.append(federal(
 "us-fcc-empire-one-telecommunications-fonix-domestic-section-214-transfer-of-control-pleading-cycle-public-"
 "notice-2005",
 U2, "2005-06-29",
 "Domestic Section 214 Application Filed for Transfer of Control of Empire One Telecommunications to Fonix "
 "Corporation",
 "Released: June 29, 2005\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR TRANSFER OF CONTROL OF EMPIRE ONE TELECOMMUNICATIONS TO FONIX "
 "CORPORATION\n\n"
 "STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 05- 208\n\n"
 "Comments Due: July 13, 2005\n"
 "Reply Comments Due: July 20, 2005\n\n"
 "On May 26, 2005, Empire One Telecommunications, Inc. (\u201c EOT\u201d) and Fonix Corporation (\u201c "
 "Fonix\u201d) (collectively the \u201cApplicants\u201d), pursuant to sections 63.03 and 63.04 of the "
 "Commission\u2019s rules, filed an application requesting authority to transfer control of EOT to Fonix. "
 "Applicants assert that this transaction is entitled to presumptive streamlined treatment pursuant to section "
 "63.03( b)( 2)( i) of the Commission\u2019s rules because, immediately following the transactions: (1) Applicants "
 "and their affiliates combined will hold less than a ten percent (10%) share of the interstate, interexchange "
 "market; (2) to the extent that the Applicants or their affiliates provide U. S. local exchange or exchange access "
 "services, those services will be provided only in geographic areas served by a dominant local exchange carrier "
 "that is not a party to the proposed transaction; and (3) none of the Applicants or their affiliates is dominant "
 "with respect to any U. S. domestic telecommunications service. EOT, a Delaware corporation, is a provider of "
 "interexchange and local telecommunications services in California, Colorado, Massachusetts, Michigan, New Jersey, "
 "New York, Pennsylvania and Texas.",
 "telecoms/wireline carrier", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau, Public Notice DA 05-1887, released June 29, "
 "2005, 'Domestic Section 214 Application Filed for Transfer of Control of Empire One Telecommunications to Fonix "
 "Corporation; Streamlined Pleading Cycle Established', WC Docket No. 05-208, US federal government work (public "
 "domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U2,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 29 June 2005 (DA 05-1887, WC Docket No. 05-208) establishing the streamlined pleading cycle "
 "on the domestic section 214 application of Empire One Telecommunications, Inc. and Fonix Corporation to transfer "
 "control of Empire One to Fonix, as the FCC's own plain-text attachment DA-05-1887A1.txt holds it (one run of "
 "text, a PDF rendering with spaces after hyphens, '(' and opening quotation marks); an FCC public notice is a US "
 "federal work, public domain (batch 15f). The issuing bureau is not named in the kept text (a WC docket; the "
 "attribution names the Wireline Competition Bureau). " + PAGE % ("49849.doc", "DA 05- 1887") +
 "the footnote markers ' 1' (after 'of the Commission\u2019s rules,'), ' 2' (after 'transfer control of EOT to "
 "Fonix.') and ' 3' (after 'any U. S. domestic telecommunications service.'). Kept: the 'Released' line, the "
 "upper-case heading, 'STREAMLINED PLEADING CYCLE ESTABLISHED', the docket line, the two date lines, each on its "
 "own line (whitespace only), and the body's first three sentences as one paragraph (the rendering's one run). Cut "
 "after '... New York, Pennsylvania and Texas.', before the sentence the footnotes' text breaks ('The following "
 "entities hold 10% or greater interests in 1 47 C. F. R. \u00a7\u00a7 63.03, 63.04; ...'); `truncated`. Kept as "
 "written (the rendering's spaces): '(\u201c EOT\u201d)' and '(\u201c Fonix\u201d)' with a space after the "
 "opening mark, 'WC Docket No. 05- 208', 'section 63.03( b)( 2)( i)', 'U. S. local exchange' and 'U. S. domestic', "
 "'(collectively the \u201cApplicants\u201d)' without a comma, 'the transactions' in the plural, 'Pennsylvania and "
 "Texas' without a serial comma, 'Commission\u2019s' with its curly apostrophe; the heading's 'EMPIRE ONE "
 "TELECOMMUNICATIONS' without 'INC.'. In the lane (a named competitive carrier to pass to a named buyer, applied "
 "for: sector telecoms/wireline carrier, 2005). One text per event: no grant or other paper of this transfer came "
 "back. Found with 'Birch Telecom Ionex transfer of control domestic section 214 public notice pleading cycle' (rank "
 "4, beside DA 03-421). " + CHECK +
 "'Empire One', 'Fonix', '05-1887', '05- 1887', '05-208', '05- 208': in no corpus file, GATHERING.md line, script, "
 "note or pool; 'EOT' as a word only in an SEC file's notes (test: the UNT 'End of Term' archive's abbreviation).",
 True))

# ---- GE Business Productivity Solutions, Inc. -> Business Productivity Solutions, Inc. (assets), DA 04-3665, 2004 ----
U3 = "https://docs.fcc.gov/public/attachments/DA-04-3665A1.txt"
R.append(federal(
 "us-fcc-ge-business-productivity-solutions-eschelon-domestic-section-214-acquisition-of-assets-pleading-cycle-"
 "public-notice-2004",
 U3, "2004-11-19",
 "Domestic Section 214 Application Filed for Acquisition of Assets of GE Business Productivity Solutions, Inc. by "
 "Business Productivity Solutions, Inc.",
 "Released: November 19, 2004\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR ACQUISITION OF ASSETS OF GE BUSINESS PRODUCTIVITY SOLUTIONS, INC. BY "
 "BUSINESS PRODUCTIVITY SOLUTIONS, INC.\n\n"
 "STREAMLINED PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 04- 413\n\n"
 "Comments Due: December 3, 2004\n"
 "Reply Comments Due: December 10, 2004\n\n"
 "On November 5, 2004, GE Business Productivity Solutions, Inc. (GEBPS) and Business Productivity Solutions, Inc. "
 "(BPS) (together, \u201cApplicants\u201d) filed an application, pursuant to sections 63.03 and 63.04 of the "
 "Commission\u2019s rules, requesting consent to transfer substantially all of the assets of GEBPS, including the "
 "GEBPS customer base, to BPS, a newly formed subsidiary of Eschelon Telecom, Inc. (ETI). Applicants assert that "
 "this transaction is entitled to presumptive streamlined treatment pursuant to section 63.03( b)( 2)( i) of the "
 "Commission\u2019s rules because the proposed transaction would result in the transferee having a market share in "
 "the interstate, interexchange market of less than 10 percent; the transferee would provide competitive telephone "
 "exchange services or exchange access services exclusively in geographic areas served by a dominant local exchange "
 "carrier that is not a party to the transaction; and neither of the applicants is dominant with respect to any "
 "service. GEBPS, a Georgia corporation, is a direct, wholly owned subsidiary of General Electric Capital "
 "Corporation (GECC). GECC is a direct, wholly owned subsidiary of General Electric Capital Services, Inc. (GECS). "
 "GECS is a direct, wholly owned subsidiary of the ultimate parent corporation, General Electric Company.",
 "telecoms/wireline carrier", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau, Public Notice DA 04-3665, released November "
 "19, 2004, 'Domestic Section 214 Application Filed for Acquisition of Assets of GE Business Productivity "
 "Solutions, Inc. by Business Productivity Solutions, Inc.; Streamlined Pleading Cycle Established', WC Docket No. "
 "04-413, US federal government work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from "
 "the search tool's page store at " + U3,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 19 November 2004 (DA 04-3665, WC Docket No. 04-413) establishing the streamlined pleading "
 "cycle on the domestic section 214 application of GE Business Productivity Solutions, Inc. and Business "
 "Productivity Solutions, Inc. to transfer substantially all of GEBPS's assets, its customer base included, to BPS, "
 "a newly formed subsidiary of Eschelon Telecom, Inc., as the FCC's own plain-text attachment DA-04-3665A1.txt holds "
 "it (one run of text, a PDF rendering with spaces after hyphens and '('); an FCC public notice is a US federal "
 "work, public domain (batch 15f). The issuing bureau is not named in the kept text (a WC docket; the attribution "
 "names the Wireline Competition Bureau). "
 + PAGE % ("44060.doc", "DA 04- 3665") +
 "the footnote markers ' 1' (after 'of the Commission\u2019s rules,'), ' 2' (after 'Eschelon Telecom, Inc. "
 "(ETI).') and ' 3' (after 'with respect to any service.'). Kept: the 'Released' line, the upper-case heading, "
 "'STREAMLINED PLEADING CYCLE ESTABLISHED', the docket line, the two date lines, each on its own line (whitespace "
 "only), and the body's first five sentences as one paragraph (the rendering's one run). Cut after '... the "
 "ultimate parent corporation, General Electric Company.', before the sentence the footnotes' text breaks ('GEBPS "
 "provides long distance services on a resale basis to both residential and 1 47 ...'); `truncated`. Kept as "
 "written (the rendering's spaces): 'WC Docket No. 04- 413', 'section 63.03( b)( 2)( i)', '(GEBPS)', '(BPS)', "
 "'(ETI)', '(GECC)', '(GECS)' without quotation marks, '(together, \u201cApplicants\u201d)', 'a direct, wholly "
 "owned subsidiary' without a hyphen, 'Commission\u2019s' with its curly apostrophe. In the lane (a named carrier's "
 "assets to pass to a named buyer, the buyer's and seller's parents told: sector telecoms/wireline carrier, 2004); "
 "what passes is assets (nothing, GUIDELINES), the text's relations are four parent links. One text per event: no "
 "grant or other paper of this sale came back. Eschelon's later sale to Integra (2007; only state-commission papers "
 "came back to 45zo) is another matter. Found with 'Eschelon Advanced TelCom Group transfer of control public notice "
 "pleading cycle' (rank 4). " + CHECK +
 "'GE Business Productivity', 'Business Productivity Solutions', 'GEBPS', 'General Electric Capital', '04-3665', "
 "'04- 3665', '04-413', '04- 413': in no corpus file, GATHERING.md line, script, note or pool; 'Eschelon' only in "
 "GATHERING.md lines and a session-46 note (45zo's search query and its not-used line on Eschelon/Integra); "
 "'General Electric' alone in files on other matters (a 2003 DOJ release on General Electric and Instrumentarium, "
 "dev; a biography, train).",
 True))

# ---- Telepacific Corp. d/b/a TelePacific Communications, transfer of control (no buyer named), DA 02-1532, 2002 ------
U4 = "https://docs.fcc.gov/public/attachments/DA-02-1532A1.txt"
R.append(federal(
 "us-fcc-telepacific-domestic-section-214-transfer-of-control-pleading-cycle-public-notice-2002",
 U4, "2002-06-28",
 "Domestic Section 214 Application Filed for Consent to Transfer Control of U.S. TelePacific Corporation",
 "Released: June 28, 2002\n\n"
 "DOMESTIC SECTION 214 APPLICATION FILED FOR CONSENT TO TRANSFER CONTROL OF U. S. TELEPACIFIC CORPORATION\n\n"
 "PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 02- 140\n\n"
 "On May 10, 2002, Telepacific Corp. d/ b/ a TelePacific Communications (\u201c TelePacific\u201d or the "
 "\u201cApplicant\u201d) filed an application pursuant to section 214 of the Communications Act of 1934, as "
 "amended, 47 U. S. C. \u00a7 214, and section 63.01 of the Commission\u2019s rules, 47 C. F. R. \u00a7 63.01, for "
 "authorization to transfer control of the domestic, interstate operations of TelePacific. TelePacific is a "
 "California corporation that provides competitive local exchange and long distance services, international "
 "services, high- speed Internet access, web hosting and unified messaging to consumers in California and Nevada. "
 "TelePacific began operations in 1998 and primarily focuses on offering its range of communications services to "
 "small- and medium- sized business customers. TelePacific operates in Los Angeles, Orange County, San Diego, San "
 "Francisco, San Jose, and Las Vegas. TelePacific is a wholly owned subsidiary of U. S. TelePacific Holdings Corp. "
 "(\u201c Holdings\u201d), a Delaware corporation. SIPCO Limited (\u201c SIPCO\u201d), a corporation organized "
 "under the laws of the Cayman Islands, is a holding company that operates for the benefit of the management of "
 "Investcorp SA (\u201c Investcorp\u201d) and its various subsidiaries and affiliates. Investcorp is organized under "
 "the laws of Luxembourg and is engaged in the business of investing and investment banking.",
 "telecoms/wireline carrier", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau, Public Notice DA 02-1532, released June 28, "
 "2002, 'Domestic Section 214 Application Filed for Consent to Transfer Control of U.S. TelePacific Corporation; "
 "Pleading Cycle Established', WC Docket No. 02-140, US federal government work (public domain); text as the FCC's "
 "EDOCS plain-text attachment holds it, from the search tool's page store at " + U4,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 28 June 2002 (DA 02-1532, WC Docket No. 02-140) establishing the pleading cycle on "
 "TelePacific's domestic section 214 application 'for authorization to transfer control of the domestic, interstate "
 "operations of TelePacific', as the FCC's own plain-text attachment DA-02-1532A1.txt holds it (one run of text, a "
 "PDF rendering with spaces after hyphens, slashes and opening quotation marks); an FCC public notice is a US "
 "federal work, public domain (batch 15f). The lead 47q left ('check for a named buyer'): the kept text names none "
 "-- the excerpt breaks off inside the ownership account before any transferee is told. The issuing bureau is not "
 "named in the kept text (a WC docket; the attribution names the Wireline Competition Bureau). "
 + PAGE % ("19282.doc", "DA 02- 1532") +
 "no footnote marker falls in the kept text (the rendering cites the Act and the rule inline). Kept: the 'Released' "
 "line, the upper-case heading, 'PLEADING CYCLE ESTABLISHED' (no 'STREAMLINED' here), the docket line, each on its "
 "own line (whitespace only; the rendering gives no comment-date lines before the body), and the body's first eight "
 "sentences as one paragraph (the rendering's one run). Cut after '... engaged in the business of investing and "
 "investment banking.', before the sentence the excerpt breaks off inside ('SIPCO may be deemed to control "
 "Investcorp through its ownership of a majority of the stock of a company that indirectly owns a majority of "
 "Investcorp\u2019s outstanding s'); `truncated`. Kept as written (the rendering's spaces): 'd/ b/ a', '(\u201c "
 "TelePacific\u201d or the \u201cApplicant\u201d)', '(\u201c Holdings\u201d)', '(\u201c SIPCO\u201d)', '(\u201c "
 "Investcorp\u201d)' with a space after the opening mark, '47 U. S. C. \u00a7 214', '47 C. F. R. \u00a7 63.01', "
 "'WC Docket No. 02- 140', 'high- speed', 'small- and medium- sized', 'U. S. TelePacific Holdings Corp.'; the "
 "heading's 'U. S. TELEPACIFIC CORPORATION' beside the body's 'Telepacific Corp.' (lower-case 'p') as written. In "
 "the lane (a named competitive carrier's control to pass, its named parent and the named holding company around "
 "it told: sector telecoms/wireline carrier, 2002); no buyer is named, so the text's relation is TelePacific's "
 "parent. Another matter from the corpus's Mpower notice DA 06-1225 (dev, 47q: U. S. TelePacific Holdings Corp. as "
 "the 2006 buyer of Mpower), which shares only the Holdings name. One text per event: no grant or other paper of "
 "this transfer came back. Found with 'TelePacific transfer of control public notice pleading cycle 2002' (rank 1). "
 + CHECK +
 "'Telepacific Corp', 'SIPCO', 'Investcorp', '02-140', '02- 140': in no corpus file, script or pool; '02-1532', "
 "'SIPCO' and 'Investcorp' only in 47q's not-used line (GATHERING.md, its script and note: this notice as a lead); "
 "'TelePacific' in 47q's Mpower file (dev, another matter).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
