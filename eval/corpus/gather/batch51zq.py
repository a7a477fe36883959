#!/usr/bin/env python3
"""Batch 51zq (session 52, gatherer 51zq): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a forty-ninth round in the FCC transaction lane of batches 15f, 43n-49f,
49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg and 51zo (50l a null round), on two broadcast-licence matters of
1968 and 1970 no corpus file holds, both from nicholasjohnson.org's copies of FCC texts (the site of Commissioner
Nicholas Johnson; its 'FCCOps' pages reproduce FCC Reports texts) --
  - the Commission's grant of 18 June 1968 (13 F.C.C.2d 756) of the assignment of the licence of WCBM-FM, Baltimore,
    from Metromedia, Inc. to The A. S. Abell Co. and of WASH-FM, Washington, D.C., from Everett L. Dillard, trading as
    Commercial Radio Equipment Co., to Metromedia, Inc., with the opening of Commissioner Nicholas Johnson's
    dissenting opinion, which names Hearst's stations and newspaper in Baltimore;
  - the Commission's authorisation of 27 November 1970 (26 F.C.C.2d 697) of the transfer of control of station
    KVOO-TV (the copy's 'KVOD-TV' in the Commission's sentence), Tulsa, from Central Plains Enterprises, Inc. to
    Scripps-Howard Broadcasting Co., with the opening of Johnson's dissent, which lists Scripps-Howard's seven
    stations.
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the site's 'Back to Index', the letterhead
'FEDERAL COMMUNICATIONS COMMISSION', captions (kept as `title`, the leading 'In re Applications of' / 'In Re
Applications by' dropped), file and reporter lines ('BALH-1084; BALH-1083', '13 F.C.C.2d 756 (1968)', 'BTC-6293', '26
F.C.C.2d 697'), the copy's field labels ('JUDGES:', 'DISSENTBY: JOHNSON', 'DISSENT:'), page markers ('[*756]',
'[*757]'); each text is cut at the last full sentence before the excerpt breaks off. Kept: the date line ('June 18,
1968', 'November 27, 1970') on its own line, the Commission's one sentence, the dissent's upper-case heading (and in
1968 its subheading and bracketed summary) each on its own line, then the dissent's sentences; line wraps inside
sentences, the pages' blank and space-only lines and double spaces joined (whitespace only). No word added or
changed. Per-item notes in `notes`. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51zq.py [POOL_DIR] [--dry]   (default /tmp/gather52zq/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52zq/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-52 pools /tmp/gather52*/pool (52a-52zs, no 52zc, "
         "at the last check, none on these matters): ")
ORIGIN = "nicholasjohnson.org copy of an FCC text (search tool page store)"
R = []

# ---- Metromedia -> The A. S. Abell Co. (WCBM-FM); Dillard/Commercial Radio Equipment -> Metromedia (WASH-FM), 1968 --
U1 = "https://nicholasjohnson.org/FCCOps/1968/13F2-756.html"
R.append(federal(
 "us-fcc-metromedia-a-s-abell-wcbm-fm-baltimore-wash-fm-washington-assignments-johnson-dissent-1968",
 U1, "1968-06-18",
 "METROMEDIA, INC., ASSIGNOR AND A. S. ABELL CO., ASSIGNEE EVERETT L. DILLARD, TR/AS COMMERCIAL RADIO EQUIPMENT CO., "
 "ASSIGNOR AND METROMEDIA, INC., ASSIGNEE For assignment of licenses of WCBM-FM, Baltimore, Md., and WASH-FM, "
 "Washington, D.C.",
 "June 18, 1968\n\n"
 "THE COMMISSION, BY COMMISSIONERS HYDE, CHAIRMAN; LEE AND WADSWORTH, WITH COMMISSIONER BARTLEY ABSENT, COMMISSIONER "
 "COX NOT PARTICIPATING, COMMISSIONER LOEVINGER CONCURRING IN THE RESULT AND COMMISSIONER JOHNSON DISSENTING AND "
 "ISSUING A STATEMENT, GRANTED ASSIGNMENT OF LICENSE OF STATION WCBM-FM, BALTIMORE, MD., FROM METROMEDIA, INC. TO THE "
 "A. S. ABELL CO., AND ASSIGNMENT OF LICENSE OF STATION WASH-FM, WASHINGTON, D.C. FROM EVERETT L. DILLARD TR/AS "
 "COMMERCIAL RADIO EQUIPMENT CO. TO METROMEDIA, INC.\n\n"
 "DISSENTING OPINION OF COMMISSIONER NICHOLAS JOHNSON\n\n"
 "BALTIMORE-WASHINGTON STATION OWNERSHIP\n\n"
 "[Application for assignment of license of WCBM (FM), Baltimore, Md., from Metromedia, Inc., to The A. S. Abell Co., "
 "and WASH (FM), Washington, D.C., from Everett L. Dillard to Metromedia, Inc.]\n\n"
 "By this single action the FCC is, once again, further exacerbating the growing concentration of control of the mass "
 "media in our country. It is today needlessly adding to the growing power of not one, but two, media owners, and "
 "further diminishing diversity and local control in two major markets: Baltimore, Md., and Washington, D.C., our "
 "Nation's Capital.\n\n"
 "It requires little more than a brief recitation of the facts of this case -- who is buying what from whom to add "
 "to what -- to highlight its evils. I have recently spelled out some of the reasons for national concern more fully "
 "in an article, \"The Media Barons and the Public Interest,\" The Atlantic Monthly (June 1968).\n\n"
 "Baltimore is essentially a three-VHF, two-newspaper market. As is increasingly the case throughout our country, "
 "none of the VHF stations is locally owned by interests independent of newspapers. WBAL-TV (channel 11), the NBC "
 "affiliate, is owned by Hearst -- one of the Nation's largest mass media owners, not a local resident, and the "
 "publisher of the Baltimore News-American in the same market!",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, 'In re Applications of Metromedia, Inc., Assignor and A. S. Abell Co., "
 "Assignee; Everett L. Dillard, tr/as Commercial Radio Equipment Co., Assignor and Metromedia, Inc., Assignee For "
 "assignment of licenses of WCBM-FM, Baltimore, Md., and WASH-FM, Washington, D.C.', 13 F.C.C.2d 756 (1968), Files "
 "Nos. BALH-1084, BALH-1083, June 18, 1968, with the dissenting opinion of Commissioner Nicholas Johnson, US federal "
 "government work (public domain); text as nicholasjohnson.org's copy of the FCC Reports text holds it, from the "
 "search tool's page store at " + U1,
 ORIGIN,
 "The Commission's grant of 18 June 1968 (13 F.C.C.2d 756; BALH-1084, BALH-1083) of the assignment of the licence of "
 "WCBM-FM, Baltimore, from Metromedia, Inc. to The A. S. Abell Co., and of WASH-FM, Washington, D.C., from Everett L. "
 "Dillard, trading as Commercial Radio Equipment Co., to Metromedia, Inc., with the heading, subheading, bracketed "
 "summary and opening of Commissioner Nicholas Johnson's dissenting opinion, as the copy on nicholasjohnson.org holds "
 "it; an FCC decision and a Commissioner's opinion are US federal works, public domain (batch 15f; 51zd's 8 F.C.C.2d "
 "548). Two stored renderings of the one address came back: (a) blank lines between paragraphs, with the caption, "
 "breaking off in the third paragraph of the dissent's body ('... throughout our country, none '); (b) line breaks "
 "inside sentences, without the caption and 'Back to Index', running two sentences further ('... in the same "
 "market! It also controls WBAL-AM and WBA'). Checked by script: whitespace aside, (a) from 'BALH-1084' on is word "
 "for word the start of (b) (no word dropped in (b), unlike the line-broken renderings 51zd, 51zg and 51zo warned "
 "of). Text from (b), its line wraps joined; paragraph breaks where (a) has them (whitespace only); the caption "
 "(kept as `title`, 'In re Applications of' dropped, capitals kept as written, no ';' added between the two "
 "captions) from (a). Left out: 'Back to Index'; 'BALH-1084; BALH-1083'; 'FEDERAL COMMUNICATIONS COMMISSION'; '13 "
 "F.C.C.2d 756 (1968)'; the page markers '[*756]' and '[*757]'. Kept: the date line 'June 18, 1968'; the Commission's "
 "one upper-case sentence; the dissent's heading 'DISSENTING OPINION OF COMMISSIONER NICHOLAS JOHNSON', its "
 "subheading 'BALTIMORE-WASHINGTON STATION OWNERSHIP' and its bracketed summary '[Application for assignment ... to "
 "Metromedia, Inc.]', each on its own line; the dissent's first two paragraphs whole and the first three sentences of "
 "its third; the double spaces after full stops joined (whitespace only). Cut after '... in the same market!', before "
 "the sentence (b) breaks off inside ('It also controls WBAL-AM and WBA'), and all after it; `truncated`. Kept as "
 "written: 'TR/AS' (trading as), 'THE A. S. ABELL CO.' and 'The A. S. Abell Co.', 'WCBM (FM)' and 'WASH (FM)' in the "
 "bracketed summary beside 'WCBM-FM' and 'WASH-FM', 'the FCC', 'our Nation's Capital', the double hyphens '--', the "
 "'!' ending the last kept sentence, 'The Atlantic Monthly (June 1968)'. In the lane (an FCC grant naming two "
 "stations, their assignors and assignees, a third station's owner and the owner's newspaper, and seven "
 "Commissioners, 1968). One text per matter. Found with 'Commission approved the assignment of license Commissioner "
 "Johnson dissenting subsidiary of corporation which owns newspapers and stations' (ranks 6 and 8: renderings (a) and "
 "(b)) and 'Metromedia WCBM-FM Baltimore A. S. Abell Co. WASH-FM Washington Dillard assignment Johnson dissent' "
 "(ranks 1 and 2). " + CHECK +
 "'Metromedia', 'Abell' (only 'Abellio' in two GATHERING.md lines on ScotRail, another matter), 'WCBM', 'WASH-FM', "
 "'Dillard', 'Commercial Radio Equipment', 'WBAL', 'News-American', 'BALH-1084', 'BALH-1083', '13F2-756', '13 "
 "F.C.C.2d': in no corpus file, GATHERING.md line, script or pool; 'Hearst' in nine corpus files and 'NBC' in many, "
 "all on other matters (none names WBAL or a Baltimore station).",
 True))

# ---- Central Plains Enterprises -> Scripps-Howard Broadcasting Co.: KVOO-TV, Tulsa, 26 F.C.C.2d 697, 1970 ----------
U2 = "https://nicholasjohnson.org/FCCOps/1970/26F2_697.htm"
R.append(federal(
 "us-fcc-central-plains-enterprises-scripps-howard-kvoo-tv-tulsa-transfer-of-control-johnson-dissent-1970",
 U2, "1970-11-27",
 "CENTRAL PLAINS ENTERPRISES, INC. (TRANSFEROR) and SCRIPPS-HOWARD BROADCASTING CO. (TRANSFEREE) For Transfer of "
 "Control of Station KVOD-TV, Tulsa, Okla.",
 "November 27, 1970\n\n"
 "The Commission by Commissioners Burch (Chairman), Robert E. Lee, H. Rex Lee, and Wells, with Commissioner Bartley "
 "dissenting and Commissioner Johnson dissenting and issuing a statement, authorized transfer of control of station "
 "KVOD-TV, from Central Plains Enterprises, Inc. to Scripps Howard Broadcasting Company.\n\n"
 "DISSENTING OPINION OF COMMISSIONER NICHOLAS JOHNSON\n\n"
 "Today the majority, without opinion or explanation, approves the transfer of another television station to the "
 "media holdings of Scripps-Howard. I do not believe the Commission should make the finding that the public interest "
 "will be served by this additional concentration of media power without a hearing to weigh the benefits and "
 "detriments of its action, and I therefore dissent.\n\n"
 "My opinion in this case need only be brief -- a simple detailing of the Scripps-Howard interests raises the "
 "principal issue in this case. Scripps-Howard owns the following broadcast properties:\n\n"
 "WCPO-TV, Cincinnati, Ohio\n"
 "WEWS-TV, Cleveland, Ohio\n"
 "WPTV, Palm Beach, Florida\n"
 "WMC-TV, Memphis Tenn.\n"
 "WNOX(AM), Knoxville, Tenn.\n"
 "WMC (AM), Memphis, Tenn.\n"
 "WMC(FM), Memphis, Tenn.\n\n"
 "The total net weekly circulation of its television stations -- without KVOO-TV -- is 2,792,598. A recent exhibit "
 "submitted in another proceeding suggests that Scripps-Howard ranks 15th among Commission licensees in terms of "
 "total net weekly circulation. The addition of KVOO-TV would move Scripps-Howard to 13th position.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, 'In Re Applications by Central Plains Enterprises, Inc. (Transferor) and "
 "Scripps-Howard Broadcasting Co. (Transferee) For Transfer of Control of Station KVOD-TV, Tulsa, Okla.', 26 F.C.C.2d "
 "697, File No. BTC-6293, November 27, 1970, with the dissenting opinion of Commissioner Nicholas Johnson, US federal "
 "government work (public domain); text as nicholasjohnson.org's copy of the FCC Reports text holds it, from the "
 "search tool's page store at " + U2,
 ORIGIN,
 "The Commission's authorisation of 27 November 1970 (26 F.C.C.2d 697; BTC-6293) of the transfer of control of "
 "station KVOO-TV, Tulsa, Okla. (written 'KVOD-TV' in the caption and the Commission's sentence, 'KVOO-TV' twice in "
 "the dissent), from Central Plains Enterprises, Inc. to Scripps-Howard Broadcasting Co., with the heading and "
 "opening of Commissioner Nicholas Johnson's dissenting opinion, as the copy on nicholasjohnson.org holds it; an FCC "
 "decision and a Commissioner's opinion are US federal works, public domain (batch 15f; 51zd's 8 F.C.C.2d 548). One "
 "stored rendering came back (blank lines between paragraphs and list lines, whole paragraphs). Left out: 'Back to "
 "Index'; the caption ('In Re Applications by CENTRAL PLAINS ENTERPRISES, INC. ... Tulsa, Okla.', kept as `title` "
 "with 'In Re Applications by' dropped, capitals and 'KVOD-TV' kept as written); 'BTC-6293'; 'FEDERAL COMMUNICATIONS "
 "COMMISSION'; '26 F.C.C.2d 697'; the copy's field labels 'JUDGES:', 'DISSENTBY: JOHNSON' and 'DISSENT:' (the "
 "'JUDGES:' value is here the Commission's only sentence, with no 'OPINION:' part, so it is kept, as 51zo's WFMT "
 "notice kept the same sentence). Kept: the date line 'November 27, 1970'; the Commission's one sentence; the "
 "dissent's upper-case heading on its own line; its first two paragraphs whole; its list of seven stations, one a "
 "line; the first three sentences of the paragraph after the list; the blank and space-only lines and the double "
 "spaces after full stops joined (whitespace only). Cut after '... to 13th position.', before the sentence the "
 "excerpt breaks off inside ('Principals of Scripps-Howard have interests in roughly 30% of the non-voting stock of "
 "the Vindicator Printing Company, publisher of the Youngstown (Ohio) Vindicator and licensee'), and all after it; "
 "`truncated`. Kept as written: 'KVOD-TV' beside 'KVOO-TV', 'Scripps Howard Broadcasting Company' (no hyphen) beside "
 "'Scripps-Howard', 'Burch (Chairman)', 'WMC-TV, Memphis Tenn.' (no comma), 'WNOX(AM)', 'WMC (AM)', 'WMC(FM)', "
 "'2,792,598', '15th', '13th', the double hyphens '--'. In the lane (an FCC authorisation naming a station, its "
 "transferor and transferee, the transferee's seven stations and six Commissioners, 1970). One text per matter. "
 "Found with 'Commission approved the assignment of license Commissioner Johnson dissenting subsidiary of "
 "corporation which owns newspapers and stations' (rank 5) and 'Scripps-Howard Broadcasting transfer of control "
 "KVOO-TV Tulsa Central Plains Enterprises Johnson dissenting' (rank 1). " + CHECK +
 "'Scripps-Howard', 'Scripps Howard', 'Central Plains', 'KVOO', 'KVOD', 'WCPO', 'WEWS', 'WPTV', 'WMC', 'WNOX', "
 "'BTC-6293', '26F2_697', '26 F.C.C.2d': in no corpus file, GATHERING.md line, script or pool ('WMC' only in a "
 "train Wikipedia file on WMC Resources, another matter; 'Burch' only inside 'Burchett' in GATHERING.md lines and "
 "batch45zh.py on TVA).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
