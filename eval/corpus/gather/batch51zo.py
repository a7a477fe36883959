#!/usr/bin/env python3
"""Batch 51zo (session 52, gatherer 51zo): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a forty-eighth round in the FCC transaction lane of batches 15f, 43n-49f,
49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd and 51zg (50l a null round), on three broadcast-licence matters of 1967,
1968 and 1972 no corpus file holds, all from www.nicholasjohnson.org's copies of FCC texts (the site of Commissioner
Nicholas Johnson; its 'FCCOps' pages reproduce FCC Reports and Radio Regulation texts) --
  - the Commission's Memorandum Opinion and Order FCC 67-1312 adopted 8 December 1967 (10 F.C.C.2d 822) on D. H.
    Overmyer's applications to transfer control of the permittees of five UHF television stations to U.S.
    Communications Corp. and on the application to assign the licence of WPHL-TV, Philadelphia, to the same company
    (the Overmyer lead of 51zd and 51zg);
  - the Commission's public notice of 27 March 1968 (12 Rad. Reg. 2d (P & F) 809) granting the assignment of the
    licence of WFMT, Chicago, from Gale Broadcasting Co., Inc. to WGN Continental FM Co., with the opening of
    Commissioner Nicholas Johnson's dissenting opinion, which names the assignee's parent, the Tribune Company, and
    its newspapers, stations and syndicate;
  - the Commission's approval of 13 December 1972 (39 F.C.C.2d 470) of the assignment of the licences of WTRY, Troy,
    and WTRY-FM, Albany, N.Y., from Kops-Monahan Communications, Inc. to Scott Broadcasting Co. of Pennsylvania, Inc.,
    with the opening of Commissioner Johnson's dissenting opinion.
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the site's 'Back to Index', the letterhead
'FEDERAL COMMUNICATIONS COMMISSION', captions (kept as `title`, the leading 'In re Application of' / 'In Re Application
of' dropped), file, reporter and release-number lines ('Files Nos. BPC-5376, ...', '10 F.C.C.2d 822 (1967); 11 Rad.
Reg. 2d (P & F) 967', 'RELEASE-NUMBER: FCC 67-1312', 'BALH-1039, Public Notice', '12 Rad. Reg. 2d (P & F) 809', '39
F.C.C.2d 470'), the copy's field labels ('JUDGES:' with its value, which repeats the opinion's opening clause,
'OPINION:', 'DISSENTBY: JOHNSON', 'DISSENT:'), page markers ('[*822]', '[*470]', '[*471]') and paragraph numbers; each
text is cut at the last full sentence before the excerpt breaks off. Kept: the date line ('December 8, 1967 Adopted',
'March 27, 1968', 'DECEMBER 18, 1972') and the 'BY THE COMMISSION: ...' line where there is one, each on its own line,
then the body's sentences (in the 1972 text the dissent's upper-case heading on its own line), the pages' blank and
space-only lines and double spaces joined (whitespace only). No word added or changed. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51zo.py [POOL_DIR] [--dry]   (default /tmp/gather52zo/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52zo/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-52 pools /tmp/gather52*/pool (52a-52zp, no 52zc, at the "
         "last check, none on these matters): ")
ORIGIN = "nicholasjohnson.org copy of an FCC text (search tool page store)"
R = []

# ---- D. H. Overmyer -> U.S. Communications Corp. (UHF permittees); WPHL-TV, Philadelphia, FCC 67-1312, 1967 --------
U1 = "https://nicholasjohnson.org/FCCOps/1967/10F2-822.htm"
R.append(federal(
 "us-fcc-overmyer-u-s-communications-corp-uhf-permittees-wphl-tv-philadelphia-transfer-assignment-order-1967",
 U1, "1967-12-08",
 "D. H. OVERMYER (TRANSFEROR) AND U.S. COMMUNICATIONS CORP. (TRANSFEREE) For Voluntary Transfer of Control of D. H. "
 "Overmyer Communications Co., Inc., Permittee of Stations KEMO-TV, San Francisco, Calif.; WECO-TV, Pittsburgh, Pa.; "
 "WSCO-TV, Newport, Ky.; and WBMO-TV, Newport, Ky.; and WBMO-TV, Atlanta, Ga.; and for Voluntary Transfer of Control "
 "of D. H. Overmyer Broadcasting Co., Inc., Permittee of Station KJDO-TV, Rosenberg, Tex.; In re Application of "
 "PHILADELPHIA TELEVISION BROADCASTING CO. (ASSIGNOR) AND U.S. COMMUNICATIONS CORP. (ASSIGNEE) For Assignment of "
 "License of Station WPHL-TV, Philadelphia, Pa.",
 "December 8, 1967 Adopted\n\n"
 "BY THE COMMISSION: COMMISSIONERS BARTLEY, COX, AND JOHNSON DISSENTING AND ISSUING STATEMENTS; COMMISSIONER "
 "LOEVINGER CONCURRING AND ISSUING A STATEMENT.\n\n"
 "The Commission has before it the above-captioned transfer applications, under which D. H. Overmyer proposes to "
 "transfer control of the permittees of five UHF television stations to U.S. Communications Corp. The Commission "
 "also has before it the above-captioned assignment application, which proposes to assign the license for station "
 "WPHL-TV, Philadelphia, Pa., to U.S. Communications Corp. Since all the above-listed applications involves stations "
 "in the top 50 television markets, the applications come within the purview of the Interim Policy Concerning "
 "Acquisition of Television Stations (5 R.R. 2d i71), enunciated June 21, 1965.\n\n"
 "The Commission is of the view that a grant of the applications would foster the development of UHF television "
 "stations. This would be consistent with the Commission's efforts to provide a more competitive nationwide "
 "television service to the public.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Memorandum Opinion and Order FCC 67-1312, 'In re Application of D. H. "
 "Overmyer (Transferor) and U.S. Communications Corp. (Transferee) For Voluntary Transfer of Control of D. H. Overmyer "
 "Communications Co., Inc., ... and of D. H. Overmyer Broadcasting Co., Inc., ...; In re Application of Philadelphia "
 "Television Broadcasting Co. (Assignor) and U.S. Communications Corp. (Assignee) For Assignment of License of "
 "Station WPHL-TV, Philadelphia, Pa.', 10 F.C.C.2d 822 (1967), 11 Rad. Reg. 2d (P & F) 967, Files Nos. BPC-5376, "
 "BTC-5377, BTC-5378, BTC-5379, BTC-5380, File No. BALCT-327, adopted December 8, 1967, US federal government work "
 "(public domain); text as nicholasjohnson.org's copy of the FCC Reports text holds it, from the search tool's page "
 "store at " + U1,
 ORIGIN,
 "The Commission's Memorandum Opinion and Order FCC 67-1312 adopted 8 December 1967 (10 F.C.C.2d 822) on D. H. "
 "Overmyer's applications to transfer control of the permittees of five UHF television stations (D. H. Overmyer "
 "Communications Co., Inc. and D. H. Overmyer Broadcasting Co., Inc., named in the caption only) to U.S. "
 "Communications Corp., and on Philadelphia Television Broadcasting Co.'s application to assign the licence of "
 "WPHL-TV, Philadelphia, to U.S. Communications Corp., as the copy on nicholasjohnson.org (the site of Commissioner "
 "Nicholas Johnson; its 'FCCOps' pages reproduce FCC Reports texts; 51zd's and 51zg's lead) holds it; an FCC order is "
 "a US federal work, public domain (batch 15f). One stored rendering came back (blank lines between paragraphs, "
 "whole paragraphs). Left out: the site's 'Back to Index'; the caption ('In re Application of D. H. OVERMYER ... "
 "WPHL-TV, Philadelphia, Pa.', kept as `title` with the leading 'In re Application of' dropped, capitals and the "
 "caption's repeated 'and WBMO-TV, Newport, Ky.;' kept as written); 'Files Nos. BPC-5376, BTC-5377, BTC-5378, "
 "BTC-5379, BTC-5380; File No. BALCT-327'; 'FEDERAL COMMUNICATIONS COMMISSION'; the reporter line '10 F.C.C.2d 822 "
 "(1967); 11 Rad. Reg. 2d (P & F) 967'; 'RELEASE-NUMBER: FCC 67-1312'; the page marker '[*822]'; the paragraph "
 "numbers '1.' and '2.'. Kept: the date line 'December 8, 1967 Adopted'; the upper-case 'BY THE COMMISSION: ...' "
 "line; paragraph 1 whole (three sentences); the first two sentences of paragraph 2; the space-only lines and the "
 "double spaces after full stops joined (whitespace only). Cut after '... to the public.', before the sentence the "
 "excerpt breaks off inside ('It'), and all after it; `truncated` (the grant and the statements are not in the "
 "excerpt). Kept as written: 'applications involves', '(5 R.R. 2d i71)' (the copy's 'i71'), 'D. H. Overmyer', "
 "'U.S. Communications Corp.', 'Philadelphia, Pa.', 'top 50 television markets'. In the lane (an FCC order naming a "
 "station's proposed assignee, the transferor of five permittees and four Commissioners, 1967); thin (one relation): "
 "the permittees and the WPHL-TV assignor are named only in the caption. One text per matter. Found with "
 "'Commission approved the transfer of control of licensee of television station Commissioner Johnson dissenting "
 "conglomerate subsidiary 1971' (rank 4); searches by the caption words ('D. H. OVERMYER U.S. COMMUNICATIONS "
 "CORPORATION ...', 'In Re Applications of OVERMYER COMMUNICATIONS CO. transferor U.S. COMMUNICATIONS CORP. ...') gave "
 "only Wikipedia copies on Daniel H. Overmyer, as 51zg found. " + CHECK +
 "'WPHL', 'KEMO', 'KJDO', 'WECO', 'WSCO', 'WBMO', 'Philadelphia Television Broadcasting', 'BPC-5376', 'BTC-537', "
 "'BALCT-327', '67-1312', '10F2-822', '10 F.C.C.2d': in no corpus file, GATHERING.md line, script or pool; "
 "'Overmyer' and 'U.S. Communications' only in 51zd's and 51zg's GATHERING.md and notes lines naming this order as "
 "seen-not-used and a lead (no gold file); 'Bartley' and 'Loevinger' in three and two corpus files on other matters "
 "(51r's Stanley Warner/Glen Alden, 51zd's Capital Cities and Mooney items).",
 True))

# ---- Gale Broadcasting Co. -> WGN Continental FM Co. (Tribune Company): WFMT, Chicago, 12 R.R.2d 809, 1968 ---------
U2 = "https://www.nicholasjohnson.org/FCCOps/1968/12R2-809.htm"
R.append(federal(
 "us-fcc-wgn-continental-fm-tribune-company-wfmt-chicago-assignment-johnson-dissent-1968",
 U2, "1968-03-27",
 "GALE B/CASTING CO., INC. (Assignor) and WGN CONTINENTAL FM CO. (Assignee), For Assignment of Licensee of Station "
 "WFMT, Chicago, Illinois",
 "March 27, 1968\n\n"
 "The Commission by Chairman Hyde and Commissioners Lee, Cox, Loevinger, and Wadsworth, with Commissioner Johnson "
 "dissenting and issuing a statement, granted the above named applications on March 27, 1968.\n\n"
 "Before the Federal Communications Commission in this matter is a request by WGN Continental FM Company for a grant "
 "without hearing of its application to buy the license for WFMT (FM). The Commission has decided to grant the "
 "request. I must dissent.\n\n"
 "WFMT operates on one of the most desirable FM frequencies in the Chicago metropolitan area. Outstanding direction "
 "by owner and station manager Bernard Jacobs, who is now forced to divest himself of operating responsibility for "
 "reasons of health, has established WFMT as one of the leading FM's in Chicago and in the nation.\n\n"
 "Transferee-WGN Continental FM Company is a subsidiary of the Tribune Company, which commands one of the nation's "
 "most extensive communications empires. The company's holdings are concentrated principally in Chicago. Each "
 "weekday 832,146 Chicagoans read the Chicago Tribune over breakfast; in the afternoon 439,360 residents of the city "
 "read the Chicago American, a second newspaper published by the Tribune Company. The Sunday figures for the two "
 "papers are 1,158,975 and 494,503 respectively. In addition, the Company owns WGN-AM and WGN-TV. WGN-TV (net weekly "
 "circulation 2,262,400) is the area's only independent VHF; the other three are owned and operated by the three "
 "national networks.\n\n"
 "Outside Chicago, the Company's communications interests extend to all sectors of the nation, through the "
 "wholly-owned Chicago Tribune-New York News Syndicate, which furnishes comic strip columns and variety and other "
 "features to more than 1700 newspapers.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Public Notice, 'Gale Broadcasting Co., Inc. (Assignor) and WGN Continental "
 "FM Co. (Assignee), For Assignment of License of Station WFMT, Chicago, Illinois', File No. BALH-1039, 12 Rad. Reg. "
 "2d (P & F) 809, March 27, 1968, with the dissenting opinion of Commissioner Nicholas Johnson, US federal government "
 "work (public domain); text as nicholasjohnson.org's copy holds it, from the search tool's page store at " + U2,
 ORIGIN,
 "The Commission's grant of 27 March 1968 (public notice, BALH-1039; 12 Rad. Reg. 2d (P & F) 809) of the assignment "
 "of the licence of WFMT (FM), Chicago, from Gale Broadcasting Co., Inc. (named in the caption only) to WGN Continental "
 "FM Co., with the opening of Commissioner Nicholas Johnson's dissenting opinion, as the copy on www.nicholasjohnson.org "
 "holds it; an FCC notice and a Commissioner's opinion are US federal works, public domain (batch 15f; 51zd's 8 "
 "F.C.C.2d 548). Two stored renderings came back: nicholasjohnson.org/FCCOps/1968/12R2-809.htm (line breaks inside "
 "sentences, and most sentences of each paragraph missing: 'The Commission by Chairman Hyde and Commissioners Lee, "
 "Cox, Loevinger, and' / 'DISSENT:' ...; it alone has the heading 'DISSENTING OPINION OF COMMISSIONER NICHOLAS "
 "JOHNSON') and this www.nicholasjohnson.org one (whole paragraphs, breaking off in the dissent's fifth paragraph); "
 "this one taken (as 51zg's 19 F.C.C.2d 433). Left out: the site's 'Back to Index'; the caption ('GALE B/CASTING CO., "
 "INC. (Assignor) and WGN CONTINENTAL FM CO. (Assignee), For Assignment of Licensee of Station WFMT, Chicago, "
 "Illinois', kept as `title` as written, 'B/CASTING' and 'Licensee' included); 'BALH-1039, Public Notice'; the "
 "reporter line '12 Rad. Reg. 2d (P & F) 809'. Kept: the date line 'March 27, 1968'; the Commission's one sentence; "
 "the dissent's first four paragraphs whole; the blank lines joined (whitespace only). Cut after '... to more than "
 "1700 newspapers.', before the sentence the excerpt breaks off inside ('The Company publishes the'), and all after "
 "it; `truncated`. Kept as written: 'Transferee-WGN Continental FM Company' (the label joined to the name by a "
 "hyphen), 'WFMT (FM)', \"FM's\", 'the Company' and 'the company's' (the Tribune Company), the figures, "
 "'Chicago Tribune-New York News Syndicate', 'wholly-owned'. In the lane (an FCC grant naming a station, its assignee, "
 "the assignee's parent and the parent's newspapers, stations and syndicate, the station's owner and six "
 "Commissioners, 1968). One text per matter. Found with 'Commission approved the transfer of control of licensee of "
 "television station Commissioner Johnson dissenting conglomerate subsidiary 1971' (rank 8, the other rendering) and "
 "'WGN Continental FM Company subsidiary of the Tribune Company WFMT assignment Gale Broadcasting dissenting Johnson "
 "McCormick' (ranks 1 and 4: the two renderings; rank 1 taken). " + CHECK +
 "'WFMT', 'WGN Continental', 'Chicago American', 'Bernard Jacobs', 'News Syndicate', 'BALH-1039', '12R2-809', '12 "
 "Rad. Reg', 'Gale B': in no corpus file, GATHERING.md line, script or pool; 'WGN' in one train file (a 2006 Wikinews "
 "story on the CW network, another matter); 'Tribune Company' in that file and in test's Tribune Company/Sam Zell "
 "EGI-TRB order of 2014 (batch 46f, another matter); 'Chicago Tribune' in four corpus files and several GATHERING.md "
 "lines, as a source or another matter, and 'Tribune Company' in 46f's GATHERING.md lines and scripts (the 2014 order); "
 "'McCormick' only as McCormick & Company (other matters).",
 True))

# ---- Kops-Monahan Communications -> Scott Broadcasting Co. of Pennsylvania: WTRY / WTRY-FM, 39 F.C.C.2d 470, 1972 ---
U3 = "https://nicholasjohnson.org/FCCOps/1972/39F2_470.htm"
R.append(federal(
 "us-fcc-kops-monahan-scott-broadcasting-wtry-troy-albany-assignment-johnson-dissent-1972",
 U3, "1972-12-18",
 "KOPS-MONAHAN COMMUNICATIONS, INC., ASSIGNOR and SCOTT BROADCASTING CO. OF PENNSYLVANIA, INC., ASSIGNEE For "
 "Assignment of License of WTRY, Troy and WTRY-FM, Albany, N.Y.",
 "DECEMBER 18, 1972\n\n"
 "On December 13, 1972, the Commission approved the assignment of license of WTRY-AM, Troy, WTRY-FM, Albany, N.Y., "
 "from Kops-Monahan Communications, Inc., to Scott Broadcasting Company of Pennsylvania, Inc.\n\n"
 "DISSENTING OPINION OF COMMISSIONER NICHOLAS JOHNSON\n\n"
 "Today the Federal Communications Commission approves the assignment of radio station WTRY-AM, Troy, New York, and "
 "WTRY-FM, Albany, New York, from Kops-Monahan Communications, Inc., to Scott Broadcasting Co. of Pennsylvania. This "
 "assignment raises three major problems -- problems to which the majority's opinion scarcely alludes.\n\n"
 "First, with this assignment, Scott Broadcasting will acquire its seventh AM and its fourth FM station. All of these "
 "stations broadcast to listeners in the mid-Atlantic portion of this country. Section 73.35 (b) of our rules "
 "precludes one individual or institution from owning more than one AM broadcast station if the resulting multiple "
 "ownership violates the public interest in a diversity of broadcast views. Section 73.240(a)(2) applies the same "
 "prohibition to FM stations. It is true, of course, that our rules state that ownership of more than seven AM or FM "
 "stations constitute a per se violation of the public interest. But that per se rule clearly does not mean that "
 "ownership of more than one, but less than seven, such stations cannot constitute a violation of the public "
 "interest standard.\n\n"
 "The majority does not even refer to these rules.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, 'In Re Application of Kops-Monahan Communications, Inc., Assignor and Scott "
 "Broadcasting Co. of Pennsylvania, Inc., Assignee For Assignment of License of WTRY, Troy and WTRY-FM, Albany, N.Y.', "
 "39 F.C.C.2d 470, December 18, 1972 (approved December 13, 1972), with the dissenting opinion of Commissioner "
 "Nicholas Johnson, US federal government work (public domain); text as nicholasjohnson.org's copy of the FCC Reports "
 "text holds it, from the search tool's page store at " + U3,
 ORIGIN,
 "The Commission's approval of 13 December 1972 (39 F.C.C.2d 470, dated 18 December 1972) of the assignment of the "
 "licences of WTRY(-AM), Troy, and WTRY-FM, Albany, N.Y., from Kops-Monahan Communications, Inc. to Scott "
 "Broadcasting Company of Pennsylvania, Inc., with the heading and opening of Commissioner Nicholas Johnson's "
 "dissenting opinion, as the copy on nicholasjohnson.org holds it; an FCC decision and a Commissioner's opinion are "
 "US federal works, public domain (batch 15f; 51zd's 8 F.C.C.2d 548). One stored rendering came back (blank lines "
 "between paragraphs, whole paragraphs). Left out: the site's 'Back to Index'; the caption ('In Re Application of "
 "KOPS-MONAHAN COMMUNICATIONS, INC., ASSIGNOR ... Albany, N.Y.', kept as `title` with 'In Re Application of' dropped, "
 "capitals kept); 'FEDERAL COMMUNICATIONS COMMISSION'; the reporter line '39 F.C.C.2d 470'; the copy's field labels "
 "'JUDGES:' with its value ('On December 13, 1972, the Commission approved the above assignment of license with "
 "Commissioner Johnson dissenting and issuing the following statement', a repeat of the opinion's opening clause, "
 "as 51r dropped the 'JUDGES:' repeat in 11 F.C.C.2d 246), 'OPINION:', 'DISSENTBY: JOHNSON' and 'DISSENT:'; the page "
 "markers '[*470]' and '[*471]'. Kept: the date line 'DECEMBER 18, 1972'; the Commission's one sentence; the "
 "dissent's upper-case heading on its own line (as 51zd's); its first two paragraphs whole and the first sentence of "
 "its third; the space-only lines and the double spaces after full stops joined (whitespace only). Cut after 'The "
 "majority does not even refer to these rules.', before the sentence the excerpt breaks off inside ('It mak'), and "
 "all after it; `truncated`. Kept as written: 'WTRY-AM' (the caption's 'WTRY'), 'Scott Broadcasting Company of "
 "Pennsylvania, Inc.' beside 'Scott Broadcasting Co. of Pennsylvania' and 'Scott Broadcasting', 'N.Y.' beside 'New "
 "York', the double hyphen '--', 'Section 73.35 (b)', 'constitute', 'per se'. In the lane (an FCC decision naming two "
 "stations, their assignor and assignee and the dissenting Commissioner, 1972). One text per matter. Found with "
 "'Commission has before it the application for assignment of license of station from wholly owned "
 "subsidiary BY THE COMMISSION: COMMISSIONER JOHNSON DISSENTING' (rank 3) and 'Kops-Monahan Communications "
 "assignment of license WTRY Troy WTRY-FM Albany Scott Broadcasting Company of Pennsylvania' (rank 1). " + CHECK +
 "'Kops', 'WTRY', 'Scott Broadcasting', '39F2_470', '39 F.C.C.2d': in no corpus file, GATHERING.md line, script or "
 "pool; 'Troy' in three corpus files on other matters (two Oireachtas committee items, a DOJ Martin Marietta "
 "notice); 'WTRY' otherwise only inside binary model files under /work/notes.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
