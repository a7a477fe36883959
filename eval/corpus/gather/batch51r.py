#!/usr/bin/env python3
"""Batch 51r (session 52, gatherer 51r): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a forty-fifth round in the FCC transaction lane of batches 15f, 43n-49f,
49j, 49m, 50c, 50f, 50i, 51e and 51j (50l a null round), on three broadcast-licence matters of 1967, 2004 and 2019 no
corpus file holds --
  - the Commission's decision of 22 December 1967 (11 F.C.C.2d 246) granting the transfer of control of Van Curler
    Broadcasting Corp., licensee of WAST (TV), Albany, N.Y., from Stanley Warner Corp. to Glen Alden Corp., with
    Commissioner Bartley's statement and the opening of Commissioner Cox's concurring statement (nicholasjohnson.org's
    copy of the FCC Reports text);
  - the Commission's Memorandum Opinion and Order FCC 04-60 (adopted 17 March, released 21 April 2004) on Apex
    Broadcasting, L.L.C.'s applications for review concerning High I-Q Radio, Inc., former licensee of KOLI(FM),
    Electra, Texas, and the assignment of the station to Cumulus Licensing Corporation (a docslib.org copy);
  - the Media Bureau's public notice DA 19-275 of 10 April 2019 setting the pleading cycle for the applications to
    transfer control of NBI Holdings, LLC and Cox Enterprises, Inc. companies to Terrier Media Buyer, Inc. (a
    docslib.org copy).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the pages' own lines (docslib's 'Total
Page:16', 'File Type:pdf, Size:1020Kb' and repeated title line; nicholasjohnson.org's 'Back to Index'), letterheads
and headers, captions (kept as `title`), file, docket-reporter and page-marker lines ('11 F.C.C.2d 246', '[*246]'),
the copy's field labels ('ACTION:', 'APPLICATION', 'JUDGES:' with its repeat of the opening clause, 'OPINION:',
'CONCURBY: BARTLEY; COX', 'CONCUR:'), paragraph numbers, every footnote marker; each text is cut at the last full
sentence before the excerpt breaks off. Kept: the order's name, date or release line and 'By the ...' line, or the
notice's DA and release line, heading, docket and due-date lines, each on its own line, then the body's sentences,
the pages' line breaks and runs of spaces joined (whitespace only). No word added or changed. Per-item notes in
`notes`. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51r.py [POOL_DIR] [--dry]   (default /tmp/gather52r/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52r/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-52 pools /tmp/gather52*/pool (52a-52u at the "
         "last check, none on these matters): ")
R = []

# ---- Van Curler Broadcasting Corp. (WAST (TV)): Stanley Warner Corp. -> Glen Alden Corp., 11 F.C.C.2d 246, 1967 ----
U1 = "https://nicholasjohnson.org/FCCOps/1968/11F2-246.htm"
R.append(federal(
 "us-fcc-stanley-warner-glen-alden-van-curler-broadcasting-wast-tv-transfer-of-control-1967",
 U1, "1967-12-22",
 "STANLEY WARNER CORP. (TRANSFEROR), GLEN ALDEN CORP. (TRANSFEREE) For Transfer of Control of Van Curler "
 "Broadcasting Corp.",
 "December 22, 1967\n\n"
 "The Commission, by Commissioners Hyde (chairman), Lee, and Wadsworth, with Commissioner Bartley concurring and "
 "issuing a statement, Commissioner Cox concurring and issuing a statement in which Commissioner Loevinger joins, and "
 "Commissioner Johnson dissenting and issuing a statement, granted an application for transfer of control of Van "
 "Curler Broadcasting Corp., licensee of station WAST (TV), Albany, N.Y., from Stanley Warner Corp. to Glen Alden "
 "Corp. (BTC-5444).\n\n"
 "STATEMENT OF COMMISSIONER ROBERT T. BARTLEY\n\n"
 "As to which of the corporations -- Stanley Warner or Glen Alden -- is the licensee makes little difference. The "
 "intention to sell provides an opportunity that the station may be transferred to local ownership which would take "
 "an active part in the management. In view of this possibility, I am willing to grant consent to this transfer.\n\n"
 "CONCURRING STATEMENT OF COMMISSIONER KENNETH A. COX IN WHICH COMMISSIONER LEE LOEVINGER JOINS\n\n"
 "I concur in this action. However, I want to go on record as believing that parties in a situation such as this "
 "should either arrange for a pre-merger spin-off of any broadcast properties involved, or should present a "
 "concurrent proposal for sale to a third party as a part of the overall transaction.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, 'In re Applications of Stanley Warner Corp. (Transferor), Glen Alden Corp. "
 "(Transferee) For Transfer of Control of Van Curler Broadcasting Corp.', 11 F.C.C.2d 246, December 22, 1967 (File "
 "No. BTC-5444), with the statements of Commissioners Robert T. Bartley and Kenneth A. Cox, US federal government "
 "work (public domain); text as nicholasjohnson.org's copy of the FCC Reports text holds it, from the search tool's "
 "page store at " + U1,
 "nicholasjohnson.org copy of an FCC decision (search tool page store)",
 "The Commission's decision of 22 December 1967 (11 F.C.C.2d 246) granting the application to transfer control of "
 "Van Curler Broadcasting Corp., licensee of WAST (TV), Albany, N.Y., from Stanley Warner Corp. to Glen Alden Corp., "
 "with Commissioner Robert T. Bartley's statement and the opening of Commissioner Kenneth A. Cox's concurring "
 "statement (Commissioner Lee Loevinger joining), as the copy on nicholasjohnson.org (the site of Commissioner "
 "Nicholas Johnson, who dissented; its 'FCCOps' pages reproduce FCC Reports texts) holds it; an FCC decision and its "
 "Commissioners' statements are US federal works, public domain (batch 15f; Commissioners' statements as 45zo's "
 "FCC 07-185). Left out: the site's 'Back to Index'; the caption ('In re Applications of STANLEY WARNER CORP. "
 "(TRANSFEROR), GLEN ALDEN CORP. (TRANSFEREE)' and 'For Transfer of Control of Van Curler Broadcasting Corp.', kept "
 "as `title` with 'In re Applications of' dropped, its two lines joined with a space, capitals kept); 'FEDERAL "
 "COMMUNICATIONS COMMISSION' and the reporter line '11 F.C.C.2d 246'; the copy's field labels 'ACTION:', "
 "'APPLICATION', 'JUDGES:' (with its paragraph, word for word the opening clause of the decision, kept once in the "
 "body), 'OPINION:', 'CONCURBY: BARTLEY; COX' and 'CONCUR:'; the page marker '[*246]'. Kept: the date line "
 "'December 22, 1967' on its own line; the decision's one sentence; 'STATEMENT OF COMMISSIONER ROBERT T. BARTLEY' and "
 "its three sentences; 'CONCURRING STATEMENT OF COMMISSIONER KENNETH A. COX IN WHICH COMMISSIONER LEE LOEVINGER "
 "JOINS' and its first two sentences; each heading on its own line, the page's blank and space-only lines and its "
 "double spaces after full stops joined (whitespace only). Cut after '... as a part of the overall transaction.', "
 "before the sentence the excerpt breaks off inside ('In the circumstances he'), and all after it (the rest of Cox's "
 "statement and Commissioner Johnson's dissent, which another stored copy of the page shows opening 'Station "
 "Transfers The FCC has today approved another station transfer in v'); `truncated`. Kept as written: 'WAST (TV)' "
 "with its space, 'Albany, N.Y.', '(BTC-5444)', the double hyphens '--', 'pre-merger spin-off', 'a part of'. In the "
 "lane (an FCC decision naming the licensee whose control passes, its station, the transferor and the transferee, "
 "1967). One text per matter. Found with 'transfer of control of Broadcasting Corporation, licensee of the "
 "above-captioned television stations, from shareholders to Communications, Inc.' (ranks 4 and 5: two stored "
 "renderings of the same page, one with its line breaks inside sentences; the one without them taken) and 'Stanley "
 "Warner Corp. Glen Alden Corp. transfer of control Van Curler Broadcasting WAST Albany' (rank 1; no other copy). "
 + CHECK + "'Stanley Warner', 'Glen Alden', 'Van Curler', 'WAST (TV)', 'WAST-TV', 'BTC-5444', '11 F.C.C.2d', "
 "'Bartley', 'Loevinger', 'Nicholas Johnson', 'nicholasjohnson.org', '11F2-246': in no corpus file, GATHERING.md line, "
 "script or pool; 'WAST' only inside other words ('Waste', 'Wasted'); 'Wadsworth' in train "
 "us-nps-gateway-fort-wadsworth-... (Fort Wadsworth, a place; another matter).",
 True))

# ---- High I-Q Radio, Inc. / KOLI(FM) -> Cumulus Licensing Corporation; Apex Broadcasting, L.L.C., FCC 04-60 --------
U2 = "https://docslib.org/doc/3992393/federal-communications-commission-fcc-04-60"
R.append(federal(
 "us-fcc-high-i-q-radio-koli-fm-cumulus-licensing-apex-broadcasting-assignment-review-order-2004",
 U2, "2004-04-21",
 "High I-Q Radio, Inc. Noncommercial Educational FM Station KOLI(FM), Electra, Texas; Application for License to "
 "Cover Construction Permit; Application for Assignment of Construction Permit to Cumulus Licensing Corp.",
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: March 17, 2004 Released: April 21, 2004\n\n"
 "By the Commission: Commissioner Martin concurring and issuing a statement; Commissioners Copps and Adelstein "
 "concurring in part, dissenting in part, and issuing a joint statement.\n\n"
 "The Commission has before it two applications for review filed by Apex Broadcasting, L.L.C. (\u201cApex\u201d), "
 "regarding the captioned applications of High I-Q Radio, Inc. (\u201cHigh\u201d), former licensee of station "
 "KOLI(FM), Electra, Texas. In the first application for review, filed on October 13, 1998, Apex seeks review of a "
 "September 14, 1998, action by the Mass Media Bureau (\u201cBureau\u201d) which denied Apex\u2019s February 8, 1998, "
 "\u201cPetition for Emergency Relief\u201d and its May 20, 1998, Informal Objection to the captioned KOLI(FM) license "
 "application (\u201c1998 Letter Decision\u201d). In the second application for review, filed on September 13, 1999, "
 "Apex seeks review of the Bureau\u2019s August 10, 1999, letter decision which both denied Apex\u2019 petition to deny "
 "the application to assign the station from High to Cumulus Licensing Corporation (\u201cCumulus\u201d) and granted "
 "the KOLI(FM) license and assignment applications (\u201c1999 Letter Decision\u201d). For the reasons set forth "
 "below, we will (1) deny Apex\u2019 October 13, 1998, application for review, (2) grant the September 13, 1999, "
 "application for review in part and deny it in part; and (3) issue admonitions to both High and Cumulus.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Memorandum Opinion and Order FCC 04-60, 'In re Application of High I-Q "
 "Radio, Inc., Noncommercial Educational FM Station KOLI(FM), Electra, Texas; Application for License to Cover "
 "Construction Permit; Application for Assignment of Construction Permit to Cumulus Licensing Corp.', File Nos. "
 "BLH-980203KB and BAPH-980421HW, adopted March 17, 2004, released April 21, 2004, US federal government work "
 "(public domain); text as docslib.org's copy of the FCC's document holds it, from the search tool's page store at "
 + U2,
 "docslib.org copy of an FCC order (search tool page store)",
 "The Commission's Memorandum Opinion and Order FCC 04-60 (adopted 17 March, released 21 April 2004) on the two "
 "applications for review that Apex Broadcasting, L.L.C. filed against the Mass Media Bureau's 1998 and 1999 letter "
 "decisions on the KOLI(FM) licence application of High I-Q Radio, Inc. and the assignment of the station from High "
 "to Cumulus Licensing Corporation, as docslib.org's text of the FCC's document holds it (a clean extraction, unlike "
 "the spaced rendering 'High I- Q', 'KOLI( FM)', '(\u201c Apex\u201d)' of the FCC's own FCC-04-60A1.txt, which came "
 "back beside it); an FCC order is a US federal work, public domain (batch 15f). Left out: docslib's 'Federal "
 "Communications Commission FCC 04-60', 'Total Page:16' and 'File Type:pdf, Size:1020Kb' lines and the page's header "
 "'Federal Communications Commission FCC 04-60' and 'Before the Federal Communications Commission Washington, D.C. "
 "20554'; the caption ('In re Application of ... Permit to Cumulus Licensing Corp.', its ')' column dropped, kept as "
 "`title` with 'In re Application of' dropped and its three parts joined with '; ', its file lines 'Facility ID No. "
 "78344', 'File No. BLH-980203KB' and 'File No. BAPH-980421HW' dropped); the paragraph number '1.'; the footnote "
 "markers '1' (after 'Apex Broadcasting, L.L.C.') and '2' (after '(\u201c1998 Letter Decision\u201d).'). Kept: "
 "'MEMORANDUM OPINION AND ORDER', the adoption and release line and the 'By the Commission: ...' line, each on its "
 "own line, then paragraph 1 whole (four sentences). Cut after '... issue admonitions to both High and Cumulus.', "
 "before the heading 'Factual Background' and paragraph 2, which the excerpt breaks off inside ('2. On No'); "
 "`truncated`. Kept as written: 'L.L.C.', 'High I-Q Radio, Inc.', 'Apex\u2019s' beside 'Apex\u2019 petition' and "
 "'Apex\u2019 October 13, 1998, application' (the order's possessives), the curly quotation marks, 'Cumulus Licensing "
 "Corporation' (the caption's 'Corp.' kept in `title` only). In the lane (an FCC order naming a station's former "
 "licensee, its assignee and a competing objector, 2004). One text per matter. Found with 'has before it the "
 "unopposed application for consent to the transfer of control of radio station licensee, a wholly owned subsidiary "
 "of, to Inc.' (rank 5, the FCC's own rendering) and 'High I-Q Radio KOLI(FM) Electra Texas Apex Broadcasting "
 "Cumulus Licensing Corporation assignment application for review' (rank 1, this copy). " + CHECK +
 "'High I-Q', 'High I- Q', 'KOLI(FM)', 'KOLI( FM)', 'Apex Broadcasting', '04-60', 'BAPH-980421', 'BLH-980203', "
 "'Electra': in no corpus file, GATHERING.md line (but 'ElectraNet' in another lane's lines), script or pool; 'KOLI' "
 "only inside 'Kolin' (train us-sec-syntax-brillian-...); 'Apex' in dev ftc-sues-stop-air-ai-... on another matter; "
 "'Cumulus Licensing' only in the lane's notes (49m, 50c: Cumulus Licensing LLC as a subsidiary of Cumulus Media Inc., "
 "other matters); 'Cumulus' in three test files on other matters (Citadel/ABC Radio 2007, the Radio License Holding "
 "CBC/WOKQ consent decree 2016, DOJ Cumulus/Citadel 2011).",
 True))

# ---- NBI Holdings, LLC (Northwest) and Cox Enterprises, Inc. -> Terrier Media Buyer, Inc., DA 19-275, 2019 --------
U3 = "https://docslib.org/doc/21507/public-notice-federal-communications-commission-445-12th-st-s-w"
R.append(federal(
 "us-fcc-terrier-media-buyer-nbi-holdings-northwest-cox-enterprises-transfer-of-control-pleading-cycle-public-notice-2019",
 U3, "2019-04-10",
 "MEDIA BUREAU ESTABLISHES PLEADING CYCLE FOR APPLICATIONS TO TRANSFER CONTROL OF NBI HOLDINGS, LLC, AND COX "
 "ENTERPRISES, INC., TO TERRIER MEDIA BUYER, INC., AND PERMIT-BUT-DISCLOSE EX PARTE STATUS FOR THE PROCEEDING",
 "DA 19-275 Released: April 10, 2019\n\n"
 "MEDIA BUREAU ESTABLISHES PLEADING CYCLE FOR APPLICATIONS TO TRANSFER CONTROL OF NBI HOLDINGS, LLC, AND COX "
 "ENTERPRISES, INC., TO TERRIER MEDIA BUYER, INC., AND PERMIT-BUT-DISCLOSE EX PARTE STATUS FOR THE PROCEEDING\n\n"
 "MB Docket No. 19-98\n\n"
 "Petition to Deny Date: May 10, 2019\n\n"
 "Opposition Date: May 28, 2019\n\n"
 "Reply Date: June 4, 2019\n\n"
 "On March 4, 2019, Terrier Media Buyer, Inc. (Terrier Media), NBI Holdings, LLC (Northwest), and Cox Enterprises, "
 "Inc. (Cox) (jointly, the Applicants) filed applications with the Federal Communications Commission (Commission) "
 "seeking consent to the transfer of control of Commission licenses through two separate transactions. First, "
 "Terrier Media and Northwest seek consent for Terrier Media to acquire companies owned by Northwest holding the "
 "licenses of full-power broadcast television stations, low-power television stations, and TV translator stations "
 "(the Northwest Applications). Next, Terrier Media and Cox seek consent for Terrier Media to acquire companies owned "
 "by Cox holding the licenses of full-power broadcast television stations, low-power television stations, TV "
 "translator stations, and radio stations (the Cox Applications and, jointly with the NBI Applications, the "
 "Applications). Pursuant to a Purchase Agreement between Terrier Media and the equity holders of Northwest dated "
 "February 14, 2019, Terrier Media would acquire 100% of the interest in Northwest. Pursuant to a separate Purchase "
 "Agreement between Terrier Media and Cox and affiliates of Cox, Terrier Media would acquire the companies owning all "
 "of Cox\u2019s television stations and the licenses and other assets of four of Cox\u2019s radio stations.",
 "broadcasting/television and radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau public notice DA 19-275, 'Media Bureau Establishes Pleading "
 "Cycle for Applications to Transfer Control of NBI Holdings, LLC, and Cox Enterprises, Inc., to Terrier Media Buyer, "
 "Inc., and Permit-But-Disclose Ex Parte Status for the Proceeding', MB Docket No. 19-98, released April 10, 2019, US "
 "federal government work (public domain); text as docslib.org's copy of the FCC's document holds it, from the "
 "search tool's page store at " + U3,
 "docslib.org copy of an FCC public notice (search tool page store)",
 "The Media Bureau's public notice of 10 April 2019 (DA 19-275, MB Docket No. 19-98) setting the pleading cycle for "
 "the applications of Terrier Media Buyer, Inc., NBI Holdings, LLC (Northwest) and Cox Enterprises, Inc. to transfer "
 "control of Commission licences, as docslib.org's text of the FCC's document holds it; an FCC public notice is a US "
 "federal work, public domain (batch 15f). Taken in place of the FCC's own DA-19-275A1.txt, which came back beside "
 "it but sets footnote text inside the body ('The Applicants amended their applications on April 8, 2019 (Amended "
 "Applications). Four radio stations will also be assigned ...' between the first and second sentences, 'Amended "
 "Applications, Attach. 20, Cox Purchase Agreement.' before the Cox purchase sentence), and in place of the Bureau's "
 "order DA 19-1206 of 22 November 2019 granting the applications (docslib.org; its excerpt breaks off inside the "
 "sentence on the Cox transaction). Left out: docslib's 'PUBLIC NOTICE Federal Communications Commission 445 12Th "
 "St., S.W', 'Total Page:16' and 'File Type:pdf, Size:1020Kb' lines; the letterhead ('PUBLIC NOTICE Federal "
 "Communications Commission 445 12th St., S.W. News Media Information 202 / 418-0500 Internet: https://www.fcc.gov "
 "Washington, D.C. 20554 TTY: 1-888-835-5322'); the footnote markers '1' (after '... two separate transactions.'), "
 "'2' (after '... the Applications).'), '3' (after '... interest in Northwest.') and '4' (after '... four of Cox\u2019s "
 "radio stations.'). Kept: 'DA 19-275 Released: April 10, 2019', the upper-case heading (also kept as `title`), the "
 "docket line and the three due-date lines (one run on the page, set one a line: whitespace only), then the body's "
 "first five sentences. Cut after '... four of Cox\u2019s radio stations.', before the sentence the excerpt breaks off "
 "inside ('The Applicants propose '), and all after it; `truncated`. Kept as written: 'NBI Holdings, LLC (Northwest)' "
 "(the short name 'Northwest' for NBI Holdings), 'the NBI Applications' beside 'the Northwest Applications', "
 "'full-power', 'low-power', '100%', 'Cox\u2019s' with its curly apostrophe. In the lane (an FCC notice naming the "
 "buyer, the company it would acquire and the seller of licence-holding companies, 2019). One text per matter (the "
 "Bureau's later pleading-cycle notice DA 19-643 on Cox Radio, Inc. and CXR Radio, LLC, part of the same purchase, "
 "not taken). Found with 'Hearst-Argyle Pulitzer Broadcasting transfer of control Memorandum Opinion and Order 1999 "
 "Mass Media Bureau' (rank 2: DA 19-1206) and 'Terrier Media Buyer NBI Holdings Northwest Cox Enterprises transfer "
 "of control television licenses Media Bureau' (rank 6, this copy; rank 2 the FCC's own text). " + CHECK +
 "'Terrier', 'NBI Holdings', 'Northwest Broadcasting', '19-275', '19-98', '19-1206', '19-643', 'Camelot Radio', "
 "'CXR Radio', 'BTCCDT-20190304': in no corpus file, GATHERING.md line, script or pool; 'Cox Enterprises' in two "
 "train files on other matters (the Primestar/News Corp./MCI suit 1998, Senator Nelson's Hurricane Irma letters "
 "2017); 'Cox Media' in dev accc-gumtree-cox-media-... (another matter); 'Apollo' (Terrier's owner, not named in the "
 "kept text) only on other matters.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
