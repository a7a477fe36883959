#!/usr/bin/env python3
"""Batch 51zg (session 52, gatherer 51zg): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a forty-seventh round in the FCC transaction lane of batches 15f, 43n-49f,
49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r and 51zd (50l a null round), on two broadcast-licence matters of 1969 and 2013
no corpus file holds --
  - the Commission's Memorandum Opinion and Order FCC 69-907 adopted 14 August 1969 (19 F.C.C.2d 433) on the
    application to transfer control of Wichita-Hutchinson Co., Inc., licensee of KTVH-TV, Hutchinson, Kans., from the
    Minneapolis Star & Tribune Co. to WKY Television System, Inc., behind which stands the Oklahoma Publishing Co.
    (www.nicholasjohnson.org's copy of the FCC Reports text; 51zd's lead, there as the later 20 F.C.C.2d 951);
  - the Commission's Memorandum Opinion and Order FCC 13-35 (adopted 20 March, released 21 March 2013) upholding the
    Media Bureau's grant of the assignment of the licence of WHAT(AM), Philadelphia, from Urban Radio I, LLC to Marconi
    Broadcasting Company, LLC (fcc.gov's document page; 51r's and 51zd's lead).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the pages' own lines (nicholasjohnson.org's
'Back to Index'; fcc.gov's 'Skip Navigation', 'English Display Options', 'Commission Document', 'Download Options',
its page heading, kept as `title`, and its 'Released:' line), letterheads ('Federal Communications Commission FCC
13-35', 'Before the Federal Communications Commission Washington, D.C. 20554', 'FEDERAL COMMUNICATIONS COMMISSION'),
captions (the 1969 caption kept as `title`), docket, file, facility, reporter and release-number lines ('Docket No.
18631 File No. BTC-5848', '19 F.C.C.2d 433 (1969)', 'RELEASE-NUMBER: FCC 69-907'), the copy's field label 'ACTION:'
with its value, page markers ('[*433]'), paragraph numbers, a section heading after the cut, footnote markers and the
footnotes' text; each text is cut at the last full sentence before the excerpt breaks off. Kept: the decision's
adoption line ('August 14, 1969 Adopted') or the order's name and adoption and release lines, the 'BY THE COMMISSION:
...' / 'By the Commission:' line, each on its own line, then the body's sentences, the pages' line wraps, blank and
space-only lines and double spaces joined (whitespace only). No word added or changed. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51zg.py [POOL_DIR] [--dry]   (default /tmp/gather52zg/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52zg/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-52 pools /tmp/gather52*/pool (52a-52zk at the "
         "last check, none on these matters): ")
R = []

# ---- Minneapolis Star & Tribune Co. -> WKY Television System, Inc.: Wichita-Hutchinson Co. / KTVH-TV, 1969 --------
U1 = "https://www.nicholasjohnson.org/FCCOps/1969/19F2-433.htm"
R.append(federal(
 "us-fcc-minneapolis-star-tribune-wichita-hutchinson-ktvh-tv-wky-television-oklahoma-publishing-transfer-order-1969",
 U1, "1969-08-14",
 "MINNEAPOLIS STAR & TRIBUNE CO. (TRANSFEROR) AND WKY TELEVISION SYSTEM, INC. (TRANSFEREE) For Voluntary Transfer of "
 "Control Wichita-Hutchinson Co., Inc., Licensee of Station KTVH-TV, Hutchinson, Kans.",
 "August 14, 1969 Adopted\n\n"
 "BY THE COMMISSION: CHAIRMAN HYDE DISSENTING AND ISSUING A STATEMENT IN WHICH COMMISSIONER ROBERT E. LEE JOINS; "
 "COMMISSIONER WADSWORTH ABSENT; COMMISSIONER JOHNSON ISSUING A SEPARATE STATEMENT; COMMISSIONER H. REX LEE "
 "CONCURRING IN THE RESULT.\n\n"
 "This proceeding involves the application for transfer of control of the Wichita-Hutchinson Co., Inc., licensee of "
 "station KTVH-TV (channel 12), Hutchinson, Kans., from the Minneapolis Star & Tribune Co. to WKY Television System, "
 "Inc.\n\n"
 "KTVH-TV serves Wichita-Hutchinson, Kans. This property is owned by the Wichita-Hutchinson Co. which in turn is "
 "owned by the Minneapolis Star & Tribune Co. The latter is substantially controlled by the John Cowles family.\n\n"
 "Cowles interests in broadcasting and CATV reach through the Midwest and Southern United States. Superimposed on "
 "these operations is a corporate structure of newspaper and publishing concerns holding substantial influence over "
 "sources of information throughout the Nation.\n\n"
 "Behind the corporate identity of the purchaser stands the Oklahoma Publishing Co., substantially owned and "
 "completely controlled by the Edward K. Gaylord family. Gaylord holdings constitute a regional concentration of "
 "publishing and broadcasting interests predominantly centered in the Southwestern United States, and extending "
 "(perhaps, less significantly for the moment) into the Nation's southern and midwestern regions.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Memorandum Opinion and Order FCC 69-907, 'In Re Application of Minneapolis "
 "Star & Tribune Co. (Transferor) and WKY Television System, Inc. (Transferee) For Voluntary Transfer of Control "
 "Wichita-Hutchinson Co., Inc., Licensee of Station KTVH-TV, Hutchinson, Kans.', 19 F.C.C.2d 433 (1969), Docket No. "
 "18631, File No. BTC-5848, adopted August 14, 1969, US federal government work (public domain); text as "
 "nicholasjohnson.org's copy of the FCC Reports text holds it, from the search tool's page store at " + U1,
 "nicholasjohnson.org copy of an FCC order (search tool page store)",
 "The Commission's Memorandum Opinion and Order FCC 69-907 adopted 14 August 1969 (19 F.C.C.2d 433) on the "
 "application to transfer control of Wichita-Hutchinson Co., Inc., licensee of KTVH-TV (channel 12), Hutchinson, "
 "Kans., from the Minneapolis Star & Tribune Co. to WKY Television System, Inc. (the order that designated the "
 "application for hearing, as the later 20 F.C.C.2d 951 recalls; the kept paragraphs do not say so), as the copy on "
 "www.nicholasjohnson.org (the site of Commissioner Nicholas Johnson; its 'FCCOps' pages reproduce FCC Reports texts; "
 "51r's and 51zd's lead) holds it; an FCC order is a US federal work, public domain (batch 15f). Two stored renderings "
 "came back: nicholasjohnson.org/FCCOps/1969/19F2-433.htm (line breaks inside sentences, and most of paragraphs 1-4 "
 "missing: '1. This proceeding involves the application for transfer of control of the' / '2. KTVH-TV serves' ...) "
 "and this www.nicholasjohnson.org one (whole paragraphs, breaking off in paragraph 5); this one taken. Left out: the "
 "site's 'Back to Index'; the caption ('In Re Application of MINNEAPOLIS STAR & TRIBUNE CO. ... Hutchinson, Kans.', "
 "kept as `title` with 'In Re Application of' dropped, capitals kept); 'Docket No. 18631 File No. BTC-5848'; "
 "'FEDERAL COMMUNICATIONS COMMISSION'; the reporter line '19 F.C.C.2d 433 (1969)'; 'RELEASE-NUMBER: FCC 69-907'; the "
 "copy's field label 'ACTION:' and its value 'MEMORANDUM OPINION AND ORDER' (as 51zd's 'ACTION:' / 'ORDER'); the page "
 "marker '[*433]'; the paragraph numbers '1.'-'4.'; the section heading 'THE WICHITA-HUTCHINSON MARKET' that follows "
 "paragraph 4. Kept: the date line 'August 14, 1969 Adopted'; the upper-case 'BY THE COMMISSION: ...' line; "
 "paragraphs 1-4 whole; the space-only lines and the double spaces after full stops joined (whitespace only). Cut "
 "after paragraph 4 ('... into the Nation's southern and midwestern regions.'), before the section heading and "
 "paragraph 5, which the excerpt breaks off inside ('5.  Wichita-Hutchinso'), and all after it; `truncated`. Kept as "
 "written: 'Wichita-Hutchinson Co., Inc.' beside 'the Wichita-Hutchinson Co.', 'Minneapolis Star & Tribune Co.' "
 "with its ampersand, 'KTVH-TV (channel 12)', 'Hutchinson, Kans.', 'CATV', 'the Nation', '(perhaps, less "
 "significantly for the moment)'. In the lane (an FCC order naming a station, its licensee, the licensee's parent, "
 "the transferee and the company behind it, with five Commissioners, 1969). One text per matter: the later "
 "reconsideration order on the same application (20 F.C.C.2d 951, FCC 69-1354, 51zd's lead) not taken. Found with "
 "'In re Application of Wichita-Hutchinson Co. transfer WKY Television System Minneapolis Star and Tribune Co. "
 "petition reconsideration F.C.C.2d' (rank 5; ranks 1-2 the two renderings of 20 F.C.C.2d 951) and 'application for "
 "transfer of control of the Wichita-Hutchinson Co., Inc., licensee of station KTVH-TV (channel 12) from the "
 "Minneapolis Star & Tribune Co. to WKY Television System' (ranks 3 and 4: the two renderings). " + CHECK +
 "'KTVH', 'WKY', 'Minneapolis Star', 'Star & Tribune', 'Oklahoma Publishing', 'Gaylord', 'Cowles', 'BTC-5848', "
 "'69-907', '19 F.C.C.2d', '19F2-433', 'Rex Lee', 'Kans.': in no corpus file, script or pool; 'KTVH', 'WKY', "
 "'Minneapolis Star', 'Star & Tribune', 'Wichita-Hutchinson' only in 51zd's GATHERING.md and notes lines naming 20 "
 "F.C.C.2d 951 as seen-not-used and a lead (no gold file); 'Wichita' in one corpus file on another matter (train's "
 "FTC Albertsons/United Supermarkets item); 'Hutchinson' in two corpus files on other matters (an Oireachtas "
 "committee item, dev's HickoryTech/Enventis notice).",
 True))

# ---- Urban Radio I, LLC -> Marconi Broadcasting Company, LLC: WHAT(AM), Philadelphia, FCC 13-35, 2013 -------------
U2 = "http://www.fcc.gov/document/commission-affirms-whatam-assignment-marconi-broadcasting?fontsize=largeFont"
R.append(federal(
 "us-fcc-urban-radio-i-marconi-broadcasting-what-am-philadelphia-assignment-review-order-2013",
 U2, "2013-03-21",
 "Commission Affirms WHAT(AM) Assignment to Marconi Broadcasting",
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: March 20, 2013\n\n"
 "Released: March 21, 2013\n\n"
 "By the Commission:\n\n"
 "We have before us an April 14, 2008, Application for Review (\u201cAFR\u201d), filed by Leon A. Williams "
 "(\u201cWilliams\u201d). In the AFR, Williams seeks review of the Media Bureau, Audio Division (\u201cBureau\u201d) "
 "March 14, 2008, decision denying Williams\u2019s Petition for Reconsideration of the December 28, 2006, grant of "
 "an uncontested application for consent to assign the license of broadcast station WHAT(AM), Philadelphia, "
 "Pennsylvania, from Urban Radio I, LLC, to Marconi Broadcasting Company, LLC (\u201cAssignment Application\u201d). "
 "In the Staff Decision, the Bureau found that Commission policy precluded consideration of potential format changes "
 "in reviewing the Assignment Application.\n\n"
 "Upon review of the AFR and the entire record, we conclude that Williams has failed to demonstrate that the Bureau "
 "erred. The Bureau properly decided the matters raised, and we uphold the Staff Decision for the reasons stated "
 "therein.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Memorandum Opinion and Order FCC 13-35, 'In the Matter of Urban Radio I, "
 "LLC, Assignor, and Marconi Broadcasting Company, LLC, Assignee, Application for Consent to Assignment of License of "
 "Station WHAT(AM), Philadelphia, Pennsylvania', File No. BAL-20061108AHP, Facility ID No. 33686, adopted March 20, "
 "2013, released March 21, 2013, US federal government work (public domain); text as the FCC's document page "
 "holds it, from the search tool's page store at " + U2,
 "fcc.gov document page of an FCC order (search tool page store)",
 "The Commission's Memorandum Opinion and Order FCC 13-35 (adopted 20 March, released 21 March 2013) upholding the "
 "Media Bureau, Audio Division's 2008 staff decision that denied Leon A. Williams's petition for reconsideration of "
 "the 28 December 2006 grant of the uncontested application to assign the licence of WHAT(AM), Philadelphia, "
 "Pennsylvania, from Urban Radio I, LLC to Marconi Broadcasting Company, LLC, as the FCC's own document page (fcc.gov, "
 "'Commission Document') holds it; an FCC order is a US federal work, public domain (batch 15f). One stored "
 "rendering came back (the '?fontsize=largeFont' address), lines broken inside sentences. Left out: the page's "
 "'Skip Navigation', 'Federal Communications Commission', 'English Display Options', 'Commission Document', its "
 "heading 'Commission Affirms WHAT(AM) Assignment to Marconi Broadcasting' (kept as `title`), 'Download Options' "
 "and the page's 'Released: March 21, 2013' line; 'Federal Communications Commission FCC 13-35' and 'Before the "
 "Federal Communications Commission Washington, D.C. 20554'; the caption ('In the Matter of URBAN RADIO I, LLC "
 "Assignor and MARCONI BROADCASTING COMPANY, LLC Assignee Application for Consent to Assignment of License of Station "
 "WHAT(AM), Philadelphia, Pennsylvania', its ')' column, 'File No. BAL-20061108AHP' and 'Facility ID No. 33686'); the "
 "paragraph numbers '1.' and '2.'; the footnote markers '1' (after '(\u201cAFR\u201d),'), '2' (after "
 "'(\u201cAssignment Application\u201d).') and '3' (after '... reviewing the Assignment Application.'), and the "
 "footnotes' text after paragraph 2 (footnote 1: 'Marconi Broadcasting, LLC, filed an Opposition to the AFR on April "
 "29, 2009.'; footnote 2's citation of the Staff Decision, 23 FCC Rcd 4039; footnote 3 on public notice, which the "
 "excerpt breaks off inside: 'On the contr'). Kept: 'MEMORANDUM OPINION AND ORDER', the 'Adopted:' and 'Released:' "
 "lines and 'By the Commission:', each on its own line (as the page sets them), then paragraphs 1 and 2 whole (five "
 "sentences); the line wraps inside sentences ('Leon A.' / 'Williams', 'the December' / '28, 2006', 'Company,' / "
 "'LLC') joined with a space (whitespace only). Cut after paragraph 2 ('... for the reasons stated therein.'); "
 "`truncated` (the order runs on past the excerpt: its ordering clause is not in it). Kept as written: the curly "
 "quotation marks and apostrophe ('Williams\u2019s'), 'WHAT(AM)', 'Urban Radio I, LLC,' with its commas, 'the "
 "Media Bureau, Audio Division (\u201cBureau\u201d)', 'the Staff Decision' (defined only in the cut footnote 2). In "
 "the lane (an FCC order naming a station's assignor and assignee, the objector and the Bureau whose decision it "
 "upholds, 2013). One text per matter. Found with 'Urban Radio I Marconi Wireless Holdings assignment of license "
 "FCC 13-35' (rank 1) and 'Commission Affirms WHAT(AM) Assignment to Marconi Broadcasting Urban Radio I Leon A. "
 "Williams application for review' (rank 1, the same rendering). " + CHECK +
 "'Marconi Broadcasting', 'BAL-20061108', 'Leon A. Williams', 'Audio Division': in no corpus file, GATHERING.md "
 "line, script or pool; 'Urban Radio', 'WHAT(AM)' and 'FCC 13-35' only in 51r's and 51zd's GATHERING.md and notes "
 "lines naming this order as seen-not-used and a lead (no gold file); 'Marconi' otherwise only as GEC-Marconi "
 "(batch 15f) and in a Hansard search line of GATHERING.md (other companies and matters); '33686' only inside "
 "binary model files under /work/notes.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
