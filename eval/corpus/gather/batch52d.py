#!/usr/bin/env python3
"""Batch 52d (session 53, gatherer 52d): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a fiftieth round in the FCC transaction lane of batches 15f, 43n-49f,
49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo and 51zq (50l a null round), on three broadcast-licence
matters of 1969, 1970 and 1971 no corpus file holds, all from nicholasjohnson.org's copies of FCC texts (the site of
Commissioner Nicholas Johnson; its 'FCCOps' pages reproduce FCC Reports and Radio Regulation texts) --
  - the Commission's Memorandum Opinion and Order FCC 69-494 adopted 7 May 1969 (17 F.C.C.2d 577) on the application
    to transfer control of Beaumont Television Corp., licensee of KFDM-TV, Beaumont, Tex., from the stockholders of
    Beaumont Broadcasting Corp. to A.H. Belo Corp., with Belo's holdings and its control by the G.B. Dealey Trust;
  - the Commission's Memorandum Opinion and Order FCC 70-518 adopted 15 May and released 2 October 1970 (25 F.C.C.2d
    984) on the assignments of KRLD-TV, Dallas, from the Times Herald Printing Company to the Times Herald Printing
    Company of Texas and of KRLD AM and KRLD-FM to KRLD Corporation;
  - the Commission's notice of 1 October 1971 (22 Rad. Reg. 2d 1086) that it granted the transfer of a 50% interest
    in Mount Hood Radio and Television Broadcasting Corporation, licensee of KOIN AM-FM-TV, Portland, Ore., to Newhouse
    Broadcasting Corporation, with Newhouse's newspapers and stations.
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the site's 'Back to Index', letterheads
('FEDERAL COMMUNICATIONS COMMISSION'), captions (kept as `title`, the leading 'In re Application of' / 'In Re
Applications of' dropped), file, reporter and release-number lines ('File No. BTC-5853', '17 F.C.C.2d 577 (1969)',
'RELEASE-NUMBER: FCC 69-494'), the copy's field labels ('ACTION:' with its value, 'JUDGES:', 'OPINION:'), page markers
('[*577]', '[*984]', '[*985]'), paragraph numbers, footnote markers and the footnotes' text; each text is cut at the
last full sentence before the excerpt breaks off. Kept: the adoption or release line ('May 7, 1969 Adopted', 'October
2, 1970 Released; Adopted May 15, 1970', 'October 1, 1971') and the 'BY THE COMMISSION: ...' / 'Commissioners ...'
line, each on its own line, then the body's sentences; the pages' line wraps, blank and space-only lines and double
spaces joined (whitespace only). No word added or changed. Per-item notes in `notes`. Written before any extractor
ran on the texts (newskg was not run on them).
usage: batch52d.py [POOL_DIR] [--dry]   (default /tmp/gather53d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53d/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-53 pools /tmp/gather53*/pool (none but this "
         "lane's at the last check): ")
ORIGIN = "nicholasjohnson.org copy of an FCC text (search tool page store)"
R = []

# ---- stockholders of Beaumont Broadcasting Corp. -> A.H. Belo Corp.: Beaumont Television Corp. / KFDM-TV, 1969 -----
U1 = "https://www.nicholasjohnson.org/FCCOps/1969/17F2-577.htm"
R.append(federal(
 "us-fcc-beaumont-broadcasting-a-h-belo-beaumont-television-kfdm-tv-transfer-of-control-order-1969",
 U1, "1969-05-07",
 "THE STOCKHOLDERS OF BEAUMONT BROADCASTING CORP. (TRANSFERORS) AND A. H. BELO CORP. (TRANSFEREE) For Consent to "
 "Transfer of Control of Beaumont Television Corp., Licensee of Station KFDM-TV, Beaumont, Tex.",
 "May 7, 1969 Adopted\n\n"
 "BY THE COMMISSION: COMMISSIONERS BARTLEY AND JOHNSON DISSENTING AND ISSUING STATEMENTS; COMMISSIONER COX CONCURRING "
 "AND ISSUING A STATEMENT.\n\n"
 "The Commission has before it the above-captioned application for consent to the voluntary transfer of control of "
 "Beaumont Television Corp., licensee of station KFDM-TV, Beaumont, Tex., from the stockholders of Beaumont "
 "Broadcasting Corp. to A.H. Belo Corp.\n\n"
 "A.H. Belo Corp., the proposed assignee, is engaged primarily in newspaper publication and communications. Belo "
 "Corp.'s only other broadcast interests consist of three sister stations in Dallas, Tex. (WFAA, WFAA-FM and "
 "WFAA-TV). Belo Corp. publishes the Dallas Morning News (daily and Sunday) and through a subsidiary (News-Texas, "
 "Inc.), it publishes newspapers in a number of small communities in the Dallas area. (The effect of these mass "
 "media interests is considered below.) Additionally, Belo Corp. owns Communications Realty, Inc. (a Dallas real "
 "estate company), has a 25-percent interest in Big D Productions (a Dallas-based producer of outdoor hunting and "
 "fishing films), and owns 50 percent of the land and TV antenna tower used by station WFAA-TV and KRLD-TV in Dallas, "
 "and WBAP-TV, Fort Worth.\n\n"
 "Control of Belo is exercised by the trustees of the G.B. Dealey Trust, which owns 70.9333 percent of the "
 "corporation's voting stock. The three trustees are related by family privity and own in their own right the "
 "following percentages of Belo stock; H. Ben Decherd: .7156 percent; Joe M. Dealey: .7156 percent; and James M. "
 "Monroney, Jr.: 1.1879 percent. Several stockholders who are not members of the Dealey family own less than 1 "
 "percent stock interests.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, 'In re Application of The Stockholders of Beaumont Broadcasting Corp. "
 "(Transferors) and A. H. Belo Corp. (Transferee) For Consent to Transfer of Control of Beaumont Television Corp., "
 "Licensee of Station KFDM-TV, Beaumont, Tex.', Memorandum Opinion and Order FCC 69-494, 17 F.C.C.2d 577 (1969), File "
 "No. BTC-5853, adopted May 7, 1969, US federal government work (public domain); text as nicholasjohnson.org's copy "
 "of the FCC Reports text holds it, from the search tool's page store at " + U1,
 ORIGIN,
 "The Commission's Memorandum Opinion and Order FCC 69-494 adopted 7 May 1969 (17 F.C.C.2d 577; BTC-5853) on the "
 "application to transfer control of Beaumont Television Corp., licensee of KFDM-TV, Beaumont, Tex., from the "
 "stockholders of Beaumont Broadcasting Corp. to A.H. Belo Corp., as the copy on nicholasjohnson.org holds it; an FCC "
 "decision is a US federal work, public domain (batch 15f; 51zd's 8 F.C.C.2d 548). Two stored renderings came back: "
 "(a) www.nicholasjohnson.org, blank lines between paragraphs, without the letterhead, release number, 'ACTION:' and "
 "'BY THE COMMISSION: ...' lines, breaking off inside paragraph 3's last sentence ('... a 2.5285 percent interest in "
 "Belo in '); (b) nicholasjohnson.org, line breaks inside sentences, with those lines, breaking off earlier ('Several "
 "stockholders who are'). Checked by script: whitespace aside, the two agree word for word where both run, (b) only "
 "adding 'FEDERAL COMMUNICATIONS COMMISSION', 'RELEASE-NUMBER: FCC 69-494' and 'ACTION: MEMORANDUM OPINION AND ORDER "
 "BY THE COMMISSION: ... A STATEMENT.' (no word dropped in either). Text from (a), its double spaces joined; the "
 "'BY THE COMMISSION: ...' line from (b), its wraps joined; the caption (kept as `title`, 'In re Application of' "
 "dropped, capitals kept as written) from (a). Left out: 'Back to Index'; 'File No. BTC-5853'; 'FEDERAL "
 "COMMUNICATIONS COMMISSION'; '17 F.C.C.2d 577 (1969)'; 'RELEASE-NUMBER: FCC 69-494'; 'ACTION:' and its value "
 "'MEMORANDUM OPINION AND ORDER'; the page marker '[*577]'; the paragraph numbers '1.', '2.', '3.'. Kept: the line "
 "'May 7, 1969 Adopted'; the 'BY THE COMMISSION: ...' line; paragraphs 1 and 2 whole and the first three sentences of "
 "paragraph 3. Cut after '... own less than 1 percent stock interests.', before the sentence (a) breaks off inside "
 "('The only non-Dealey owning more than 1 percent is Joe A. Lubben, who holds a 2.5285 percent interest in Belo in'), "
 "and all after it; `truncated`. Kept as written: 'A.H. Belo Corp.' (the caption's 'A. H. BELO CORP.' in `title` "
 "only), 'Belo Corp.'s', 'the proposed assignee' (of a transferee), 'Tex.', '25-percent', '70.9333 percent', "
 "'.7156 percent', 'James M. Monroney, Jr.', the ';' after 'Belo stock'. In the lane (an FCC order naming a station, "
 "its licensee, the transferee's stations, newspaper, subsidiaries and controlling trust, and three Commissioners, "
 "1969). One text per matter. Found with 'Times Herald Printing Company KRLD-TV Dallas assignment of license KRLD "
 "Corporation Johnson dissenting' (rank 7: rendering (a)) and 'stockholders of Beaumont Broadcasting Corp. transfer "
 "of control Beaumont Television Corp. KFDM-TV A. H. Belo Corp. 1969' (ranks 1 and 2: renderings (a) and (b)). "
 + CHECK +
 "'KFDM', 'Beaumont Television', 'Beaumont Broadcasting', 'Dealey', 'WFAA', 'Dallas Morning News', 'News-Texas', "
 "'Communications Realty', 'Big D Productions', 'WBAP', 'Decherd', 'Monroney', 'BTC-5853', '17F2-577', '69-494': in "
 "no corpus file, GATHERING.md line, script or pool; 'Belo' in corpus files and GATHERING.md only as 'Belo "
 "Horizonte', Gannett/Belo Corp. (2013, batch 48f) and A.H. Belo Corporation as a petitioner in the Viacom/CBS order "
 "(2000, batch 43n): other matters; 'Beaumont' only in a 1993 Justice Department bank item (batch 46k); '17 F.C.C.2d' "
 "only as Mooney/WMAK (17 F.C.C.2d 404, batch 51zd), another matter; 'KRLD' only in this round's second item.",
 True))

# ---- Times Herald Printing Company -> Times Herald Printing Co. of Texas (KRLD-TV), KRLD Corporation (KRLD AM, -FM) --
U2 = "https://nicholasjohnson.org/FCCOps/1970/25F2_984.htm"
R.append(federal(
 "us-fcc-times-herald-printing-krld-tv-krld-am-fm-dallas-assignments-order-1970",
 U2, "1970-10-02",
 "TIMES HERALD PRINTING CO. (ASSIGNOR) and TIMES HERALD PRINTING CO. OF TEXAS (ASSIGNEE) For Assignment of the "
 "License of Station KRLD-TV, Dallas, Tex.; TIMES HERALD PRINTING CO. (ASSIGNOR) and KRLD CORP. (ASSIGNEE) For "
 "Assignment of the Licenses of Stations KRLD AM and KRLD-FM, Dallas, Tex.",
 "October 2, 1970 Released; Adopted May 15, 1970\n\n"
 "BY THE COMMISSION: CHAIRMAN BURCH CONCURRING IN THE RESULT; COMMISSIONER BARTLEY NOT PARTICIPATING; COMMISSIONER "
 "COX CONCURRING AND ISSUING A STATEMENT; COMMISSIONER JOHNSON DISSENTING AND ISSUING A STATEMENT.\n\n"
 "We have before us for consideration: (1) Application for the voluntary assignment of license of Station KRLD-TV, "
 "Dallas, Texas from the Times Herald Printing Company to the Times Herald Printing Company of Texas (BAPCT-396); and "
 "(2) Applications for the voluntary assignment of licenses of Stations KRLD AM and KRLD-FM from the Times Herald "
 "Printing Company to KRLD Corporation (BAL-6856) and (BALH-1316).\n\n"
 "We have fully considered all aspects of the above applications and consider that a grant of each would serve the "
 "public interest, convenience and necessity. Our reasons for reaching this result follow.\n\n"
 "The Times Herald Printing Company, publisher of the Dallas Times Herald, a daily newspaper in Dallas, Texas, has "
 "been the licensee of KRLD-TV, KRLD AM and KRLD-FM for a number of years. In the assignment applications above "
 "mentioned, it advised the Commission as follows:\n\n"
 "\"... From its inception, The Times Herald has been a relatively closely-held private company. All of its "
 "founders, and virtually all of its current stockholders, have been residents of the State of Texas, and a "
 "preponderance of same have resided, and reside, within the Dallas-Fort Worth area.\"",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, 'In Re Applications of Times Herald Printing Co. (Assignor) and Times "
 "Herald Printing Co. of Texas (Assignee) For Assignment of the License of Station KRLD-TV, Dallas, Tex.; Times Herald "
 "Printing Co. (Assignor) and KRLD Corp. (Assignee) For Assignment of the Licenses of Stations KRLD AM and KRLD-FM, "
 "Dallas, Tex.', Memorandum Opinion and Order FCC 70-518, 25 F.C.C.2d 984, File No. BALCT-396, File Nos. BAL-6856, "
 "BALH-1316, released October 2, 1970, adopted May 15, 1970, US federal government work (public domain); text as "
 "nicholasjohnson.org's copy of the FCC Reports text holds it, from the search tool's page store at " + U2,
 ORIGIN,
 "The Commission's Memorandum Opinion and Order FCC 70-518 adopted 15 May 1970 and released 2 October 1970 (25 "
 "F.C.C.2d 984; BALCT-396, BAL-6856, BALH-1316) on the applications to assign the licence of KRLD-TV, Dallas, from the "
 "Times Herald Printing Company to the Times Herald Printing Company of Texas and the licences of KRLD AM and KRLD-FM "
 "from the Times Herald Printing Company to KRLD Corporation, as the copy on nicholasjohnson.org holds it; an FCC "
 "decision is a US federal work, public domain (batch 15f). `published` is the release day (the day the text was "
 "made public, as 51zg's FCC 13-35; **doubtful**: a reader may take the adoption day). Two stored renderings of the "
 "one address (one with 'www.') came back: (a) blank lines between paragraphs, breaking off inside the quoted "
 "statement ('... residents of the State of T'); (b) line breaks inside sentences, running to the end of the quoted "
 "statement and the next page marker ('... within the Dallas-Fort Worth area. \" [*985]'). Checked by script: "
 "whitespace aside, (b) is word for word (a) without 'Back to Index' and runs on where (a) stops (no word dropped in "
 "(b)). Text from (b), its wraps joined; paragraph breaks where (a) has them (whitespace only); the caption (kept as "
 "`title`, 'In Re Applications of' dropped, capitals kept as written) from (a). Left out: 'Back to Index'; 'File No. "
 "BALCT-396; File Nos. BAL-6856, BALH-1316'; 'FEDERAL COMMUNICATIONS COMMISSION'; '25 F.C.C.2d 984'; "
 "'RELEASE-NUMBER: FCC 70-518'; the labels 'JUDGES:' and 'OPINION:'; the page markers '[*984]' and '[*985]'; the "
 "paragraph numbers '1.', '2.', '3.'; the footnote marker 'n1' after '... for a number of years.' and footnote 1's "
 "text ('It was licensed to operate KRLD-TV in 1949, KRLD AM in 1926, and KRLD-FM in 1948.'), which both renderings "
 "print before the quotation. Kept: the line 'October 2, 1970 Released; Adopted May 15, 1970'; the 'BY THE "
 "COMMISSION: ...' line; paragraphs 1 to 3 whole; the quoted statement whole (its leading '...' and its quotation "
 "marks as written, the closing mark joined to the sentence it closes: whitespace only). Cut before the page marker "
 "'[*985]' where (b) breaks off; `truncated`. Kept as written: 'BAPCT-396' (the caption has 'BALCT-396'), 'KRLD AM' "
 "beside 'KRLD-FM', 'The Times Herald', 'the State of Texas', 'Dallas-Fort Worth'. In the lane (an FCC order naming "
 "three stations, their assignor and two assignees, the assignor's newspaper, and four Commissioners, 1970). One text "
 "per matter. Found with 'Johnson dissenting: the buyer already owns newspapers and television stations in the same "
 "market; I would set this transfer for hearing' (ranks 2 and 3: renderings (a) and (b)). " + CHECK +
 "'Times Herald', 'KRLD', 'BALCT-396', 'BAPCT-396', 'BAL-6856', 'BALH-1316', '25F2_984', '25 F.C.C.2d', '70-518': "
 "in no corpus file, GATHERING.md line, script or pool (but this round's first item, which names KRLD-TV's tower).",
 True))

# ---- Mount Hood Radio and Television Broadcasting Corporation (KOIN AM-FM-TV): 50% interest to Newhouse, 1971 ------
U3 = "https://nicholasjohnson.org/FCCOps/1971/22R2_1086.htm"
R.append(federal(
 "us-fcc-mount-hood-radio-television-koin-portland-newhouse-broadcasting-transfer-of-interest-notice-1971",
 U3, "1971-10-01",
 "NEWHOUSE B/CASTING CORP. Stations KOIN AM-FM-TV, Portland, Oregon",
 "October 1, 1971\n\n"
 "Commissioners Burch (Chairman), Robert E. Lee, Wells and Houser, with Commissioners Johnson and H. Rex Lee "
 "dissenting and issuing statements.\n\n"
 "An application for transfer of a 50% interest (Class A common stock) in Mount Hood Radio and Television "
 "Broadcasting Corporation, licensee of Stations KOIN AM-FM-TV, Portland, Ore., from Moe M. Tonkon and Harvey S. "
 "Benson, Voting Trustees, and 32 voting trust certificate holders, to Newhouse Broadcasting Corporation, has been "
 "granted by the FCC (BTC-6523). Newhouse Broadcasting previously owned 50% (all Class B common stock) of the "
 "licensee corporation.\n\n"
 "The purchase price was $ 8,100,000 with adjustments based on 1971 net earnings.\n\n"
 "The transferee, a New York corporation, is owned by four members of the Newhouse family. S.I. Newhouse, 100% owner "
 "of Advance Publications, Inc. and subsidiaries, owns 100% of The Oregonian and The Oregon Journal, daily newspapers "
 "published in Portland. He also owns 100% of daily newspapers in Staten Island, Syracuse and Jamaica, N.Y.; Jersey "
 "City and Newark, N.J.; St. Louis, Mo.; Harrisburg, Pa.; Birmingham, Huntsville and Mobile, Ala.; New Orleans, La.; "
 "Springfield, Mass.; and Pascagoula, Miss.\n\n"
 "In addition to its interest in KOIN AM-FM-TV, Newhouse Broadcasting is licensee of WSYR AM-FM-TV, Syracuse, and "
 "WSYE-TV, Elmira, N.Y.; WAPI AM-FM-TV, Birmingham, Ala.; WTPA FM-TV, Harrisburg, Pa.; and KTVI(TV), St. Louis, Mo. "
 "Advance Publications owns 20% of the stock of Denver Post, Inc., which holds a construction permit for KHBC(TV), "
 "Denver, Colo.\n\n"
 "Through subsidiaries, Newhouse Broadcasting owns and operates CATV systems in 12 cities in New York and one in "
 "Alabama, holds CATV franchises for 11 New York cities, and operates microwave systems in New York, Pennsylvania and "
 "Alabama.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, 'Newhouse B/casting Corp. Stations KOIN AM-FM-TV, Portland, Oregon', 22 "
 "Rad. Reg. 2d (P & F) 1086, File No. BTC-6523, October 1, 1971, US federal government work (public domain); text as "
 "nicholasjohnson.org's copy of the FCC text holds it, from the search tool's page store at " + U3,
 ORIGIN,
 "The Commission's notice of 1 October 1971 (22 Rad. Reg. 2d 1086, the address's '22R2_1086'; BTC-6523) that it "
 "granted the transfer of a 50% interest in Mount Hood Radio and Television Broadcasting Corporation, licensee of "
 "KOIN AM-FM-TV, Portland, Ore., from its voting trustees and certificate holders to Newhouse Broadcasting "
 "Corporation, which held the other 50%, with Newhouse's and S.I. Newhouse's holdings, as the copy on "
 "nicholasjohnson.org holds it; an FCC text is a US federal work, public domain (batch 15f; 51zo's WFMT notice, 12 "
 "Rad. Reg. 2d 809). One stored rendering came back (blank and space-only lines between paragraphs, whole "
 "paragraphs), by two queries. Left out: 'Back to Index'; the heading 'NEWHOUSE B/CASTING CORP. Stations KOIN "
 "AM-FM-TV, Portland, Oregon' (kept as `title`, as written, 'B/CASTING' included); the labels 'JUDGES:' (its value, "
 "the Commissioners' line, kept, as 51zq kept the same kind of line) and 'OPINION:'. Kept: the date line 'October 1, "
 "1971'; the Commissioners' line; the notice's first five paragraphs whole; the blank and space-only lines joined "
 "(whitespace only). Cut before the paragraph the excerpt breaks off inside ('Officers and directors of Newhouse "
 "Broadcasting ar'), and all after it; `truncated`. Kept as written: 'Burch (Chairman)', 'KOIN AM-FM-TV', 'WSYR "
 "AM-FM-TV', 'WAPI AM-FM-TV', 'WTPA FM-TV', 'KTVI(TV)', 'KHBC(TV)', 'Ore.' (the title's 'Oregon'), '$ 8,100,000' "
 "(space after '$'), '50%', '100%', '20%', 'S.I. Newhouse', the state abbreviations. In the lane (an FCC grant naming "
 "a station group, its licensee, the transferee, its owner's company, newspapers and stations, and six "
 "Commissioners, 1971). One text per matter. Found with 'Johnson dissenting: the buyer already owns newspapers and "
 "television stations in the same market; I would set this transfer for hearing' (rank 5) and 'Newhouse "
 "Broadcasting Corporation KOIN AM-FM-TV Portland Mount Hood Radio and Television transfer 50% interest Johnson "
 "dissenting' (rank 1). " + CHECK +
 "'KOIN', 'Mount Hood', 'Tonkon', 'Advance Publications', 'Oregon Journal', 'WSYR', 'WSYE', 'WAPI', 'KTVI', 'KHBC', "
 "'Houser', 'BTC-6523', '22R2_1086': in no corpus file, GATHERING.md line, script or pool; 'WTPA' only inside a "
 "search query quoted in GATHERING.md (a Flint station, another matter); 'Denver Post' in three corpus files only as "
 "a news source or another matter (Clear Channel/AMFM 2000, Vari-L 2005, CenturyLink/Level 3 2017); 'Newhouse' "
 "only as Advance/Newhouse in the Charter/Bright House/Time Warner Cable notice (2015, batch 43p), another matter; "
 "'Oregonian' only in a Bonneville Power Administration release (2021, batch 35s), another matter.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
