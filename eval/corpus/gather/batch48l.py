#!/usr/bin/env python3
"""Batch 48l (session 49, gatherer 48l): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a thirty-fifth round in the FCC transaction lane of batches 15f, 43n,
43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk, 45zo, 45zr, 45zu, 45zx,
46c, 46f, 46h, 46l, 46o, 47c, 47g, 47j, 47o, 47q, 47u, 47x, 47za, 48c, 48e and 48h, on two matters no corpus file
holds, both from a part of the FCC's record the lane had not drawn on: Enforcement Bureau and Commission notices of
apparent liability for transfers of control made without the Commission's prior approval --
  - the Enforcement Bureau's notice of apparent liability for forfeiture DA 11-1183 of 15 July 2011 against eight
    wholly-owned subsidiaries of Associated Telecommunications Management Services, LLC (ATMS) for eight domestic
    section 214 transfers of control consummated before approval (File No. EB-10-IH-4133), the FCC's EDOCS plain
    text on docs.fcc.gov;
  - the Commission's notice of apparent liability for forfeiture FCC 22-30 of 21 April 2022 against Truphone, Inc.,
    the controlling parent of iSmart Mobile, LLC, for exceeding the foreign-ownership limits and misreporting its
    ownership structure (File No. EB-IHD-20-00031626), the FCC's EDOCS plain text on docs.fcc.gov.
Texts are the search tool's page-store excerpts (corpus `pages`). Left out as batch 33b did for the Bureau's orders:
the header and caption block (case name, file, account and FRN numbers, the bracket column; the party and document
kind kept in `title`), the 'Adopted: ... Released: ...' line (the release date kept as `published`), the 'By the ...'
line, the section heading 'I. INTRODUCTION', the paragraph number '1.', the footnote markers, and the footnote texts
and page header the plain-text renderings run into the body (2011: in the middle of a sentence, between 'SCTxLink'
and 'Acquisition Group, LLC'). Each text is cut at the last full sentence before its excerpt breaks off or runs into
footnote text. No word added or changed. Per-item notes in `notes`. Written before any extractor ran on the texts
(newskg was not run on them).
usage: batch48l.py [POOL_DIR] [--dry]   (default /tmp/gather49l/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather49l/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a: the file "
         "holds bytes that make plain grep call it binary), every gather script, the notes under /work/notes and the "
         "session-49 pools /tmp/gather49*/pool (49a to 49i at the last check, none on this matter): ")
R = []

# ---- Associated Telecommunications Management Services, LLC and eight subsidiaries, DA 11-1183, 15 July 2011 ---------
U1 = "https://docs.fcc.gov/public/attachments/DA-11-1183A1.txt"
R.append(federal(
 "us-fcc-associated-telecommunications-management-services-subsidiaries-unauthorized-transfer-of-control-notice-of-"
 "apparent-liability-2011",
 U1, "2011-07-15",
 "Associated Telecommunications Management Services, LLC, Notice of Apparent Liability for Forfeiture (DA 11-1183)",
 "In this Notice of Apparent Liability for Forfeiture (\u201cNAL\u201d), we find that various subsidiaries of "
 "Associated Telecommunications Management Services, LLC (\u201cATMS\u201d) apparently violated section 214(a) of "
 "the Communications Act of 1934, as amended (\u201cAct\u201d), and sections 63.03 and 63.04 of the Commission\u2019s "
 "Rules (\u201cRules\u201d) by willfully consummating eight separate transactions, each involving the substantial "
 "transfer of control of a domestic section 214 authorization, before they obtained Commission approval. ATMS is "
 "the parent of eight wholly-owned subsidiaries \u2013 BLC Acquisition Group, LLC; Bellerud Acquisition Group, LLC; "
 "DialTone & More Acquisition Group, LLC; Ganoco Acquisition Group, LLC; Lifeconnex Acquisition Group, LLC; Ren-Tel "
 "Acquisition Group, LLC; SCTxLink Acquisition Group, LLC and Triarch Acquisition Group, LLC (collectively, "
 "\u201cATMS Subsidiaries\u201d) \u2013 that consummated eight separate unauthorized domestic section 214 transfers "
 "of control.",
 "telecoms/wireline carrier", "regulatory,ownership",
 "U.S. Federal Communications Commission, Enforcement Bureau, Notice of Apparent Liability for Forfeiture DA 11-1183, "
 "'In the Matter of Associated Telecommunications Management Services, LLC, BLC Acquisition Group, LLC, Bellerud "
 "Acquisition Group, LLC, Ganoco Acquisition Group, LLC, Lifeconnex Acquisition Group, LLC, Triarch Acquisition "
 "Group, LLC, SCTxLink Acquisition Group, LLC, DialTone & More Acquisition Group, LLC, Ren-Tel Acquisition Group, "
 "LLC; Apparent Liability for Forfeiture', File No. EB-10-IH-4133, adopted and released July 15, 2011, US federal "
 "government work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's "
 "page store at " + U1,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The Enforcement Bureau's notice of apparent liability for forfeiture of 15 July 2011 (DA 11-1183, File No. "
 "EB-10-IH-4133, NAL/Acct. No. 201132080030) finding that eight wholly-owned subsidiaries of Associated "
 "Telecommunications Management Services, LLC apparently consummated eight domestic section 214 transfers of "
 "control without the Commission's prior approval, as the FCC's own plain-text attachment DA-11-1183A1.txt holds it "
 "(one run of text, each page's footnotes and the next page's header run into the body); an FCC notice of apparent "
 "liability is a US federal work, public domain (batches 15f, 33b). Left out: the header and caption ('Federal "
 "Communications Commission DA 11-1183 Before the Federal Communications Commission Washington, D.C. 20554 In the "
 "Matter of Associated Telecommunications Management Services, LLC BLC Acquisition Group, LLC ... Ren-Tel "
 "Acquisition Group, LLC Apparent Liability for Forfeiture ) ) ... File No. EB-10-IH-4133 NAL/Acct. No. "
 "201132080030 FRN No. 0019354513 ... FRN No. 0019418474 NOTICE OF APPARENT LIABILITY FOR FORFEITURE'; the party "
 "and document kind kept in `title`), 'Adopted: July 15, 2011 Released: July 15, 2011' (`published`), 'By the "
 "Chief, Enforcement Bureau:', 'I. INTRODUCTION', the paragraph number '1.', the footnote markers '1' (after "
 "'(\u201cAct\u201d),'), '2' (after '(\u201cRules\u201d)') and '3' (after '\u201cATMS Subsidiaries\u201d'), and the "
 "first page's footnote text with the second page's header, run in mid-sentence between 'SCTxLink' and 'Acquisition "
 "Group, LLC' ('1 47 U.S.C. \u00a7 214(a). 2 47 C.F.R. \u00a7\u00a7 63.03, 63.04. Federal Communications "
 "Commission DA 11-1183 2'), as 33b left the renderings' run-in footnotes out. Cut after '... eight separate "
 "unauthorized domestic section 214 transfers of control.', before 'Based on our review of the u', where the excerpt "
 "breaks off (`truncated`); the eight acquired carriers are named beyond the excerpt. Kept as written: the curly "
 "quotation marks, the en dashes '\u2013' around the list, 'wholly-owned', the semicolons of the list and 'LLC and "
 "Triarch' with no semicolon, 'Commission\u2019s Rules' with its capital, 'willfully'. In the lane (named "
 "subsidiaries of a named parent that took control of carriers, told by the FCC; sector telecoms/wireline carrier, "
 "2011). One text per event: the Bureau's forfeiture order DA 14-1642 of 1 December 2014 on the same matter "
 "(docs.fcc.gov, it came back beside this notice) not used. Found with 'AccessLine Communications Corporation "
 "Telanetix consent decree unauthorized transfer of control Enforcement Bureau order 2013' (rank 3), a query on "
 "a consent decree the first query of this kind brought back. " + CHECK +
 "'Associated Telecommunications Management', 'Lifeconnex', 'Bellerud', 'Ganoco', 'SCTxLink', 'Ren-Tel', 'DialTone & "
 "More', '11-1183', '14-1642', 'EB-10-IH-4133': in no corpus file, GATHERING.md line, script, note or pool; 'ATMS' "
 "and 'Triarch' match only as other words or other names (case-insensitive hits on 'ATMs' and an unrelated "
 "'Triarch').",
 True))

# ---- Truphone, Inc. / iSmart Mobile, LLC, FCC 22-30, 21 April 2022 ----------------------------------------------------
U2 = "https://docs.fcc.gov/public/attachments/FCC-22-30A1.txt"
R.append(federal(
 "us-fcc-truphone-ismart-mobile-foreign-ownership-unauthorized-transfer-of-control-notice-of-apparent-liability-2022",
 U2, "2022-04-21",
 "Truphone, Inc., Notice of Apparent Liability for Forfeiture (FCC 22-30)",
 "In this Notice of Apparent Liability for Forfeiture (NAL), we find that Truphone, Inc. (Truphone or Company), the "
 "controlling parent of iSmart Mobile, LLC, (iSmart) apparently violated section 310(b)(4) of the Communications Act "
 "of 1934, as amended (Act), by willfully or repeatedly failing to obtain Commission approval prior to exceeding the "
 "Act\u2019s statutory ownership limits on foreign individuals and/or entities holding equity and/or voting "
 "interests in the U.S. controlling parent of a U.S. common carrier radio station licensee. In addition, we find "
 "that Truphone also apparently violated sections 214 and 310(d) of the Act and sections 1.948 and 63.24 of the "
 "Federal Communications Commission\u2019s (Commission or FCC) rules by filing applications in 2011 in which "
 "Truphone misreported its ownership structure. Upon referral from the Commission\u2019s International Bureau, the "
 "Commission\u2019s Enforcement Bureau issued a letter of inquiry (LOI), initiating an investigation into whether "
 "Truphone may have violated section 310(b)(4) of the Act and the Commission\u2019s rules pertaining to the "
 "statutory limits on ownership by foreign individuals and/or entities in U.S.-organized entities that control "
 "common carrier radio station licensees by transferring control of these licensees to new foreign entities "
 "without seeking the requisite prior Commission approval.",
 "telecoms/wireless", "regulatory,ownership",
 "U.S. Federal Communications Commission, Notice of Apparent Liability for Forfeiture FCC 22-30, 'In the Matter of "
 "Truphone, Inc.', File No. EB-IHD-20-00031626, adopted and released April 21, 2022, US federal government work "
 "(public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U2,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The Commission's notice of apparent liability for forfeiture of 21 April 2022 (FCC 22-30, File No. "
 "EB-IHD-20-00031626, NAL/Acct. No. 202232080009) finding that Truphone, Inc., the controlling parent of iSmart "
 "Mobile, LLC, apparently exceeded the foreign-ownership limits of section 310(b)(4) without approval and misreported "
 "its ownership structure in applications of 2011, as the FCC's own plain-text attachment FCC-22-30A1.txt holds it "
 "(one run of text, each footnote's text run into the body where its marker stood, as 48h's DA 21-849); an FCC "
 "notice of apparent liability is a US federal work, public domain (batches 15f, 33b). Left out: the header and "
 "caption ('Federal Communications Commission FCC 22-30 Before the FEDERAL COMMUNICATIONS COMMISSION WASHINGTON, D.C. "
 "20554 In the Matter of Truphone, Inc. ) ) ) ) ) ) ) ) ) File No.: EB-IHD-20-00031626 NAL/Acct. No.: "
 "202232080009 FRN: 0018261735 NOTICE OF APPARENT LIABILITY FOR FORFEITURE'; party and document kind kept in "
 "`title`), 'Adopted: April 21, 2022 Released: April 21, 2022' (`published`), 'By the Commission: Chairwoman "
 "Rosenworcel and Commissioner Starks issuing separate statements' (the 'By the ...' line, as 33b; so no Person in "
 "the kept text), 'I. INTRODUCTION', the paragraph number '1.', and the run-in footnote texts '47 U.S.C. \u00a7 "
 "310(b)(4).' (after '(Act),') and '47 U.S.C. \u00a7\u00a7 214, 310(d); 47 CFR \u00a7\u00a7 1.948, 63.24.' (after "
 "'(Commission or FCC) rules'). Cut after '... without seeking the requisite prior Commission approval.', before the "
 "third footnote's text run in there ('LOI from Jeffrey J. Gee, Chief, Investigations and Hearings Division, FCC "
 "Enforcement Bureau, to Ralph Steffens, Ch'), where the excerpt breaks off (`truncated`). Kept as written: 'iSmart "
 "Mobile, LLC, (iSmart)' with its comma before the parenthesis, 'and/or' (four times), 'U.S.' and 'U.S.-organized', "
 "'Act\u2019s' and 'Commission\u2019s' with their curly apostrophes, 'willfully'. In the lane (a named carrier's "
 "named controlling parent, and control of licensees passed without approval, told by the FCC; sector "
 "telecoms/wireless: 'common carrier radio station licensee', 2022). One text per event: the Enforcement Bureau's "
 "consent-decree order DA 22-1072 of 20 October 2022 on the same investigation (docs.fcc.gov), the Chairwoman's "
 "statement FCC-22-30A2 and news on the case (telecomtv, insidetowers, telecoms.com, lawstreetmedia, tradelawdaily: "
 "not open-licensed) not used. Found with 'Enforcement Bureau consent decree unauthorized transfer of control domestic "
 "section 214 authorization acquired all of the stock without prior Commission approval' (rank 5) and 'Truphone Inc "
 "controlling parent of iSmart Mobile LLC notice of apparent liability foreign ownership section 310(b)(4)' (rank "
 "1). " + CHECK +
 "'Truphone', 'iSmart', '22-30' (as a DA or FCC number), '22-1072', 'EB-IHD-20-00031626': in no corpus file, "
 "GATHERING.md line, script, note or pool.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
