#!/usr/bin/env python3
"""Batch 53p (session 54, gatherer lane p): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC transaction lane of batches 15f, 43n-49f, 49j,
49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v, 52x, 52z, 52zd, 53b and 53h (50l
and 52s null rounds), the television side, on two matters no corpus file holds --
  - the Media Bureau's letter DA 26-108 released 3 February 2026 (the Video Division's television letter form),
    denying DIRECTV, LLC's petitions to deny and granting the applications to assign KMTR(TV), Eugene, Oregon, from
    KMTR Television, LLC, a subsidiary of Roberts Media, LLC, and certain stations of subsidiaries of Cunningham
    Broadcasting Corporation to subsidiaries of Sinclair, Inc. (the FCC's own docs.fcc.gov text);
  - the Media Bureau's letter DA 04-570 released 27 February 2004, dismissing as defective the applications to assign
    or transfer control of WTTE(TV), Columbus, WNUV(TV), Baltimore, WRGT(TV), Dayton, WTAT(TV), Charleston (South
    Carolina) and WVAH(TV), Charleston (West Virginia) from the licensee subsidiaries of Cunningham Broadcasting
    Corporation to those of Sinclair Broadcast Group, Inc., and denying the Rainbow/PUSH Coalition's petition to deny
    (the FCC's own docs.fcc.gov text).
Two matters, one text each. The two letters share parties (Sinclair and Cunningham) but are distinct matters: other
applications, other stations (KMTR and Cunningham's 2025 stations; the five 2003 stations), other petitioners,
other outcomes (granted 2026; dismissed 2004).
Texts are the search tool's page-store excerpts (corpus `pages`), each one run of text (the FCC's EDOCS text files).
Left out: the header ('DA 26-108'; '*Pages 1--5 from Microsoft Word - 36173* Federal Communications Commission
Washington, D. C. 20554 DA 04- 570'), the addressee blocks (counsel's names and addresses), the salutation 'Dear
Counsel:', the footnote marker '1' (DA 04-570) and the footnote text the extractions run into the body (DA 26-108's
citation of DIRECTV's two petitions 'Petition to Deny of DIRECTV, LLC, ... (collectively, Petitions).'; DA 04-570's
footnotes 1 and 2 'Also before us are oppositions ... Sinclair h', where the text is cut). Kept: the release line and
the 'Re:' line, each on its own line (as 52x's letters), then the body as one paragraph (the run shows no paragraph
breaks; none is inferred). Each text is cut at the last full sentence before the excerpt breaks off or turns to
footnote text (DA 26-108: after 'we deny the Petitions and grant the Applications.', before the section heading
'Applications.' and its broken sentence; DA 04-570: after '... of the Communications Act.', before 'In Glencairn,
Ltd., the Commission granted in part and denied in part', which footnote text interrupts). The FCC's spaced PDF
conversion in DA 04-570 kept as written ('WTTE( TV)', 'Rainbow/ PUSH', 'License/ Transfer', 'BALCT- 20031107AAF',
'Section 310( d)'). No word added or changed. Per-item notes in `notes`. Written before any extractor ran on the
texts (newskg was not run on them). `verify()` checks that every kept run and title part occurs in the saved excerpt
(/tmp/gather54p/src/kmtr.txt, wtte.txt) when that file is present.
usage: batch53p.py [POOL_DIR] [--dry]   (default /tmp/gather54p/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54p/pool"
SRC = "/tmp/gather54p/src"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -ai), every "
         "gather script, the notes under /work/notes and the session-54 pools /tmp/gather54*/pool (54a-54n at the "
         "last check): ")
R = []
RUNS = {}

# ---- KMTR(TV), Eugene: KMTR Television (Roberts Media) and Cunningham -> Sinclair, Inc.; DA 26-108 (2026) -----------
U1 = "https://docs.fcc.gov/public/attachments/DA-26-108A1.txt"
I1 = "us-fcc-cunningham-broadcasting-kmtr-television-roberts-media-sinclair-assignment-directv-petitions-denied-letter-2026"
K1 = ["Released: February 3, 2026",
      "Re: Applications for Assignment of Licenses from Cunningham Broadcasting Corporation, LMS File Nos. 0000276551 "
      "et al. and KMTR Television, LLC, LMS File Nos. 0000276767 et al. to Subsidiaries of Sinclair, Inc.",
      "The Video Division, Media Bureau, has before it two sets of applications that seek consent to the assignment of "
      "broadcast television stations to subsidiaries of Sinclair, Inc. (Sinclair). The first set seeks to assign "
      "KMTR(TV), Eugene, Oregon, from KMTR Television, LLC, a subsidiary of Roberts Media, LLC (Roberts) to a Sinclair "
      "subsidiary (Roberts Application). The second set seeks consent to assign the licenses of certain broadcast "
      "television stations from subsidiaries of Cunningham Broadcasting Corporation (Cunningham) to subsidiaries of "
      "Sinclair (Cunningham Applications, and jointly with the Roberts Application, Applications). The Attachment "
      "provides a complete list of the Applications and the subject broadcast television station licenses. We refer "
      "to Cunningham, Roberts, and Sinclair, collectively, as the Applicants. DIRECTV, LLC (DIRECTV) filed separate "
      "petitions to deny the Applications.",
      "For the reasons set forth below, we deny the Petitions and grant the Applications."]
RUNS[I1] = ("kmtr.txt", K1, ["Applications for Assignment of Licenses from Cunningham Broadcasting Corporation",
                             "and KMTR Television, LLC", "to Subsidiaries of Sinclair, Inc."])
R.append(federal(
 I1, U1, "2026-02-03",
 "Applications for Assignment of Licenses from Cunningham Broadcasting Corporation and KMTR Television, LLC to "
 "Subsidiaries of Sinclair, Inc.",
 K1[0] + "\n\n" + K1[1] + "\n\n" + K1[2] + " " + K1[3],
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Video Division, letter 'Re: Applications for Assignment of "
 "Licenses from Cunningham Broadcasting Corporation, LMS File Nos. 0000276551 et al. and KMTR Television, LLC, LMS "
 "File Nos. 0000276767 et al. to Subsidiaries of Sinclair, Inc.', DA 26-108, released February 3, 2026, US federal "
 "government work (public domain); text as the FCC's EDOCS text file holds it, from the search tool's page store at "
 + U1,
 "FCC EDOCS text of a Media Bureau letter (search tool page store)",
 "The Media Bureau's letter DA 26-108 released 3 February 2026 (the Video Division's television letter form; LMS "
 "File Nos. 0000276551 et al. and 0000276767 et al.) denying DIRECTV, LLC's petitions to deny and granting two sets "
 "of applications: to assign KMTR(TV), Eugene, Oregon, from KMTR Television, LLC, a subsidiary of Roberts Media, "
 "LLC, to a Sinclair subsidiary, and to assign certain stations (listed in the letter's Attachment, not in the kept "
 "text) from subsidiaries of Cunningham Broadcasting Corporation to subsidiaries of Sinclair, Inc.; as the FCC's own "
 "EDOCS text file holds it; an FCC letter is a US federal work, public domain (batch 15f). `published` is the release "
 "day (the only date the letter gives; 52x). One stored rendering came back, by two queries. Left out: 'DA 26-108' "
 "(before the release line); the three addressee blocks ('Sinclair, Inc. c/o Miles S. Mason Pillsbury Winthrop Shaw "
 "Pittman LLP 1200 Seventeenth Street, NW Washington, DC 20036', 'Cunningham Broadcasting Corporation and KMTR "
 "Television, LLC c/o Scott R. Flick ...', 'DIRECTV, LLC c/o Michael Nilsson HWG LLP 1919 M Street, NW Washington, DC "
 "20036', as 52v and 52x left addressees out); the salutation 'Dear Counsel:'; the footnote text the EDOCS text runs "
 "into the paragraph after 'petitions to deny the Applications.' ('Petition to Deny of DIRECTV, LLC, LMS Pleading File "
 "Nos. 000027651 et al. (filed Sept. 15, 2025) (DIRECTV Roberts Petition); Petition to Deny of DIRECTV, LLC, LMS "
 "Pleading File Nos. 0000276767 et al. (filed Sept. 18, 2025) (DIRECTV Cunningham Petition) (collectively, "
 "Petitions).' -- a citation, the footnote marker not in the text file). Kept: 'Released: February 3, 2026' and the "
 "'Re:' line whole (file numbers included, as 52x), each on its own line, then the first paragraph through 'we deny the "
 "Petitions and grant the Applications.' as one paragraph (the run shows no breaks). **Doubtful**: 'The Attachment "
 "provides a complete list ...' and 'We refer to Cunningham, Roberts, and Sinclair, collectively, as the Applicants.' "
 "may be footnote text in the original too (no marker shows it); they read as body sentences and are kept. Cut: the "
 "section heading 'Applications.' and its sentence 'Grant of the Applications would result in Sinclair owning more than "
 "one station ranked am', where the excerpt breaks off, and all after; `truncated`. Title: the 'Re:' line with its "
 "two 'LMS File Nos. ... et al.' runs (and their commas) dropped. In the lane (a Video Division letter on television "
 "assignments naming the assignee, two assignors, the assignor's parent, a station and a petitioner, 2026). Found "
 "with 'unopposed applications seeking consent to the assignment of licenses of television stations Sullivan "
 "Broadcasting Sinclair 1998 Mass Media Bureau local marketing agreement' (rank 6) and 'Applications for Assignment "
 "of Licenses from Cunningham Broadcasting Corporation and KMTR Television, LLC to Subsidiaries of Sinclair, Inc. "
 "DIRECTV petitions to deny Video Division' (rank 1). " + CHECK +
 "'Cunningham Broadcasting', 'KMTR', 'Roberts Media', '26-108', 'DA-26-108', '0000276551', '0000276767', 'Eugene, "
 "Oregon', 'Pillsbury' (one Wikipedia biography only, another subject): in no corpus file, GATHERING.md line, script, "
 "note or pool. Other matters only: 'Sinclair' (Sinclair/Allbritton DA 14-1055 on not-used lines; the DOJ's Sinclair "
 "spot-advertising judgment; Sinclair in the Wikipedia and Wikinews files), 'DIRECTV' (News Corp./DirecTV transfer "
 "files, another matter), 'Cunningham' (other people of that name).",
 True))

# ---- WTTE/WNUV/WRGT/WTAT/WVAH: Cunningham -> Sinclair Broadcast Group, dismissed; Rainbow/PUSH; DA 04-570 (2004) -----
U2 = "https://docs.fcc.gov/public/attachments/DA-04-570A1.txt"
I2 = "us-fcc-cunningham-broadcasting-sinclair-wtte-wnuv-wrgt-wtat-wvah-applications-dismissed-rainbow-push-letter-2004"
K2 = ["Released: February 27, 2004",
      "Re: Applications for Assignment of License/ Transfer of Control of Television Stations WTTE( TV), Columbus, Ohio "
      "WNUV( TV), Baltimore, Maryland WRGT( TV), Dayton, Ohio WTAT( TV), Charleston, South Carolina WVAH( TV), "
      "Charleston, West Virginia File Nos. BALCT- 20031107AAF, ABB and ABM and BTCCT- 20031107AAF and AAP FAC. ID: 411, "
      "416, 417, 7933 & 74137",
      "This concerns the applications for assignment of license and transfer of control of the above-referenced "
      "television stations from the licensee subsidiaries of Cunningham Broadcasting Corporation (Cunningham) to the "
      "licensee subsidiaries of Sinclair Broadcast Group, Inc. (Sinclair). On December 19, 2003, Rainbow/ PUSH "
      "Coalition (Rainbow) filed a petition to deny the applications.",
      "For the reasons set forth below, we dismiss as defective the applications in accordance with Section 73.3566 of "
      "the Communications Rules and deny the petition to deny filed by Rainbow. This is the third time these parties "
      "have been before the Commission seeking approval of transactions involving the sale of television stations. In "
      "1998, Sinclair and Cunningham (then Glencairn, Ltd.) sought to acquire certain television stations from "
      "Sullivan Broadcasting Company. Rainbow opposed the applications arguing that the transactions in that proceeding "
      "resulted in Sinclair exercising de facto control over Glencairn in violation of Section 310( d) of the "
      "Communications Act."]
RUNS[I2] = ("wtte.txt", K2, ["Applications for Assignment of License/ Transfer of Control of Television Stations",
                             "WTTE( TV), Columbus, Ohio", "WNUV( TV), Baltimore, Maryland", "WRGT( TV), Dayton, Ohio",
                             "WTAT( TV), Charleston, South Carolina", "WVAH( TV), Charleston, West Virginia"])
R.append(federal(
 I2, U2, "2004-02-27",
 "Applications for Assignment of License/ Transfer of Control of Television Stations; WTTE( TV), Columbus, Ohio; "
 "WNUV( TV), Baltimore, Maryland; WRGT( TV), Dayton, Ohio; WTAT( TV), Charleston, South Carolina; WVAH( TV), "
 "Charleston, West Virginia",
 K2[0] + "\n\n" + K2[1] + "\n\n" + K2[2] + " " + K2[3],
 "broadcasting/television", "regulatory,ownership,deal",
 "U.S. Federal Communications Commission, Media Bureau, letter 'Re: Applications for Assignment of License/Transfer of "
 "Control of Television Stations WTTE(TV), Columbus, Ohio, WNUV(TV), Baltimore, Maryland, WRGT(TV), Dayton, Ohio, "
 "WTAT(TV), Charleston, South Carolina, WVAH(TV), Charleston, West Virginia', DA 04-570, File Nos. BALCT-20031107AAF, "
 "ABB and ABM and BTCCT-20031107AAF and AAP, released February 27, 2004, US federal government work (public domain); "
 "text as the FCC's EDOCS text file holds it, from the search tool's page store at " + U2,
 "FCC EDOCS text of a Media Bureau letter (search tool page store)",
 "The Media Bureau's letter DA 04-570 released 27 February 2004 (the television letter form, to Sinclair's counsel; "
 "File Nos. BALCT-20031107AAF, ABB and ABM and BTCCT-20031107AAF and AAP) dismissing as defective, under Section "
 "73.3566, the applications to assign the licences of, or transfer control of the licensees of, WTTE(TV), Columbus, "
 "WNUV(TV), Baltimore, WRGT(TV), Dayton, WTAT(TV), Charleston, South Carolina, and WVAH(TV), Charleston, West "
 "Virginia, from the licensee subsidiaries of Cunningham Broadcasting Corporation to those of Sinclair Broadcast "
 "Group, Inc., and denying the Rainbow/PUSH Coalition's petition to deny of 19 December 2003; the letter recalls the "
 "1998 Glencairn/Sullivan proceeding; as the FCC's own EDOCS text file holds it; an FCC letter is a US federal work, "
 "public domain (batch 15f). `published` is the release day. One stored rendering came back, by two queries (a "
 "tradelawdaily.com item of 29 December 2003 on the petition, and docslib.org copies of Rainbow PUSH's 2014 "
 "application for review, came back beside it: trade press and a party's pleading, not taken). It is the PDF-to-text "
 "conversion with spaces after slashes and hyphens and inside brackets ('WTTE( TV)', 'Rainbow/ PUSH', 'License/ "
 "Transfer', 'BALCT- 20031107AAF', 'Section 310( d)', 'D. C.'), kept as written (53b's and 53h's call). Left out: "
 "'*Pages 1--5 from Microsoft Word - 36173*', 'Federal Communications Commission Washington, D. C. 20554' and 'DA 04- "
 "570' (before the release line); the addressee block ('Kathryn R. Schmeltzer, Esq. Clifford M. Harrington, Esq. Shaw "
 "Pittman, LLP 2300 N Street, N. W. Washington, DC 20037', as 52v and 52x left addressees out); the salutation 'Dear "
 "Counsel:'; the footnote marker '1' after 'filed a petition to deny the applications.'. Kept: 'Released: February "
 "27, 2004' and the 'Re:' line whole (station list, file and facility numbers, as 52x), each on its own line, then "
 "the body from 'This concerns' through '... of the Communications Act.' as one paragraph (the run shows no paragraph "
 "breaks; none inferred). Cut: 'In Glencairn, Ltd., the Commission granted in part and denied in part', which the "
 "extraction breaks off by running footnotes 1 and 2 into it ('1 Also before us are oppositions filed by Cunningham "
 "and Sinclair on January 16, 2004, and Rainbow\u2019s reply filed January 29, 2004. 1 Rainbow\u2019s petition to "
 "deny. 2 The Commission found that a unique combination of facts demonstrated that Sinclair h' -- footnote text and "
 "the broken sentence, not taken), and all after; `truncated` (the reasons for the dismissal are not in the kept "
 "text). Title: the 'Re:' line without its file and facility numbers, its station lines joined with '; '. In the lane "
 "(a Bureau letter on television assignments and transfers naming the would-be buyer, the seller, five stations, a "
 "petitioner and an earlier seller, 2004). Found with 'unopposed applications seeking consent to the assignment of "
 "licenses of television stations Sullivan Broadcasting Sinclair 1998 Mass Media Bureau local marketing agreement' "
 "(rank 8) and 'Cunningham Broadcasting Corporation Sinclair Broadcast Group WTTE WNUV WRGT WTAT WVAH applications "
 "dismissed as defective Rainbow/PUSH petition to deny 2004' (rank 4). " + CHECK +
 "'Cunningham Broadcasting', 'Glencairn', 'Sullivan Broadcasting', '04-570', 'DA-04-570', 'WTTE', 'WNUV', 'WRGT', "
 "'WTAT', 'WVAH', '20031107', 'Schmeltzer', 'Rainbow/PUSH', 'Rainbow/ PUSH': in no corpus file, GATHERING.md line, "
 "script, note or pool. Other matters only: 'Sinclair' (as for DA 26-108), 'Rainbow' (other names: African Rainbow "
 "Minerals, Rainbow Arts, Rainbows End, Rainbow Bridge), 'Cunningham' (other people). The same two parties' 2026 "
 "letter DA 26-108 is this round's other item: another matter (other applications, stations, petitioner, outcome).",
 True))


def verify():
    """Each kept run and title part occurs in the saved excerpt (whitespace normalised), when the file is present."""
    norm = lambda s: re.sub(r"\s+", " ", s).strip()
    for rid, (fn, runs, tparts) in RUNS.items():
        p = os.path.join(SRC, fn)
        if not os.path.exists(p):
            continue
        src = norm(open(p, encoding="utf-8").read())
        for x in runs + tparts:
            assert norm(x) in src, (rid, x[:60])


if __name__ == "__main__":
    verify()
    write_all(R, POOL, dry="--dry" in sys.argv)
