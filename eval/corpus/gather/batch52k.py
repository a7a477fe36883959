#!/usr/bin/env python3
"""Batch 52k (session 53, gatherer 52k): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a fifty-first round in the FCC transaction lane of batches 15f, 43n-49f,
49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq and 52d (50l a null round), on three broadcast-licence
matters of 1969, 1973 and 2002 no corpus file holds --
  - the Commission's Memorandum Opinion and Order FCC 69-508 adopted 13 May 1969 (17 F.C.C.2d 844) on the
    assignments of the licences of WBOK, New Orleans, WLOK, Memphis, KYOK, Houston and KXLR, Little Rock to four
    assignees wholly owned by Starr Broadcasting Group, Inc., with Starr's stations and its controlling owners
    (nicholasjohnson.org copy);
  - the Commission's letter FCC 73-153 of 7 February 1973 (39 F.C.C.2d 835) to the president of CSRA Broadcasters,
    Inc., granting the assignment of WGAC, Augusta, Ga., from The Twin States Broadcasting Company to CSRA Broadcasters
    and of WFNL, North Augusta, S.C., from CSRA Broadcasters to The Warner Group, Inc. (nicholasjohnson.org copy);
  - the Commission's Memorandum Opinion and Order FCC 02-172 adopted 11 June and released 28 June 2002 on the
    assignment of the licence of KMJI(FM), Ashdown, Arkansas, from Bunyard Partnership to Clear Channel Broadcasting
    Licenses, Inc., a wholly owned subsidiary of Clear Channel Communications, Inc. (docslib.org copy).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the sites' own lines (nicholasjohnson.org's
'Back to Index'; docslib's title, 'Total Page:16' and 'File Type:pdf, Size:1020Kb' lines and repeated header),
letterheads and headers ('FEDERAL COMMUNICATIONS COMMISSION', 'Federal Communications Commission FCC 02-172 Before
the Federal Communications Commission Washington, D.C. 20554'), captions (kept as `title`, the leading 'In re
Applications of' / 'In Re Application of' / 'In The Matter of The Application of' and the docslib caption's ')' column
dropped), file, reporter and release-number lines, the copies' field labels ('ACTION:' with its value, 'OPINION:'),
page markers ('[*844]', '[*835]'), paragraph numbers, section headings ('I. INTRODUCTION'), footnote markers and the
footnotes' text; each text is cut at the last full sentence before the excerpt breaks off. Kept: the adoption,
release or date line ('May 13, 1969 Adopted', 'FEBRUARY 7, 1973.', 'Adopted: June 11, 2002 Released: June 28, 2002')
and the 'BY THE COMMISSION: ...' / 'By the Commission: ...' line, each on its own line (the 1973 letter: its address
line and its closing 'Commissioner Johnson dissenting ...' line; the 2002 order: its 'MEMORANDUM OPINION AND ORDER'
line, as 51j kept it), then the body's sentences; the pages' line wraps, blank and space-only lines and double spaces
joined (whitespace only). No word added or changed. Per-item notes in `notes`. Written before any extractor ran on
the texts (newskg was not run on them).
usage: batch52k.py [POOL_DIR] [--dry]   (default /tmp/gather53k/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53k/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes (text files; model files' byte matches set aside) and the "
         "session-53 pools /tmp/gather53*/pool (53a-53m at the last check, none on these matters): ")
ORIGIN = "nicholasjohnson.org copy of an FCC text (search tool page store)"
R = []

# ---- WBOK, WLOK, KYOK, KXLR -> four assignees wholly owned by Starr Broadcasting Group, Inc., 1969 ----------------
U1 = "https://nicholasjohnson.org/FCCOps/1969/17F2-844.htm"
R.append(federal(
 "us-fcc-wbok-wlok-kyok-kxlr-starr-broadcasting-group-assignments-order-1969",
 U1, "1969-05-13",
 "WBOK, INC. (ASSIGNOR) AND STARR WBOK, INC. (ASSIGNEE) For Assignment of License of WBOK, New Orleans, La.; WLOK, "
 "INC. (ASSIGNOR) AND STARR WLOK, INC. (ASSIGNEE) For Assignment of License of WLOK, Memphis, Tenn.; KYOK, INC. "
 "(ASSIGNOR) AND STARR KYOK, INC. (ASSIGNEE) For Assignment of License of KYOK, Houston, Tex.; and LITTLE ROCK GREAT "
 "EMPIRE BROADCASTING, INC. (ASSIGNOR) AND KXLR, INC. (ASSIGNEE) For Assignment of License of KXLR, Little Rock, Ark.",
 "May 13, 1969 Adopted\n\n"
 "BY THE COMMISSION: COMMISSIONERS BARTLEY AND JOHNSON DISSENTING AND ISSUING STATEMENTS.\n\n"
 "The Commission has before it for consideration the above captioned applications.\n\n"
 "Starr Broadcasting Group, Inc., is the 100-percent owner of the four assignees, and a grant of the applications "
 "will give it its seventh AM station. Starr's present broadcast interests, all 100 percent, are KOZN and KOWH(FM), "
 "Omaha, Nebr.; KUDL, Fairway, Kans.; KCJC(FM), Kansas City, Kans.; and KISD, Sioux Falls, S. Dak.\n\n"
 "After sale of 73.3 percent of Starr's stock to the public as part of the financing scheme for the acquisitions, de "
 "facto control will rest with the following, who are presently the 100 percent owners of Starr: William F. Buckley, "
 "Jr. (16.9 percent stock ownership after the public issue), the commentator and owner of the National Review, and "
 "Peter H. Starr (8.4 percent) and Michael Starr (1.4 percent), who are brothers associated with Buckley in his "
 "broadcasting endeavors.\n\n"
 "The purchase prices of the stations are as follows: WBOK, $700,000 (cash); WLOK, $900,000 (cash); KYOK, "
 "$1,390,000 (cash); KXLR, $450,000 (payable $50,000 in cash at closing and $29,000 more during the first year).",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, 'In re Applications of WBOK, Inc. (Assignor) and Starr WBOK, Inc. "
 "(Assignee) For Assignment of License of WBOK, New Orleans, La.; WLOK, Inc. (Assignor) and Starr WLOK, Inc. "
 "(Assignee) ...; KYOK, Inc. (Assignor) and Starr KYOK, Inc. (Assignee) ...; and Little Rock Great Empire "
 "Broadcasting, Inc. (Assignor) and KXLR, Inc. (Assignee) For Assignment of License of KXLR, Little Rock, Ark.', "
 "Memorandum Opinion and Order FCC 69-508, 17 F.C.C.2d 844 (1969), File Nos. BAL-6535, BAL-6536, BAL-6537, "
 "BAL-6547, adopted May 13, 1969, US federal government work (public domain); text as nicholasjohnson.org's copy of "
 "the FCC Reports text holds it, from the search tool's page store at " + U1,
 ORIGIN,
 "The Commission's Memorandum Opinion and Order FCC 69-508 adopted 13 May 1969 (17 F.C.C.2d 844; BAL-6535, BAL-6536, "
 "BAL-6537, BAL-6547) on the applications to assign the licences of WBOK, New Orleans, WLOK, Memphis, KYOK, Houston "
 "and KXLR, Little Rock to Starr WBOK, Inc., Starr WLOK, Inc., Starr KYOK, Inc. and KXLR, Inc., all wholly owned by "
 "Starr Broadcasting Group, Inc., as the copy on nicholasjohnson.org holds it; an FCC decision is a US federal work, "
 "public domain (batch 15f; 52d's 17 F.C.C.2d 577). One stored rendering came back (blank and space-only lines "
 "between paragraphs, whole paragraphs), by two queries. Left out: 'Back to Index'; the caption (kept as `title`, "
 "'In re Applications of' dropped, capitals kept as written); 'File Nos. BAL-6535, BAL-6536, BAL-6537, BAL-6547'; "
 "'FEDERAL COMMUNICATIONS COMMISSION'; '17 F.C.C.2d 844 (1969)'; 'RELEASE-NUMBER: FCC 69-508'; 'ACTION:' and its "
 "value 'MEMORANDUM OPINION AND ORDER'; the page marker '[*844]'; the paragraph numbers '1.' to '4.'. Kept: the line "
 "'May 13, 1969 Adopted'; the 'BY THE COMMISSION: ...' line; paragraphs 1 to 3 whole and paragraph 4's first "
 "sentence. Cut after '... during the first year).', before the sentence the excerpt breaks off inside ('Starr "
 "Broa'), and all after it; `truncated`. Kept as written: '100-percent' beside '100 percent', 'KOWH(FM)', "
 "'KCJC(FM)', 'Nebr.', 'Kans.', 'S. Dak.', 'William F. Buckley, Jr.', 'the National Review', '$1,390,000', the "
 "double spaces between sentences joined (whitespace only). The four assignees (Starr WBOK, Inc., Starr WLOK, Inc., "
 "Starr KYOK, Inc., KXLR, Inc.) and the four assignors are named only in the caption. In the lane (an FCC order "
 "naming four stations bought by one group, the group's five stations, its controlling owners and two "
 "Commissioners, 1969). One text per matter. Found with 'Commissioners Burch (Chairman), Robert E. Lee, Wells, with "
 "Commissioner Johnson dissenting; transfer of control of licensee; purchase price; transferee also owns "
 "newspapers' (rank 5) and 'WBOK Starr Broadcasting Group assignment of license WLOK KYOK KXLR Buckley 1969' (rank "
 "1). " + CHECK +
 "'Starr Broadcasting', 'WBOK', 'WLOK', 'KYOK', 'KXLR', 'KOZN', 'KOWH', 'KUDL', 'KCJC', 'KISD', 'National Review', "
 "'Little Rock Great Empire', 'BAL-6535', '17F2-844', '17 F.C.C.2d 844', '69-508': in no corpus file, GATHERING.md "
 "line, script or pool; 'Starr' in GATHERING.md only inside 'Starrett' (another matter); 'Buckley' in two corpus "
 "files and GATHERING.md only as other people or Buckley Broadcasting (other matters).",
 True))

# ---- WGAC: The Twin States Broadcasting Company -> CSRA Broadcasters; WFNL: CSRA -> The Warner Group, 1973 ---------
U2 = "https://nicholasjohnson.org/FCCOps/1973/39F2_835.htm"
R.append(federal(
 "us-fcc-twin-states-broadcasting-csra-broadcasters-warner-group-wgac-wfnl-assignments-letter-1973",
 U2, "1973-02-07",
 "THE TWIN STATES BROADCASTING CO., ASSIGNOR and CSRA BROADCASTERS, INC., ASSIGNEE and THE WARNER GROUP, INC., "
 "ASSIGNEE For Assignment of License of Station WFNL, North Augusta, S.C. and WGAC, August, Ga.",
 "FEBRUARY 7, 1973.\n\n"
 "MR. GEORGE G. BEASLEY, President, CSRA Broadcasters, Inc., Post Office Box 3286, Augusta, Ga. 30904.\n\n"
 "DEAR MR. BEASLEY: This is with reference to the applications (1) for assignment of the license of Station WGAC, "
 "Augusta, Georgia, from The Twin States Broadcasting Company to CSRA Broadcasters, Inc. (BAL-7596) and (2) for "
 "assignment of the license of Station WFNL, North Augusta, South Carolina, from CSRA Broadcasters, Inc. to The "
 "Warner Group, Inc. (BAL-7597).\n\n"
 "In connection with its review of the above applications, the Commission considered the fact that the Complaints "
 "and Compliance Division of its Broadcast Bureau is currently conducting an investigation into possible licensee "
 "misconduct which may have occurred at Station WFMC, Goldsboro, North Carolina, which you control. The Commission "
 "also considered the cross-interest problem which would be raised by the fact that, as a result of the above "
 "applications, CSRA Broadcasters, Inc. would be licensee of WGAC and a creditor of the licensee of WFNL, which is in "
 "the same market. You have represented that the note which is to be received from The Warner Group, Inc. would be "
 "discounted to a disinterested, bona fide third party in order to obviate this problem.\n\n"
 "In view of the above, please be advised that the Commission has granted the above applications: (1) subject to the "
 "outcome of the WFMC investigation and (2) on the condition that The Warner Group note be discounted prior to "
 "consummation of the WGAC application, BAL-7596.\n\n"
 "Commissioner Johnson dissenting and issuing a statement.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, 'In Re Application of The Twin States Broadcasting Co., Assignor and CSRA "
 "Broadcasters, Inc., Assignee and The Warner Group, Inc., Assignee For Assignment of License of Station WFNL, North "
 "Augusta, S.C. and WGAC, August[a], Ga.', letter FCC 73-153, 39 F.C.C.2d 835, BAL-7596 and BAL-7597, February 7, "
 "1973, US federal government work (public domain); text as nicholasjohnson.org's copy of the FCC Reports text holds "
 "it, from the search tool's page store at " + U2,
 ORIGIN,
 "The Commission's letter FCC 73-153 of 7 February 1973 (39 F.C.C.2d 835; BAL-7596, BAL-7597) to George G. Beasley, "
 "President of CSRA Broadcasters, Inc., granting the assignment of the licence of WGAC, Augusta, Georgia, from The "
 "Twin States Broadcasting Company to CSRA Broadcasters, Inc. and of WFNL, North Augusta, South Carolina, from CSRA "
 "Broadcasters, Inc. to The Warner Group, Inc., as the copy on nicholasjohnson.org holds it; an FCC decision is a US "
 "federal work, public domain (batch 15f). One stored rendering came back (blank and space-only lines between "
 "paragraphs), by two queries. Left out: 'Back to Index'; the caption (kept as `title`, 'In Re Application of' "
 "dropped, capitals and its slip 'WGAC, August, Ga.' kept as written); 'BAL-7596 and BAL-7597'; 'FEDERAL "
 "COMMUNICATIONS COMMISSION'; '39 F.C.C.2d 835'; 'RELEASE-NUMBER: FCC 73-153'; the label 'OPINION:'; the page marker "
 "'[*835]'. Kept: the date line 'FEBRUARY 7, 1973.'; the letter's address line (as 45i kept a letter's address "
 "block: it names the addressee's post); the salutation and the letter's three paragraphs whole; the closing line "
 "'Commissioner Johnson dissenting and issuing a statement.'. Cut before the words the excerpt breaks off after "
 "('Commissioner'), and all after them; `truncated`. Kept as written: 'MR. GEORGE G. BEASLEY', 'DEAR MR. BEASLEY:', "
 "'Post Office Box 3286', 'Ga. 30904', 'The Twin States Broadcasting Company' (the caption's 'CO.'), 'The Warner "
 "Group note', the application numbers in the body, the double spaces between sentences joined (whitespace only). In "
 "the lane (an FCC grant naming two stations, their assignors and assignees, a third station, the Commission's "
 "bureau and division, the assignee's president and a Commissioner, 1973). One text per matter. Found with "
 "'Commissioners Burch (Chairman), Robert E. Lee, Wells, with Commissioner Johnson dissenting; transfer of control of "
 "licensee; purchase price; transferee also owns newspapers' (rank 6) and 'George G. Beasley CSRA Broadcasters WGAC "
 "Augusta WFNL North Augusta Warner Group note discounted WFMC Goldsboro investigation' (rank 1). " + CHECK +
 "'Twin States', 'CSRA', 'Warner Group', 'WGAC', 'WFNL', 'WFMC', 'Beasley', 'BAL-7596', '39F2_835', '39 F.C.C.2d "
 "835', '73-153': in no corpus file, GATHERING.md line, script or pool; 'Goldsboro' in one corpus file and "
 "GATHERING.md only as a North Carolina place in another matter (a 1997 bank merger, batch 51x).",
 True))

# ---- KMJI(FM), Ashdown: Bunyard Partnership -> Clear Channel Broadcasting Licenses, Inc., FCC 02-172 (docslib) -----
U3 = "https://docslib.org/doc/11090969/federal-communications-commission-fcc-02-172-before-the-federal"
R.append(federal(
 "us-fcc-bunyard-partnership-clear-channel-broadcasting-licenses-kmji-fm-ashdown-assignment-order-2002",
 U3, "2002-06-28",
 "Bunyard Partnership, Assignor and Clear Channel Broadcasting Licenses, Inc., Assignee For Consent to Assignment of "
 "License of KMJI(FM), Ashdown, AR",
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: June 11, 2002 Released: June 28, 2002\n\n"
 "By the Commission: Commissioner Copps dissenting and issuing a statement.\n\n"
 "In this order, we consider the above-captioned application of Clear Channel Broadcasting Licenses, Inc., a wholly "
 "owned subsidiary of Clear Channel Communications, Inc. (collectively, \u201cClear Channel\u201d) to acquire the "
 "license of station KMJI(FM), Ashdown, Arkansas, from Bunyard Partnership (\u201cBunyard\u201d). This application "
 "is uncontested. Because this application was pending when we adopted the Notice of Proposed Rulemaking in MM Docket "
 "No. 01-317 (\u201cLocal Radio Ownership NPRM\u201d), we resolve the competition concerns raised by the application "
 "pursuant to the interim policy adopted in that notice. After reviewing the record, we find that grant of the "
 "application is consistent with the public interest.\n\n"
 "For much of its history, the Commission has sought to promote diversity and competition in broadcasting by "
 "limiting the number of radio stations a single party could own or acquire in a local market. In March 1996, the "
 "Commission relaxed the numerical station limits in its local radio ownership rule in accordance with "
 "Congress\u2019s directive in Section 202(b) of the Telecommunications Act of 1996. Since then, the Commission has "
 "granted thousands of assignment and transfer of control applications proposing transactions that complied with the "
 "new limits.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, 'In The Matter of The Application of Bunyard Partnership, Assignor and "
 "Clear Channel Broadcasting Licenses, Inc., Assignee For Consent to Assignment of License of KMJI(FM), Ashdown, AR', "
 "Memorandum Opinion and Order FCC 02-172, File No. BALH-20010827AAP, adopted June 11, 2002, released June 28, 2002, "
 "US federal government work (public domain); text as docslib.org's copy of the FCC's document holds it, from the "
 "search tool's page store at " + U3,
 "docslib.org copy of an FCC order (search tool page store)",
 "The Commission's Memorandum Opinion and Order FCC 02-172 adopted 11 June and released 28 June 2002 "
 "(BALH-20010827AAP) on the application to assign the licence of KMJI(FM), Ashdown, Arkansas, from Bunyard "
 "Partnership to Clear Channel Broadcasting Licenses, Inc., a wholly owned subsidiary of Clear Channel "
 "Communications, Inc., as docslib.org's text extraction of the FCC's document holds it; an FCC order is a US federal "
 "work, public domain (batch 15f; 51j's docslib copies). `published` is the release day (as 52d's KRLD and 51zg's "
 "FCC 13-35; **doubtful**: a reader may take the adoption day). Two stored renderings of the one address came back: "
 "(a) blank lines after docslib's three opening lines, breaking off inside paragraph 2 ('In certain instances, "
 "however, th'); (b) single line breaks, running on into footnote 1 ('... however, the Commission 1 See Rules and "
 "Policies Concerning Multiple Ownership'). Compared: whitespace aside, the two agree word for word where "
 "both run (no word dropped in either). Text from (a). Left out: docslib's title line 'Federal Communications "
 "Commission FCC 02-172 Before the Federal', 'Total Page:16', 'File Type:pdf, Size:1020Kb' and the repeated header "
 "('Federal Communications Commission FCC 02-172 Before the Federal' twice, 'Federal Communications Commission "
 "Washington, D.C. 20554'); the caption (kept as `title`, 'In The Matter of The Application of' dropped, its ')' "
 "column dropped, as 51j did); 'File No. BALH-20010827AAP'; the paragraph numbers '1.' and '2.'; the heading 'I. "
 "INTRODUCTION'; the footnote markers '1' (after '... adopted in that notice.'), '2' (after '... in a local "
 "market.') and '3' (after '... Telecommunications Act of 1996.'). Kept: 'MEMORANDUM OPINION AND ORDER', the "
 "adoption and release line and the 'By the Commission: ...' line, each on its own line (as 51j kept them), then "
 "paragraph 1 whole and the first three sentences of paragraph 2. Cut after '... complied with the new limits.', "
 "before the sentence (a) breaks off inside ('In certain instances, however, th'), and all after it; `truncated`. "
 "Kept as written: the curly quotation marks, 'Congress\u2019s' with its curly apostrophe, 'KMJI(FM)', 'MM Docket "
 "No. 01-317'. In the lane (an FCC order naming a station, its assignor, the assignee licensee subsidiary and its "
 "parent, and a Commissioner, 2002). One text per matter. Found with 'Twin States Broadcasting CSRA Broadcasters "
 "Warner Group WGAC WFNL assignment of license 1973' (rank 7: rendering (a)) and 'Bunyard Partnership Clear Channel Broadcasting Licenses "
 "KMJI(FM) Ashdown assignment FCC 02-172' (ranks 1 and 4: renderings (a) and (b)). " + CHECK +
 "'Bunyard', 'KMJI', 'Ashdown', 'BALH-20010827AAP', '02-172', '11090969': in no corpus file, GATHERING.md line, "
 "script or pool; 'Clear Channel Broadcasting Licenses' and 'MM Docket No. 01-317' in one test file, the Hilco/"
 "Cumulus KAYD-FM hearing designation order of 2002 (batch 51zd; another application and another station, its "
 "footnote naming Clear Channel's KCOL-FM), and in GATHERING.md only for that file; 'Copps' in corpus files and "
 "GATHERING.md only as a Commissioner in other matters; 'Clear Channel' elsewhere only in other matters (AMFM 2000, "
 "Mean Fiddler 2005, Clear Channel Outdoor 2023, Newport Television 2007 not used).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
