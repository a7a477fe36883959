#!/usr/bin/env python3
"""Batch 53h (session 54, gatherer lane h): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC transaction lane of batches 15f, 43n-49f, 49j,
49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v, 52x, 52z, 52zd and 53b (50l and
52s null rounds), the television side, on two matters no corpus file holds --
  - the Mass Media Bureau's Memorandum Opinion and Order DA 97-1745 adopted 14 August and released 18 August 1997 on
    Benedek Broadcasting Corporation's unopposed request for an extension of its divestiture period and a conditional
    waiver of the television duopoly rule for WTRF-TV, Wheeling, WTAP-TV, Parkersburg (West Virginia) and WYTV(TV),
    Youngstown (Ohio), after the Commission's 1996 approval of the transfer of control of Brissette Broadcasting
    Corporation to Benedek (docslib.org's copy of the FCC's document);
  - the Mass Media Bureau's Memorandum Opinion and Order DA 02-103 adopted 14 January and released 15 January 2002
    (File No. BALCT-20010727ABS) on the unopposed application to assign the licence of WASV-TV, Asheville, North
    Carolina, from Pappas Telecasting of the Carolinas to Media General Broadcasting of South Carolina Holdings, Inc.,
    licensee of WSPA-TV, Spartanburg, which programmed WASV under a 1996 local marketing agreement (the FCC's own
    docs.fcc.gov text; the sister order of 53b's WCTX order DA 02-100, released the same day).
Two matters, one text each.
Texts are the search tool's page-store excerpts (corpus `pages`), each one run of text. Left out: the captions (their
')' column; the party and subject lines kept as `title`), the header lines ('________________Federal Communications
Commission________DA 97-1745', '*Pages 1--5 from 5.PDF*', 'Federal Communications Commission DA 02- 103', 'Before the
... Washington, D.C. 20554'), the file and facility numbers, the paragraph numbers '1.', '2.', the footnote markers
('1', '2' in DA 97-1745; '1' in DA 02-103) and the footnote text the extractions run into the body (DA 97-1745's
footnote 2 'See Revie\\v of the Commission\u00a9s Regulations ... (Television Ownership Second Further Notice).'; DA
02-103's footnote 1 'Media General is the successor- in- interest ... Spartan simulta'). Each text is cut at the last
full sentence before the excerpt breaks off or turns to footnote text (DA 97-1745: the end of paragraph 1, where the
excerpt ends; DA 02-103: paragraph 2's fourth sentence 'That rule provides, ... top four stations in', which the
footnote text interrupts, and all after). Kept: 'MEMORANDUM OPINION AND ORDER', the adoption and release line and the
'By the Chief, Mass Media Bureau' line, each on its own line (as 53b's WCTX order), then the body paragraphs, each its
own paragraph. Both renderings are kept as written: docslib's 'Commission\u00a9s', 'Benedek\u00a9s', 'Brissette\u00a9s'
(the copyright sign for the apostrophe, as 51j's Malrite order), 'FCC Red' for 'FCC Rcd', 'Corporation.,', 'By the
Chief, Mass Media Bureau' without its colon, 'WTRF-TV WTAP-TV' without a comma; the FCC's spaced conversion of DA
02-103 ('WASV- TV', '(\u201c Pappas\u201d)', 'above- captioned', 'Greenville- Spartanburg', '73.3555( b)( 2)', '47 C. F.
R.'). No word added or changed. Per-item notes in `notes`. Written before any extractor ran on the texts (newskg was
not run on them).
usage: batch53h.py [POOL_DIR] [--dry]   (default /tmp/gather54h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54h/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -ai), every "
         "gather script, the notes under /work/notes and the session-54 pools /tmp/gather54*/pool (54a-54f at the "
         "last check): ")
R = []

# ---- Benedek Broadcasting Corporation (Brissette Broadcasting Corporation): WTRF-TV/WTAP-TV/WYTV(TV), DA 97-1745 -----
U1 = "https://docslib.org/doc/8646703/full-brochure"
R.append(federal(
 "us-fcc-benedek-broadcasting-brissette-wtrf-tv-wtap-tv-wytv-duopoly-waiver-divestiture-extension-order-1997",
 U1, "1997-08-18",
 "Benedek Broadcasting Corporation; For Conditional Waiver of the Duopoly Rule; WTRF-TV, Wheeling, West Virginia; "
 "WYTV(TV), Youngstown, Ohio; WTAP-TV, Parkersburg, West Virginia",
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: August 14, 1997 Released: August 18, 1997\n\n"
 "By the Chief, Mass Media Bureau\n\n"
 "The Commission, by the Chief, Mass Media Bureau, acting pursuant to delegated authority, has before it for "
 "consideration the above-captioned unopposed request for extension of divestiture period and for conditional "
 "waiver of the Commission\u00a9s television duopoly rule. This request is related to Brissette Broadcasting "
 "Corporation., 11 FCC Red 6319 (1996), in which the Commission approved the transfer of control of Brissette "
 "Broadcasting Corporation and its broadcast stations to Benedek Broadcasting Corporation. Because the Grade B "
 "contour of Benedek\u00a9s WTRF-TV, Channel 7 (CBS), Wheeling, West Virginia overlaps the Grade B contours of "
 "Brissette\u00a9s WTAP-TV, Channel 15 (NBC), Parkersburg, West Virginia and WYTV(TV), Channel 33 (ABC), "
 "Youngstown, Ohio, Benedek sought and was granted a temporary six-month period to come into full compliance with "
 "the television duopoly rule. Since that time and within that six-month waiver period, the Commission has proposed "
 "changes to its television duopoly rule and adopted an interim waiver policy that would permit common ownership of "
 "WTRF-TV WTAP-TV and WYTV(TV).",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Mass Media Bureau, 'In re Request of Benedek Broadcasting Corporation For "
 "Conditional Waiver of the Duopoly Rule, WTRF-TV, Wheeling, West Virginia, WYTV(TV), Youngstown, Ohio, WTAP-TV, "
 "Parkersburg, West Virginia', Memorandum Opinion and Order DA 97-1745, adopted August 14, 1997, released August 18, "
 "1997, US federal government work (public domain); text as docslib.org's copy of the FCC's document holds it, from "
 "the search tool's page store at " + U1,
 "docslib.org copy of an FCC order (search tool page store)",
 "The Mass Media Bureau's Memorandum Opinion and Order DA 97-1745 adopted 14 August and released 18 August 1997 on "
 "Benedek Broadcasting Corporation's unopposed request for an extension of its divestiture period and a conditional "
 "waiver of the television duopoly rule, after the Commission approved (Brissette Broadcasting Corporation, 11 FCC "
 "Rcd 6319 (1996)) the transfer of control of Brissette Broadcasting Corporation and its stations to Benedek, whose "
 "WTRF-TV, Wheeling, overlaps Brissette's WTAP-TV, Parkersburg, and WYTV(TV), Youngstown; as docslib.org's text "
 "extraction of the FCC's document holds it (the page's own title 'full-brochure' is docslib's, not the order's); an "
 "FCC order is a US federal work, public domain (batch 15f; 51j took a docslib copy of a 1998 Bureau order). "
 "`published` is the release day (52k, 52zd, 53b; **doubtful**: a reader may take the adoption day). One stored "
 "rendering came back, by two queries. Left out: the page's lead line 'In Re Request of ) Benedek Broadcasting "
 "Corporation ) For' (docslib's snippet of the caption); '________________Federal Communications "
 "Commission________DA 97-1745' and 'Before the Federal Communications Commission Washington, D.C. 20554'; the caption "
 "'In re Request of ) Benedek Broadcasting Corporation ) For Conditional Waiver of the Duopoly Rule ) WTRF-TV, ... "
 "West Virginia )' ('In re Request of' and the ')' column dropped; the rest kept as `title`, its lines joined with '; "
 "'); the paragraph number '1.'; the footnote markers '1' (after 'duopoly rule.') and '2' (after 'WYTV(TV).'); "
 "footnote 2's text, which the extraction runs into the body ('See Revie\\v of the Commission\u00a9s Regulations "
 "Governing Television Broadcasting, Second Further Notice of Proposed Rule Making, FCC 96-438 (released November 7, "
 "1996) (Television Ownership Second Further Notice).'); the page's '[Show full text]'. Kept: 'MEMORANDUM OPINION AND "
 "ORDER', the adoption and release line and 'By the Chief, Mass Media Bureau' (no colon in the copy), each on its own "
 "line, then paragraph 1 whole (four sentences), where the excerpt ends; `truncated` (the ruling is not in the kept "
 "text). Kept as written, the extraction's slips included: 'Commission\u00a9s', 'Benedek\u00a9s', 'Brissette\u00a9s' "
 "(the copyright sign for the apostrophe), the citation 'Brissette Broadcasting Corporation., 11 FCC Red 6319 (1996),' "
 "('Corporation.,' and 'Red' for 'Rcd'), 'WTRF-TV WTAP-TV and WYTV(TV)' (no comma), 'above-captioned', "
 "'six-month'. In the lane (a Bureau order on a group owner's duopoly after a transfer of control, naming the buyer, "
 "the acquired company, three stations and three networks, 1997). Found with '(Transferor) and (Transferee) For "
 "Consent to Transfer of Control of licensee of Station (TV) MEMORANDUM OPINION AND ORDER By the Chief, Video "
 "Services Division' (rank 3) and 'Benedek Broadcasting Corporation conditional waiver of the duopoly rule WTRF-TV "
 "Wheeling WYTV Youngstown WTAP-TV Parkersburg Brissette' (rank 1; rank 3 the Malrite/Raycom order DA 98-1627, 51j's, "
 "not taken again). " + CHECK +
 "'Benedek', 'Brissette', '97-1745', 'WYTV', 'WTAP', '8646703': in no corpus file, script or pool; 'Benedek' on "
 "GATHERING.md lines and in 51r's and 53b's notes only for another matter (Benedek/Brodhurst WBNB-TV FCC 98-110, not "
 "used); 'WTRF' only on GATHERING.md's not-used lines for the 1969 WTRF-TV/Forward Tele-Productions decision (another "
 "matter).",
 True))

# ---- WASV-TV, Asheville: Pappas Telecasting of the Carolinas -> Media General Broadcasting of SC Holdings, DA 02-103 -
U2 = "https://docs.fcc.gov/public/attachments/DA-02-103A1.txt"
R.append(federal(
 "us-fcc-pappas-telecasting-carolinas-media-general-broadcasting-wasv-tv-asheville-assignment-order-2002",
 U2, "2002-01-15",
 "PAPPAS TELECASTING OF THE CAROLINAS (Assignor) and MEDIA GENERAL BROADCASTING OF SOUTH CAROLINA HOLDINGS, INC. "
 "(Assignee); For Consent to the Assignment of WASV- TV, Asheville, North Carolina",
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: January 14, 2002 Released: January 15, 2002\n\n"
 "By the Chief, Mass Media Bureau:\n\n"
 "The Chief, Mass Media Bureau, acting pursuant to delegated authority, herein considers the above- captioned "
 "application to assign the license of WASV- TV, Channel 62 (UPN), Asheville, North Carolina, from Pappas "
 "Telecasting of the Carolinas (\u201c Pappas\u201d) to Media General Broadcasting of South Carolina Holdings, Inc. "
 "(\u201c Media General\u201d). This application is unopposed.\n\n"
 "Media General currently programs WASV pursuant to a local marketing agreement dated March 26, 1996. Media General "
 "is also the licensee of WSPA- TV, Channel 7 (CBS), Spartanburg, South Carolina, which is located in the same DMA "
 "(Greenville- Spartanburg (South Carolina) \u2013 Asheville (North Carolina) \u2013 Anderson (South Carolina)) as, "
 "and has overlapping Grade B signal contours with, WASV. Because this would be the second station in the DMA "
 "licensed to Media General, its proposed acquisition of WASV is governed by Section 73.3555( b)( 2) of the "
 "Commission\u2019s Rules, 47 C. F. R. \u00a773.3555( b)( 2).",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Mass Media Bureau, 'In re Application of Pappas Telecasting of the Carolinas "
 "(Assignor) and Media General Broadcasting of South Carolina Holdings, Inc. (Assignee) For Consent to the Assignment "
 "of WASV-TV, Asheville, North Carolina', Memorandum Opinion and Order DA 02-103, File No. BALCT-20010727ABS, adopted "
 "January 14, 2002, released January 15, 2002, US federal government work (public domain); text as the FCC's EDOCS "
 "text file holds it, from the search tool's page store at " + U2,
 "FCC EDOCS text of a Mass Media Bureau order (search tool page store)",
 "The Mass Media Bureau's Memorandum Opinion and Order DA 02-103 adopted 14 January and released 15 January 2002 "
 "(File No. BALCT-20010727ABS; Facility ID No. 70149) on the unopposed application to assign the licence of WASV-TV, "
 "Channel 62 (UPN), Asheville, North Carolina, from Pappas Telecasting of the Carolinas to Media General Broadcasting "
 "of South Carolina Holdings, Inc., licensee of WSPA-TV, Spartanburg, which programmed WASV under a local marketing "
 "agreement of 26 March 1996 (a duopoly under Section 73.3555(b)(2), granted on a failing-station showing per the "
 "trade press), as the FCC's own EDOCS text file holds it; an FCC order is a US federal work, public domain (batch "
 "15f). The sister order of 53b's WCTX order DA 02-100, released the same day in the same form: another matter "
 "(other parties, station and market). `published` is the release day (52k, 52zd, 53b; **doubtful**). One stored "
 "rendering came back; it is the PDF-to-text conversion with spaces after hyphens and inside brackets and quotation "
 "marks ('WASV- TV', '(\u201c Pappas\u201d)', '(\u201c Media General\u201d)', 'WSPA- TV', 'above- captioned', "
 "'Greenville- Spartanburg', '73.3555( b)( 2)', '47 C. F. R.'), kept as written (53b's call). Left out: the lines "
 "'*Pages 1--5 from 5.PDF*', 'Federal Communications Commission DA 02- 103' and 'Before the FEDERAL COMMUNICATIONS "
 "COMMISSION Washington, D. C. 20554'; the caption ('In Re Application of', the ')' column, 'File No. BALCT- "
 "20010727ABS' and 'Facility ID No. 70149' dropped; the party lines 'PAPPAS TELECASTING OF THE CAROLINAS (Assignor) "
 "and MEDIA GENERAL BROADCASTING OF SOUTH CAROLINA HOLDINGS, INC. (Assignee)' and 'For Consent to the Assignment of "
 "WASV- TV, Asheville, North Carolina' kept as `title`, joined with '; '); the paragraph numbers '1.', '2.'; the "
 "footnote marker '1' after '... dated March 26, 1996.'. Kept: 'MEMORANDUM OPINION AND ORDER', the adoption and "
 "release line and 'By the Chief, Mass Media Bureau:', each on its own line, then paragraph 1 whole (two sentences) "
 "and paragraph 2's first three sentences, each paragraph its own. Cut: paragraph 2 from its fourth sentence ('That "
 "rule provides, in pertinent part, ... at least one of the stations is not ranked among the top four stations in'), "
 "which the extraction breaks off by running footnote 1's text into it ('1 Media General is the successor- in- "
 "interest to the local marketing agreement as a result of its acquisition of Spartan Communications, Inc. in March "
 "2001, which had entered into that agreement with Pappas. Spartan simulta' -- footnote text, not taken), and all "
 "after; `truncated` (the ruling is not in the kept text). Kept as written: 'Channel 62 (UPN)', 'Channel 7 (CBS)', "
 "the DMA's name with its en dashes, '\u00a773.3555( b)( 2)', the curly quotation marks with their inner space. In the "
 "lane (a Bureau order naming the assignor, the assignee, two stations and two networks, 2002). Found with 'WASV-TV "
 "Asheville Pappas Telecasting Media General WSPA-TV failing station waiver assignment Mass Media Bureau' (rank 1), "
 "following a nexttv.com item (2002-01-16, 'FCC OKs LIN, Media General duopolies', not an open text) that came back "
 "at rank 5 for the Benedek query. " + CHECK +
 "'WASV', '02-103', '02- 103', 'BALCT-20010727', 'Pappas Telecasting of the Carolinas', 'Media General Broadcasting', "
 "'WSPA-TV', 'WSPA- TV', 'Spartan Communications': in no corpus file, GATHERING.md line, script, note or pool. Other "
 "matters only: 'Pappas' (52zd's Fant/Pappas KHGI review order FCC 04-45; 53b's query and not-used lines on Pappas "
 "Arizona/KSWT), 'Media General' (four corpus files on other deals: LIN, Young, Nexstar), 'UPN', 'CBS'.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
