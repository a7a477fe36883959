#!/usr/bin/env python3
"""Batch 51j (session 52, gatherer 51j): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a forty-fourth round in the FCC transaction lane of batches 15f,
43n-49f, 49j, 49m, 50c, 50f, 50i and 51e (50l a null round), on three television-licence orders of 1996 and 1998 no
corpus file holds --
  - the Commission's Memorandum Opinion and Order FCC 96-395 of 27 September 1996 on the assignment of the licences of
    WCTV(TV), Thomasville, Georgia, from John H. Phipps, Inc. to WCTV Licensee Corp., 'a subsidiary of Gray
    Communications System, Inc.', and of WKXT-TV, Knoxville, Tennessee, from Phipps's subsidiary Knoxville, Channel 8
    Limited Partnership to WKXT Licensee Corp. (a docslib.org copy of the FCC Record pages; 51e's lead);
  - the Mass Media Bureau's Memorandum Opinion and Order DA 98-1627 of 13 August 1998 on the transfer of control of
    Malrite Communications Group, Inc. and Estrella Brillante, Ltd. from Milton S. Maltz to Raycom Media, Inc., with
    the two companies' television stations (a docslib.org copy);
  - the Mass Media Bureau's Memorandum Opinion and Order DA 98-424 of 2 March 1998 on the transfer of control of LIN
    Television Corporation from A T & T Corporation to LIN Holdings Corporation, 'an entity ultimately controlled by
    Thomas O. Hicks' (the FCC's own ASCII text on transition.fcc.gov).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the pages' own lines (docslib's '<<',
the FCC's WordPerfect-conversion notice), headers and running page headers, captions (kept as `title`), file lines,
paragraph numbers, every footnote marker and all footnote text; each text is cut at the last full sentence before the
excerpt breaks off. Kept: the order's name, the adoption and release line and the 'By the ...' line, each on its own
line, then the body's sentences, the pages' line and page breaks joined (whitespace only). The docslib copies are
PDF text extractions: their slips ('to.', 'Gray.-', 'NEC', 'Albany Georgia', 'Panama City, ,', 'Toledo, ,',
'Commission\u00a9s', 'FCC Red') are kept as written. No word added or changed. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51j.py [POOL_DIR] [--dry]   (default /tmp/gather52j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52j/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-52 pools /tmp/gather52*/pool (52a-52i at the "
         "last check, none on these matters): ")
R = []

# ---- John H. Phipps, Inc. -> WCTV Licensee Corp. / WKXT Licensee Corp. (Gray Communications System), FCC 96-395 ---
U1 = "https://docslib.org/doc/12283833/federal-communications-commission-fcc-96-395"
R.append(federal(
 "us-fcc-phipps-wctv-wkxt-gray-communications-licensee-subsidiaries-assignment-order-1996",
 U1, "1996-09-27",
 "JOHN H. PHIPPS, INC. (Assignor) and WCTV LICENSEE CORP. (Assignee), For Consent to the Assignment of License of "
 "Station WCTV(TV), Thomasville; KNOXVILLE, CHANNEL 8 LIMITED PARTNERSHIP (Assignor) and WKXT LICENSEE CORP. "
 "(Assignee), For Consent to the Assignment of License of Station WKXT-TV, Knoxville, Tennessee",
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: September 27, 1996 Released: September 27, 1996\n\n"
 "By the Commission:\n\n"
 "The Commission has before it for consideration the above-captioned applications seeking consent to the assignment "
 "of license of station WCTV(TV) (CBS), Channel 6, Thomasville, Georgia, from John H. Phipps, Inc. (Phipps) to. WCTV "
 "Licensee Corp., a subsidiary of Gray Communications System, Inc. (Gray); and an application for consent to the "
 "assignment of license of WKXT-TV (CBS), Channel 8, Knoxville, Tennessee, from Knoxville, Channel 8 Limited "
 "Partnership, a subsidiary of Phipps, to WKXT Licensee Corp., a subsidiary of Gray.- Gray is also the licensee of "
 "WALB-TV (NEC), Channel 10, Albany Georgia and WJHG-TV (NEC), Channel 7, Panama City, , Because the Grade B contour "
 "of WCTV(TV) overlaps with those of both WALB-TV and WJHG-TV, the applicant seeks temporary, six-month waivers of "
 "the Commission\u00a9s television rule, 47 C.F.R. \u00a773.3555(b), which proscribes common ownership of television "
 "stations with overlapping Grade B contours, to permit it time in which to sell WALB-TV and WJHG-TV.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Memorandum Opinion and Order FCC 96-395, 'In re Applications of John H. "
 "Phipps, Inc. (Assignor) and WCTV Licensee Corp. (Assignee) ... and Knoxville, Channel 8 Limited Partnership "
 "(Assignor) and WKXT Licensee Corp. (Assignee), For Consent to the Assignment of License of Station WKXT-TV, "
 "Knoxville, Tennessee', File Nos. BALCT-960116IA and BALCT-960116IB, adopted and released September 27, 1996 "
 "(11 FCC Rcd, page 13053 on), US federal government work (public domain); text as docslib.org's copy of the FCC "
 "Record pages holds it, from the search tool's page store at " + U1,
 "docslib.org copy of an FCC order (search tool page store)",
 "The Commission's Memorandum Opinion and Order of 27 September 1996 (FCC 96-395) on the applications to assign the "
 "licence of WCTV(TV), Thomasville, Georgia, from John H. Phipps, Inc. to WCTV Licensee Corp., a subsidiary of Gray "
 "Communications System, Inc., and the licence of WKXT-TV, Knoxville, Tennessee, from Knoxville, Channel 8 Limited "
 "Partnership, a subsidiary of Phipps, to WKXT Licensee Corp., a subsidiary of Gray, as docslib.org's text extraction "
 "of the FCC Record pages holds it (the lead 51e left: 'Phipps/Gray WCTV FCC 96-395 (docslib copy: a lead, not "
 "checked to the end)'); an FCC order is a US federal work, public domain (batch 15f). Left out: docslib's '<<'; the "
 "header 'Federal Communications Commission FCC 96-395' and 'Before the Federal Communications Commission "
 "Washington, D.C 20554'; the caption ('In re Applications of ... WKXT-TV, Knoxville, Tennessee', its ')' column "
 "dropped, its two parts joined with '; ' and kept as `title`, its 'In re Applications of' dropped and its capitals "
 "kept; the caption itself breaks off at 'WCTV(TV), Thomasville,') and the file lines 'File No. BALCT-960116IA' and "
 "'File No. BALCT-960116IB'; the paragraph number '1.'; the running page header '13053 Federal Communications "
 "Commission FCC 96-395' that the extraction sets inside the name 'Knoxville, Channel 8 Limited ... Partnership' (the "
 "page break joined with one space: no word of the body lost or added); the footnote marker '1' (after '... sell "
 "WALB-TV and WJHG-TV.'). Kept: 'MEMORANDUM OPINION AND ORDER', the adoption and release line and 'By the "
 "Commission:', each on its own line, then paragraph 1 whole. Cut after '... to sell WALB-TV and WJHG-TV.', before "
 "paragraph 2, whose first sentence the excerpt breaks off inside ('Petitions to deny the application were timely "
 "filed by the licensees of three television stations which compete with WCTV(TV): Ashling Broadcast Group, Inc. "
 "(Ashling), the licensee of station WPGX-TV, Panama City, Florida; General Management Consultants, Inc., the "
 "licensee of station WTLH'), and all after it; `truncated`. Kept as written, the extraction's slips included: "
 "'(Phipps) to. WCTV Licensee Corp.' with its stray full stop, 'Gray.- Gray' (a stray mark, not a footnote marker: "
 "footnote 1 follows later), '(CBS)' and '(NEC)' (the PDF's reading of the network labels; 'NEC' is the page's), "
 "'Albany Georgia' without a comma, 'Panama City, , Because' (the state and the sentence end lost in the extraction, "
 "the run-on left as the page gives it), 'Commission\u00a9s' with the copyright sign for the apostrophe, "
 "'\u00a773.3555(b)' unspaced. In the lane (an FCC order naming the assignors, the assignee licensee subsidiaries, "
 "their parent and the stations, 1996). One text per matter. Found with 'WCTV Licensee Corp., a subsidiary of Gray "
 "Communications System, Inc. Phipps' (rank 1); no other copy came back for 'John H. Phipps, Inc. WCTV Licensee "
 "Corp. WKXT Licensee Corp. Knoxville Channel 8 Limited Partnership assignment'. " + CHECK +
 "'Phipps', '96-395', 'WKXT', 'Channel 8 Limited', 'WALB', 'WJHG', 'BALCT-9601', 'Ashling', 'WPGX', 'WTLH': in no "
 "corpus file, GATHERING.md line (but 51e's lead line), script or pool; 'WCTV' in train us-fcc-budd-broadcasting-"
 "wfxu-... (51e: WCTV(TV) named beside WFXU in the 2017 Budd/Gray order, another matter; and in 51e's notes of the "
 "dev Withers file, its search query); 'Gray Communications' only inside 'Hargray Communications' (train Hargray/"
 "ComSouth, dev wp-cricket-wireless); 'Gray Television' in train files on other deals (Gray/Raycom 2018, "
 "Gray/Meredith 2021, Budd/Gray 2017) and dev Withers/Gray 2017; 'Knoxville' in four files on other matters (New "
 "Knoxville Telephone, Vulcan, Cirrus, Heart of Iowa).",
 True))

# ---- Malrite Communications Group, Inc. / Estrella Brillante, Ltd.: Milton S. Maltz -> Raycom Media, DA 98-1627 ----
U2 = "https://docslib.org/doc/5409926/federal-communications-commission-da-98-1627-in-re-applications-of"
R.append(federal(
 "us-fcc-maltz-malrite-estrella-brillante-raycom-media-transfer-of-control-order-1998",
 U2, "1998-08-13",
 "For Consent to the Transfer of Control of Malrite Communications Group, Inc., Licensee or Controlling Corporation "
 "of the Licensee of: WFLX(TV), West Palm Beach, FL; WNWO-TV, Toledo, OH; WXIX-TV, Newport, KY; WOIO(TV), Shaker "
 "Heights, OH; WLII(TV), Caguas, PR; WSUR-TV, Ponce, PR; W50AW, Vero Beach, FL",
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: August 13, 1998 Released: August 13, 1998\n\n"
 "By the Chief, Mass Media Bureau:\n\n"
 "The Commission, by the Chief, Mass Media Bureau, acting pursuant to delegated authority, has before it the "
 "above-captioned, unopposed applications seeking consent to the transfer of control of Malrite Communications "
 "Group, Inc. (Malrite) and Estrella Brillante, Ltd. (Estrella) from Milton S. Maltz to Raycom Media, Inc. (Raycom). "
 "Malrite is the licensee of television stations WFLX(TV) (Channel 29, FOX), West Palm Beach, Florida, WNWO-TV "
 "(Channel 24, NEC), Toledo, , WXIX-TV (Channel 19, FOX), Newport, Kentucky, WOIO(TV) (Channel 19, CBS), Shaker "
 "Heights, Ohio and low power W50AW, Vero Beach, Florida. The predicted Grade B contours of stations WNWO-TV and "
 "WOIO(TV) overlap, and Malrite has commonly-owned those stations since 1996, pursuant to the grant of a permanent "
 "waiver of Section 73.3555(b), the Commission\u00a9s rule, 47 C.F.R. Section 73.3555(b). WNWO Associates, 11 FCC "
 "Red 18596 (1996). Estrella is the licensee of WLII(TV) (Channel 11, Ind.), Caguas, Puerto Rico and WSUR-TV "
 "(Channel 9, Ind.), Ponce, Puerto Rico.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Mass Media Bureau, Memorandum Opinion and Order DA 98-1627, 'In re "
 "Applications of Milton S. Maltz (Transferor) and [Raycom Media], Inc. (Transferee), For Consent to the Transfer of "
 "Control of Malrite Communications Group, Inc., Licensee or Controlling Corporation of the Licensee of: WFLX(TV), "
 "West Palm Beach, FL ... W50AW, Vero Beach, FL', File Nos. BTCCT-980421IB-G and BTCTT-980430IA, adopted and "
 "released August 13, 1998, US federal government work (public domain); text as docslib.org's copy of the FCC's "
 "document holds it, from the search tool's page store at " + U2,
 "docslib.org copy of an FCC order (search tool page store)",
 "The Mass Media Bureau's Memorandum Opinion and Order of 13 August 1998 (DA 98-1627) on the applications to "
 "transfer control of Malrite Communications Group, Inc. and Estrella Brillante, Ltd. from Milton S. Maltz to Raycom "
 "Media, Inc., as docslib.org's text extraction of the FCC's document holds it; an FCC order is a US federal work, "
 "public domain (batch 15f). Left out: the header 'Federal Communications Commission DA 98-1627' and 'Before the "
 "Federal Communications Commission Washington, D.C. 20554'; the caption ('In re Applications of ... W50AW, Vero "
 "Beach, FL', its ')' column dropped): its transferor and transferee lines ('MILTON S. MALTZ (Transferor) and , INC. "
 "(Transferee)' -- the transferee's name lost in the extraction) are dropped and the rest kept as `title`, the "
 "station list joined with '; '; the file line 'FileNos. BTCCT-980421IB-G BTCTT-980430IA'; the paragraph number "
 "'1.'; the footnote marker '1' (after '(Estrella)'); footnote 1's text and the running page header the extraction "
 "sets between 'Newport, Kentucky,' and 'WOIO(TV)' ('1 Malrite controls the general partner of Estrella_ Federal "
 "Communications Commission DA 98-1627'; the page break joined with one space). Kept: 'MEMORANDUM OPINION AND "
 "ORDER', the adoption and release line and 'By the Chief, Mass Media Bureau:', each on its own line, then paragraph "
 "1's first five sentences. Cut after '... Ponce, Puerto Rico.', before the sentence the excerpt breaks off inside "
 "('Station WSUR-TV has operated as a satellite of station WLII(TV) for over 30 years, having previously been granted "
 "satellite exemption status pursuant to Note 5 to Section 73.3555 of'), and all after it; `truncated`. Kept as "
 "written, the extraction's slips included: 'NEC' (the page's reading of WNWO-TV's network label), 'Toledo, ,' (the "
 "state lost), 'commonly-owned', 'Commission\u00a9s' with the copyright sign, the citation sentence 'WNWO Associates, "
 "11 FCC Red 18596 (1996).' as the page sets it in the body (no marker before it; 'Red' for 'Rcd' as written), "
 "'(Channel 11, Ind.)'. In the lane (an FCC order naming the companies whose control passes, the buyer, the seller "
 "and the companies' stations, 1998). One text per matter. Found with 'Memorandum Opinion and Order assignment of "
 "license of television station from Inc. to Licensee, Inc., a wholly-owned subsidiary of, failing station waiver "
 "granted' (rank 6) and 'Milton S. Maltz transfer of control Malrite Communications Group Raycom Media Estrella "
 "Brillante' (rank 4; no other copy). " + CHECK +
 "'Malrite', 'Maltz', 'Estrella', '98-1627', 'BTCCT-980421', 'WFLX', 'WXIX', 'WOIO', 'WLII', 'WSUR', 'W50AW': in no "
 "corpus file, GATHERING.md line, script or pool (call signs only as byte strings inside model files under "
 "/work/notes); 'WNWO' in one test file's name-list match on another matter (a 2005 news item, by file name); "
 "'Raycom Media' in two train files on other matters (Gray/Raycom 2018; the Sinclair/Nexstar information-exchange "
 "judgment 2019) -- Raycom's 1998 purchase of Malrite is in none.",
 True))

# ---- LIN Television Corporation: A T & T Corporation -> LIN Holdings Corporation (Thomas O. Hicks), DA 98-424 -------
U3 = "https://transition.fcc.gov/Bureaus/Mass_Media/Orders/1998/da980424.txt"
R.append(federal(
 "us-fcc-att-lin-television-lin-holdings-hicks-transfer-of-control-order-1998",
 U3, "1998-03-02",
 "A T & T Corporation (Transferor) and LIN Holdings Corporation (Transferee), For Consent to the Transfer of Control "
 "of the Following Broadcast Licenses: KXAS-TV, Fort Worth, Texas; WISH-TV, Indianapolis, Indiana; WTNH-TV, New "
 "Haven, Connecticut; WIVB-TV, Buffalo, New York; WAVY-TV, Portsmouth, Virginia; KXAN-TV, Austin, Texas; KXAM-TV, "
 "Llano, Texas; WAND(TV), Decatur, Illinois; WANE-TV, Fort Wayne, Indiana",
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: March 2, 1998 Released: March 2, 1998\n\n"
 "By the Chief, Mass Media Bureau:\n\n"
 "The Commission, by the Chief, Mass Media Bureau, acting pursuant to delegated authority, has before it for "
 "consideration unopposed applications seeking consent to transfer control of LIN Television Corporation (LIN), "
 "licensee of the above-captioned television licenses, from A T & T Corporation to LIN Holdings Corporation. LIN "
 "Holdings Corporation, is an entity ultimately controlled by Thomas O. Hicks (Hicks).",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Mass Media Bureau, Memorandum Opinion and Order DA 98-424, 'In re "
 "Applications of A T & T Corporation (Transferor) and LIN Holdings Corporation (Transferee), For Consent to the "
 "Transfer of Control of the Following Broadcast Licenses: KXAS-TV, Fort Worth, Texas ... WANE-TV, Fort Wayne, "
 "Indiana', File Nos. BTCCT-970910YA-YI et al., adopted and released March 2, 1998, US federal government work "
 "(public domain); text as the FCC's ASCII rendering holds it, from the search tool's page store at " + U3,
 "transition.fcc.gov ASCII text of an FCC order (search tool page store)",
 "The Mass Media Bureau's Memorandum Opinion and Order of 2 March 1998 (DA 98-424) on the unopposed applications to "
 "transfer control of LIN Television Corporation, licensee of nine television stations, from A T & T Corporation "
 "to LIN Holdings Corporation, an entity ultimately controlled by Thomas O. Hicks, as the FCC's own WordPerfect-to-"
 "ASCII rendering on transition.fcc.gov holds it (one run of text, the caption's ')' column in a row); an FCC order "
 "is a US federal work, public domain (batch 15f). Left out: the conversion notice ('NOTICE ... This document was "
 "converted from WordPerfect to ASCII Text format ... if available.' between rows of asterisks); 'Before the Federal "
 "Communications Commission Washington, D.C. 20554'; the caption ('In re Application s of) ... WANE-TV, Fort Wayne, "
 "Indiana', its ')' column dropped, kept as `title` with 'In re Application s of' dropped and the station list "
 "joined with '; '); the file lines 'File Nos. BTCCT-970910YA-YI BTCTT-970910YJ BTCTVL-970910YK "
 "BTCTTL-970910YL-YZ'; the paragraph number '1.'. Kept: 'MEMORANDUM OPINION AND ORDER', the adoption and release "
 "line and 'By the Chief, Mass Media Bureau:', each on its own line (the one run broken there, as 51e set Budd's "
 "EDOCS text), then paragraph 1's first two sentences. Cut after '... Thomas O. Hicks (Hicks).', before the "
 "sentence the excerpt breaks off inside ('Because Hicks will ultimately control LIN and its l'), and all after it; "
 "`truncated`. The text is short (about 70 words) and names the stations only in the caption (kept as `title`, not "
 "annotated). Kept as written: 'A T & T Corporation' spaced, 'LIN Holdings Corporation, is' with its comma, "
 "'(LIN)', '(Hicks)'. In the lane (an FCC order naming the licensee whose control passes, the seller and the buyer, "
 "1998). One text per matter. Found with 'Memorandum Opinion and Order assignment of license of television station "
 "from Inc. to Licensee, Inc., a wholly-owned subsidiary of, failing station waiver granted' (rank 4) and 'unopposed "
 "applications seeking consent to transfer control of LIN Television Corporation from A T & T Corporation to LIN "
 "Holdings Corporation' (rank 1; the other results SEC filings, not used). " + CHECK +
 "'LIN Holdings', 'LIN Television', 'LIN TV', 'Thomas O. Hicks', '98-424', 'da980424', 'BTCCT-970910': in no "
 "corpus file, GATHERING.md line, script or pool; 'LIN Media' (the 2014 Media General/LIN merger, test "
 "doj-federal-register-media-general-lin-media-...) another matter; 'Hicks' in train us-doj-...-capstar-sfx-"
 "broadcasting-hicks-muse-... (43v: Hicks, Muse, Tate & Furst in the Capstar/SFX radio case, another matter) and in "
 "files on other people.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
