#!/usr/bin/env python3
"""Batch 53b (session 54, gatherer lane b): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC transaction lane of batches 15f, 43n-49f, 49j,
49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v, 52x, 52z and 52zd (50l and 52s
null rounds), the television side, on two television licence assignments no corpus file holds --
  - the Mass Media Bureau's Memorandum Opinion and Order DA 02-100 adopted 14 January and released 15 January 2002
    (File No. BALCT-20010917AAD) on the unopposed application to assign the licence of WCTX(TV), New Haven,
    Connecticut, from K-W TV, Inc. to WTNH Broadcasting, Inc., a subsidiary of LIN Television Corporation, which
    programmed WCTX under a local marketing agreement (the FCC's own docs.fcc.gov text);
  - the Media Bureau's letter DA 08-1109 released 12 May 2008 (File No. BALCT-20080125ACD) on the application of
    George L. Miller, Chapter 11 Trustee for Reading Broadcasting, Inc., to assign the licence of WTVE(TV), Reading,
    Pennsylvania, to WRNN-TV Associates Limited Partnership, denying the petitions to deny of Philadelphia Television
    Network, Inc. and Ronald Hester and granting the application (the FCC's own docs.fcc.gov text).
Two matters, one text each.
Texts are the search tool's page-store excerpts (corpus `pages`), each one run of text. Left out: the order's lines
'*Pages 1--4 from 3*', 'Federal Communications Commission DA 02- 100', 'Before the FEDERAL COMMUNICATIONS COMMISSION
Washington, D. C. 20554', its caption (its ')' column; the two party lines and the 'For Consent to the Assignment of
...' line kept as `title`), the file and facility numbers, the paragraph numbers '1.', '2.', '3.'; the letter's
letterhead 'Federal Communications Commission Washington, D.C. 20554', 'DA 08-1109', the addressee blocks (four
parties, with counsel and addresses) and the salutation 'Dear Counsel:'. Each text is cut at the last full sentence
before the excerpt breaks off (the order: inside paragraph 3's second sentence, 'However, there would not be 8
remaining'; the letter: inside its second paragraph's fifth sentence, '... fulfill its station asset purchas').
Kept: the order's title line 'MEMORANDUM OPINION AND ORDER', its adoption and release line and its 'By the Chief,
Mass Media Bureau:' line, each on its own line (as 52zd's Fant order), then paragraphs 1, 2 and the first sentence of
3, each its own paragraph; the letter's 'Released:' line and its 'Re:' line, each on its own line (as 52zd's KFTA
letter), then the body as the excerpt gives it, in one run. The FCC's text file of DA 02-100 is a spaced conversion
('K- W', 'WCTX( TV)', '(\u201c WTNH\u201d)', 'above- captioned', 'C. F. R.'): kept as written, no other rendering
came back. No word added or changed. Per-item notes in `notes`. Written before any extractor ran on the texts (newskg
was not run on them).
usage: batch53b.py [POOL_DIR] [--dry]   (default /tmp/gather54b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54b/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -ai), every "
         "gather script, the notes under /work/notes and the session-54 pools /tmp/gather54*/pool (54a, 54c-54e "
         "empty at the last check): ")
R = []

# ---- WCTX(TV), New Haven: K-W TV, Inc. -> WTNH Broadcasting, Inc. (LIN Television), DA 02-100 (2002) -------------
U1 = "https://docs.fcc.gov/public/attachments/DA-02-100A1.txt"
R.append(federal(
 "us-fcc-k-w-tv-wtnh-broadcasting-lin-television-wctx-new-haven-assignment-order-2002",
 U1, "2002-01-15",
 "K- W TV, INC. (Assignor) and WTNH BROADCASTING, INC. (Assignee); For Consent to the Assignment of WCTX( TV), New "
 "Haven, Connecticut",
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: January 14, 2002 Released: January 15, 2002\n\n"
 "By the Chief, Mass Media Bureau:\n\n"
 "The Chief, Mass Media Bureau, acting pursuant to delegated authority, herein considers the above- captioned "
 "application to assign the license of WCTX( TV), Channel 59 (UPN), New Haven, Connecticut, from K- W TV, Inc. "
 "(\u201c K- W\u201d) to WTNH Broadcasting, Inc. (\u201c WTNH\u201d), a subsidiary of LIN Television Corporation. "
 "This application is unopposed.\n\n"
 "WTNH currently programs WCTX pursuant to a local marketing agreement dated December 9, 1994. The LMA arrangement "
 "also included an option to acquire the station, which WTNH has exercised, resulting in this application. WTNH is "
 "also the licensee of WTNH- TV, Channel 8 (ABC), New Haven, Connecticut, which is in the same Hartford- New Haven "
 "DMA as, and has overlapping Grade B signal contours with, WCTX. Because this would be the second station in the "
 "DMA licensed to WTNH, its proposed acquisition of WCTX is governed by Section 73.3555( b)( 2) of the "
 "Commission\u2019s Rules, 47 C. F. R. \u00a773.3555( b)( 2). That rule provides, in pertinent part, that the same "
 "entity may own or control two television stations in the same market so long as: (i) at the time the application "
 "is filed, at least one of the stations is not ranked among the top four stations in audience rankings in the DMA; "
 "and (ii) at least 8 independently owned and operating full- power commercial and noncommercial educational "
 "television stations would remain in the market after the proposed acquisition.\n\n"
 "WCTX is not ranked among the top four stations in the DMA.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Mass Media Bureau, 'In re Application of K-W TV, Inc. (Assignor) and WTNH "
 "Broadcasting, Inc. (Assignee) For Consent to the Assignment of WCTX(TV), New Haven, Connecticut', Memorandum "
 "Opinion and Order DA 02-100, File No. BALCT-20010917AAD, adopted January 14, 2002, released January 15, 2002, US "
 "federal government work (public domain); text as the FCC's EDOCS text file holds it, from the search tool's page "
 "store at " + U1,
 "FCC EDOCS text of a Mass Media Bureau order (search tool page store)",
 "The Mass Media Bureau's Memorandum Opinion and Order DA 02-100 adopted 14 January and released 15 January 2002 "
 "(File No. BALCT-20010917AAD; Facility ID No. 33081) on the unopposed application to assign the licence of "
 "WCTX(TV), Channel 59 (UPN), New Haven, Connecticut, from K-W TV, Inc. to WTNH Broadcasting, Inc., a subsidiary of "
 "LIN Television Corporation and licensee of WTNH-TV, which had programmed WCTX under a local marketing agreement "
 "since 1994 and exercised its option to buy the station (a duopoly under Section 73.3555(b)(2)), as the FCC's own "
 "EDOCS text file holds it; an FCC order is a US federal work, public domain (batch 15f). `published` is the release "
 "day (52k, 52zd; **doubtful**: a reader may take the adoption day). One stored rendering came back, by two queries; "
 "it is the PDF-to-text conversion with spaces after hyphens and inside brackets and quotation marks ('K- W TV, "
 "Inc.', 'WCTX( TV)', '(\u201c K- W\u201d)', 'WTNH- TV', 'Hartford- New Haven', 'above- captioned', 'full- power', "
 "'73.3555( b)( 2)', '47 C. F. R.'), kept as written (no cleaner copy to take, unlike 51r and 52zc). Left out: the "
 "lines '*Pages 1--4 from 3*', 'Federal Communications Commission DA 02- 100' and 'Before the FEDERAL COMMUNICATIONS "
 "COMMISSION Washington, D. C. 20554'; the caption 'In Re Application of ... Connecticut' (its ')' column dropped; "
 "the party lines 'K- W TV, INC. (Assignor) and WTNH BROADCASTING, INC. (Assignee)' and 'For Consent to the "
 "Assignment of WCTX( TV), New Haven, Connecticut' kept as `title`, joined with '; '; 'In Re Application of', 'File "
 "No. BALCT- 20010917AAD' and 'Facility ID No. 33081' dropped); the paragraph numbers '1.', '2.', '3.'. Kept: "
 "'MEMORANDUM OPINION AND ORDER', the adoption and release line and the 'By the Chief, Mass Media Bureau:' line, each "
 "on its own line, then paragraph 1 (two sentences) and paragraph 2 (five sentences) whole and the first sentence of "
 "paragraph 3, each its own paragraph. Cut: paragraph 3 from its second sentence ('However, there would not be 8 "
 "remaining', where the excerpt breaks off) and all after; `truncated` (the ruling on the failed-station waiver is "
 "not in the kept text). Kept as written: 'Channel 59 (UPN)', 'Channel 8 (ABC)', 'The LMA arrangement', "
 "'\u00a773.3555( b)( 2)' (no space after the section mark), the curly quotation marks with their inner space. In "
 "the lane (a Bureau order naming two stations, the assignor, the assignee, its parent and two networks, 2002). "
 "Found with 'Dear Counsel: This is in reference to the application to assign the license of television station "
 "and request for failing station waiver of the local television ownership rule' (rank 3) and 'K-W TV, Inc. WTNH "
 "Broadcasting WCTX(TV) New Haven assignment LIN Television local marketing agreement failed station' (rank 1; ranks "
 "2-8 a 1992 Factbook scan and wiki pages on WTNH, WTIC-TV and WCCT, not used). " + CHECK +
 "'WCTX', 'K-W TV', 'K- W TV', '02-100', 'BALCT-20010917': in no corpus file, GATHERING.md line, script or pool. "
 "Other matters only: 'WTNH' (two corpus files: 51j's AT&T -> LIN Holdings transfer of control DA 98-424, which "
 "lists WTNH-TV among LIN's stations, and 45e's Connecticut storm item), 'LIN Television' (51j's DA 98-424, 52p's "
 "not-used lines), 'UPN', 'ABC' (other matters).",
 True))

# ---- WTVE(TV), Reading: Trustee for Reading Broadcasting, Inc. -> WRNN-TV Associates LP; DA 08-1109 (2008) --------
U2 = "https://docs.fcc.gov/public/attachments/DA-08-1109A1.txt"
R.append(federal(
 "us-fcc-reading-broadcasting-trustee-wrnn-tv-associates-wtve-reading-assignment-ptn-petition-letter-2008",
 U2, "2008-05-12",
 "WTVE(TV), Reading, Pennsylvania; Application for Assignment of License",
 "Released: May 12, 2008\n\n"
 "Re: WTVE(TV), Reading, Pennsylvania Facility ID No. 55035, Application for Assignment of License, File No. "
 "BALCT-20080125ACD\n\n"
 "This is in regard to the application filed by George L. Miller (\u201cTrustee\u201d), Chapter 11 Trustee for "
 "Reading Broadcasting, Inc. (\u201cRBI\u201d) for the assignment of the license of WTVE(TV), Reading, Pennsylvania, "
 "File No. BALCT-20080125ACD, to WRNN-TV Associates Limited Partnership (\u201cWRNN\u201d). Petitions to deny were "
 "filed by Philadelphia Television Network, Inc. (\u201cPTN\u201d) and Mr. Ronald Hester (\u201cHester\u201d). For "
 "the reasons stated below, we deny the petitions and grant the application. On October 7, 2005, RBI sought "
 "protection from its creditors in a Chapter 11 bankruptcy filing in the United States Bankruptcy Court for the "
 "Eastern District of Pennsylvania (the \u201cBankruptcy Court\u201d). PTN was a creditor of RBI and a participant in "
 "the bankruptcy proceeding. PTN and the Trustee filed competing plans with the Bankruptcy Court for resolving the "
 "claims against RBI. The Bankruptcy Court confirmed the Trustee\u2019s Plan of Liquidation and rejected PTN\u2019s "
 "competing plan.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau letter DA 08-1109, 'Re: WTVE(TV), Reading, Pennsylvania "
 "Facility ID No. 55035, Application for Assignment of License, File No. BALCT-20080125ACD', released May 12, 2008, "
 "US federal government work (public domain); text as the FCC's EDOCS text file holds it, from the search tool's page "
 "store at " + U2,
 "FCC EDOCS text of a Media Bureau letter (search tool page store)",
 "The Media Bureau's letter DA 08-1109 released 12 May 2008 (File No. BALCT-20080125ACD; Facility ID No. 55035; the "
 "Video Division's television letter form) on the application of George L. Miller, Chapter 11 Trustee for Reading "
 "Broadcasting, Inc., to assign the licence of WTVE(TV), Reading, Pennsylvania, to WRNN-TV Associates Limited "
 "Partnership, against which Philadelphia Television Network, Inc. (a creditor of RBI with a competing bankruptcy "
 "plan) and Mr. Ronald Hester petitioned; the letter denies the petitions and grants the application, as the FCC's "
 "own EDOCS text file holds it (one run of text, clean, no footnote markers in the kept part); an FCC letter is a US "
 "federal work, public domain (batch 15f; 52v and 52z took docs.fcc.gov letters). One stored rendering came back, by "
 "two queries. Left out: the letterhead 'Federal Communications Commission Washington, D.C. 20554'; 'DA 08-1109'; "
 "the addressee blocks ('George L. Miller, Chapter 11 Trustee for Reading Broadcasting, Inc. c/o John D. Poutasse, "
 "Esq. Leventhal, Senter & Lerman, PLLC ...', 'WRNN-TV Associates, LP c/o Jonathan D. Blake, Esq. Covington & "
 "Burling LLP ...', 'Philadelphia Television Network, Inc. c/o Harry C. Martin, Esq. Fletcher, Heald & Hildreth, PLC "
 "...', 'Mr. Ronald Hester 8531 Temple Road Philadelphia, PA 19150'); the salutation 'Dear Counsel:'. Kept: "
 "'Released: May 12, 2008' and the 'Re:' line, each on its own line (as 52zd's KFTA letter), then the body as the "
 "excerpt gives it, in one run (the copy marks no paragraph break; the letter's first paragraph ends at '... grant the "
 "application.'): seven sentences. Cut: from 'In its order, the Bankruptcy Court found that the Trustee\u2019s plan "
 "was fair and equitable ... station asset purchas', where the excerpt breaks off inside the sentence, and all "
 "after; `truncated`. `title` is the 'Re:' line without its facility and file numbers, its parts joined with '; '. "
 "Kept as written: 'WTVE(TV)', 'George L. Miller (\u201cTrustee\u201d)', 'Mr. Ronald Hester', the curly quotation "
 "marks and apostrophes, 'Plan of Liquidation'. In the lane (a Bureau letter naming a station, its bankrupt licensee "
 "and trustee, the assignee, two petitioners and a court, 2008). Found with 'Pappas Telecasting debtor-in-possession "
 "assignment of license television station KAZH KMPH letter 2008' (rank 4) and 'WTVE(TV) Reading Pennsylvania "
 "assignment of license Reading Broadcasting Chapter 11 Trustee WRNN-TV Associates petitions to deny' (rank 2; rank 1 "
 "an rbr.com item on the Commission's later review, ranks 3-7 nexttv.com items, a 1993 filing and the 2001 initial "
 "decision FCC 01D-01 on WTVE's renewal, not used). " + CHECK +
 "'WTVE', 'Reading Broadcasting', 'WRNN', 'Philadelphia Television Network', '08-1109', 'BALCT-20080125', 'George L. "
 "Miller': in no corpus file, GATHERING.md line, script or pool. 'Hester' only as other people in other matters.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
