#!/usr/bin/env python3
"""Batch 53zb (session 54, gatherer lane zb): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC transaction lane of batches 15f, 43n-53z (the
television side, after 53z), on two matters no corpus file holds -- a Media Bureau (Video Division) letter and a Media
Bureau order granting television transfers of control (53z's leads: the seller's name in the query; Bonten and Cosmos
were on its list):
  - DA 17-638 released 30 June 2017, granting the uncontested transfer of control of seven full-power television
    licences licensed to Bluestone License Holdings, Inc. from Bonten Media Group LLC to Sinclair Television Group,
    Inc., with continued satellite authority for KCFW-TV, Kalispell (satellite of KECI-TV, Missoula) (docsbay.net's
    copy of the letter, as 52x took DA 14-1757);
  - DA 06-72 adopted 13 January and released 17 January 2006, the Media Bureau's Memorandum Opinion and Order on the
    applications to transfer control of The Liberty Corporation, Cosmos Broadcasting Corporation, CivCo, Inc. and
    LibCo, Inc. to Raycom Media, Inc., with a continuing satellite waiver for KTRE(TV), Lufkin (satellite of KLTV(TV),
    Tyler) (docslib.org's copy of the order).
Two matters, one text each (Sinclair's Freedom, Cunningham, Allbritton and Tribune matters and Raycom's Gray and
Malrite matters are other deals).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the page chrome (docsbay's 'October 6, 2018'
line; docslib's heading, 'Total Page:16', 'File Type:pdf, Size:1020Kb'), letterhead and caption lines, the addressee
blocks (DA 17-638), 'Dear Counsel:', the paragraph number '1.' (DA 06-72), the footnote markers (DA 17-638: '[1]',
'[2]'; DA 06-72: '1', '2'; the text joined across each, whitespace only) and the footnote text. Kept, each on its own
line: DA 17-638's DA number with its release line and its 'Re:' line (its lines joined into one run, as 52x), then two
body paragraphs; DA 06-72's 'MEMORANDUM OPINION AND ORDER', the adopted/released line, 'By the Chief, Media Bureau:',
then the first paragraph. Each text is cut at the last full sentence before the excerpt breaks off (DA 17-638: after
'... as a full-service station.', before 'In the 2014 Quadrennial Second Report and Order, ...' which breaks off;
DA 06-72: after '... we grant the requested waivers and the applications.', before paragraph 2, which the footnote
text breaks into). Titles: DA 17-638's 'Re:' subject as written; DA 06-72's caption parties joined (its ')' column and
file numbers dropped). No word added or changed; the copies' run-together words ('Controlof', 'InTelevision',
'fullpower', 'Inc.(STG)') are kept as written. Per-item notes in `notes`. Written before any extractor ran on the
texts (newskg was not run on them). `verify()` checks that every kept run and each title part occurs in the saved
excerpt (/tmp/gather54zb/src/bonten.txt, liberty.txt) when that file is present.
usage: batch53zb.py [POOL_DIR] [--dry]   (default /tmp/gather54zb/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54zb/pool"
SRC = "/tmp/gather54zb/src"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -ai), every "
         "gather script, the notes under /work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (54a-54za at "
         "the last check): ")
R = []
RUNS = {}

# ---- Bonten Media Group -> Sinclair Television Group; KCFW-TV satellite of KECI-TV; DA 17-638 (2017) ---------------
U1 = "https://docsbay.net/bonten-media-group-llc"
I1 = "us-fcc-bonten-media-group-sinclair-television-group-bluestone-seven-tv-licenses-kcfw-tv-satellite-letter-2017"
T1 = "Application for Consent to Transfer Controlof License and Request for Continued Satellite Authority"
H1 = ["DA 17-638 Released: June 30, 2017",
      "Re:Application for Consent to Transfer Controlof License and Request for Continued Satellite Authority "
      "KTXS-TV, Sweetwater, Texas, Fac. ID No. 308 WCYB-TV, Bristol, VA, Fac. ID No. 2455 KAEF-TV, Arcata, CA, Fac. ID "
      "No. 8263 KRCR-TV, Redding, CA, Fac. ID No. 8291 KTVM-TV, Butte, MT, Fac. ID No. 18066 KCFW-TV, Kalispell, MT, "
      "Fac. ID No. 18079 KECI-TV, Missoula, MT, Fac. ID No. 18084 File No. BTCCDT-20170505ABL"]
P1 = ["By this letter, we grant the above-captioned uncontested application (Application) for the transfer of control "
      "of 7 fullpower television licenses, licensed to Bluestone License Holdings, Inc., from Bonten Media Group LLC "
      "(Bonten) to Sinclair Television Group, Inc.(STG). In connection with the sale, we grant STG continued authority "
      "to operate station KCFW-TV (KCFW), Kalispell, Montana, as a satellite of KECI-TV (KECI), Missoula, Montana, "
      "pursuant to the satellite exemption to the local television ownership rule."]
Q1 = ["InTelevision Satellite Stations, the Commission adopted \u201ca presumption that TV satellite operations are in "
      "the public interest if individual applicants can satisfy certain public interest criteria:\u201d(1) the proposed "
      "satellite does not have a City Grade overlap between itself and its parent; (2)the proposed satellite would "
      "provide service to an underserved area; and (3) no alternative operator is ready and able to construct or to "
      "purchase and operate the satellite as a full-service station."]
RUNS[I1] = ("bonten.txt", [T1, "DA 17-638", "Released: June 30, 2017"] + H1[1:] + P1 + Q1)
R.append(federal(
 I1, U1, "2017-06-30", T1,
 "\n\n".join(H1) + "\n\n" + "".join(P1) + "\n\n" + "".join(Q1),
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau (Video Division), letter to Bonten Media Group LLC and Sinclair "
 "Television Group, Inc., 'Re: Application for Consent to Transfer Control of License and Request for Continued "
 "Satellite Authority', KTXS-TV, Sweetwater, Texas et al., File No. BTCCDT-20170505ABL, DA 17-638, released June 30, "
 "2017, US federal government work (public domain); text as docsbay.net's copy of the FCC's letter holds it, from the "
 "search tool's page store at " + U1,
 "docsbay.net copy of an FCC Media Bureau letter (search tool page store)",
 "The Media Bureau's letter DA 17-638 released 30 June 2017 (File No. BTCCDT-20170505ABL; the Video Division's "
 "television letter form, as 52x's DA 14-1757) granting the uncontested transfer of control of seven full-power "
 "television licences licensed to Bluestone License Holdings, Inc. from Bonten Media Group LLC to Sinclair Television "
 "Group, Inc. (KTXS-TV, WCYB-TV, KAEF-TV, KRCR-TV, KTVM-TV, KCFW-TV, KECI-TV), and continued authority to run KCFW-TV, "
 "Kalispell, as a satellite of KECI-TV, Missoula; as docsbay.net's copy of the letter holds it (the Word file's "
 "paragraphs, footnote markers in brackets); an FCC letter is a US federal work, public domain (batch 15f; 52x took a "
 "docsbay.net copy likewise). `published` is the release day. One stored rendering came back, by two queries "
 "(beside it, trade press: nexttv.com, tvnewscheck.com, ftvlive.com, baltimoresun.com -- not taken); no docs.fcc.gov "
 "rendering came back. Left out: docsbay's first line 'October 6, 2018' (the copy's page date, not the letter's); the "
 "two addressee blocks ('Bonten Media Group LLC c/o Jennifer A. Johnson, Esq. Covington & Burling LLP One CityCenter "
 "850 Tenth Street, NW Washington, S.C. 20001' and 'Sinclair Television Group, Inc. c/o Miles S. Mason, Esq. "
 "Pillsbury Winthrop Shaw Pittman LLP 1200 Seventeenth Street, NW Washington, D.C. 20036' -- so no person is in the "
 "text); 'Dear Counsel:'; the footnote markers '[1]' (after 'rule.') and '[2]' (after 'full-service station.'). "
 "Kept, each on its own line: 'DA 17-638 Released: June 30, 2017' (two lines joined, as 53z) and the 'Re:' line (its "
 "subject, the seven station lines and the file number joined into one run, as 52x); then the first paragraph (two "
 "sentences) and the second through '... as a full-service station.' (one sentence). Cut before 'In the 2014 "
 "Quadrennial Second Report and Order, the Commission stated that ...', which breaks off ('consistent with ca'), and "
 "all after it; `truncated`. Kept as written: 'Re:Application' (no space), 'Transfer Controlof', 'InTelevision "
 "Satellite Stations', '7 fullpower', 'Inc.(STG)', 'criteria:\u201d(1)', '(2)the' (the copy's run-together words), "
 "'Bristol, VA', 'Arcata, CA', 'MT', the curly quotation marks. Title: the 'Re:' subject as written (52x's call, "
 "without the station list). In the lane (a Video Division letter granting a television transfer of control, naming "
 "the seller, the buyer, the licensee and seven stations, 2017). Found with 'Bonten Media Group assignment of "
 "licenses Sinclair Video Division letter grant' (rank 1) and 'DA 17-638 Bonten Media Group Sinclair Television "
 "Group KCFW-TV Kalispell satellite of KECI-TV transfer of control' (rank 1). " + CHECK +
 "'Bonten', 'Bluestone', '17-638', 'BTCCDT-20170505', 'KTXS', 'WCYB', 'KAEF', 'KRCR', 'KTVM', 'KCFW', 'KECI': in no "
 "corpus file, GATHERING.md line, script or pool ('Bonten' only as a lead in 53z's note and section). Other matters "
 "only: 'Sinclair Television Group' and 'Sinclair' (53z's Freedom letter, 53p's Cunningham letters, the Allbritton "
 "and Tribune orders on not-used lines, the DOJ's spot-advertising judgment), 'Kalispell' (a 1996 radio letter in "
 "another pool: KGEZ(AM), Skyline Broadcasters).",
 True))

# ---- The Liberty Corporation / Cosmos -> Raycom Media; KTRE(TV) satellite of KLTV(TV); DA 06-72 (2006) --------------
U2 = "https://docslib.org/doc/6496459/federal-communications-commission-da-06-72-before-the-federal"
I2 = "us-fcc-liberty-corporation-cosmos-broadcasting-raycom-media-transfer-of-control-ktre-satellite-order-2006"
T2P = ["Applications for Transfer of Control of", "The Liberty Corporation", "To", "Raycom Media, Inc."]
T2 = " ".join(T2P)
H2 = ["MEMORANDUM OPINION AND ORDER", "Adopted: January 13, 2006 Released: January 17, 2006",
      "By the Chief, Media Bureau:"]
P2 = ["The Commission, by the Chief, Media Bureau, pursuant to delegated authority, has before it for consideration "
      "applications to transfer control of The Liberty Corporation (Liberty) and its wholly-owned subsidiary Cosmos "
      "Broadcasting Corporation (Cosmos) and Cosmos\u2019 wholly-owned subsidiaries CivCo, Inc. and LibCo, Inc. to Raycom "
      "Media, Inc.",
      " Grant of the transfers would create television duopolies in four markets that are not permissible under our "
      "multiple ownership rules. Raycom has requested a six-month waiver to come into compliance with the multiple "
      "ownership rules in those markets. Raycom also seeks a continuing satellite waiver to operate KTRE(TV), Lufkin, "
      "Texas as a satellite of KLTV(TV), Tyler, Texas. The applications are unopposed.",
      " For the reasons stated below, we grant the requested waivers and the applications."]
RUNS[I2] = ("liberty.txt", T2P + H2 + P2)
R.append(federal(
 I2, U2, "2006-01-17", T2,
 "\n\n".join(H2) + "\n\n" + "".join(P2),
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, 'In the Matter of Applications for Transfer of Control of The "
 "Liberty Corporation To Raycom Media, Inc.', Memorandum Opinion and Order DA 06-72, File Nos. BTCCT-20050909ADC et "
 "al., adopted January 13, 2006, released January 17, 2006, US federal government work (public domain); text as "
 "docslib.org's copy of the FCC's order holds it, from the search tool's page store at " + U2,
 "docslib.org copy of an FCC Media Bureau order (search tool page store)",
 "The Media Bureau's Memorandum Opinion and Order DA 06-72 adopted 13 January and released 17 January 2006 (File Nos. "
 "BTCCT-20050909ADC to ADN, ADZ, AEA, AEB) on the unopposed applications to transfer control of The Liberty "
 "Corporation, its wholly-owned subsidiary Cosmos Broadcasting Corporation and Cosmos' subsidiaries CivCo, Inc. and "
 "LibCo, Inc. to Raycom Media, Inc., with a six-month waiver of the multiple ownership rules in four markets and a "
 "continuing satellite waiver for KTRE(TV), Lufkin, Texas (satellite of KLTV(TV), Tyler), granted; as docslib.org's "
 "copy of the order holds it (one run of text); an FCC order is a US federal work, public domain (batch 15f; 52p took "
 "a docslib.org copy likewise). `published` is the release day (52k, 52zd; **doubtful**: a reader may take the "
 "adoption day). One stored rendering came back, by one query (beside it, trade press: nexttv.com, toledoblade.com "
 "on the 2005 announcement -- not taken). Left out: docslib's page heading 'Federal Communications Commission DA "
 "06-72 Before the FEDERAL', 'Total Page:16', 'File Type:pdf, Size:1020Kb'; the letterhead 'Federal Communications "
 "Commission DA 06-72 Before the FEDERAL COMMUNICATIONS COMMISSION WASHINGTON, D.C. 20554'; the caption 'In the Matter "
 "of ) ) Applications for Transfer of Control of ) File Nos. BTCCT-20050909ADC The Liberty Corporation ) ... To ) ... "
 "Raycom Media, Inc. ) ... BTCCT-20050909AEB' (its parties kept as `title`); the paragraph number '1.'; the footnote "
 "markers '1' (after 'Raycom Media, Inc.') and '2' (after 'unopposed.'). Kept, each on its own line: 'MEMORANDUM "
 "OPINION AND ORDER', 'Adopted: January 13, 2006 Released: January 17, 2006', 'By the Chief, Media Bureau:', then "
 "paragraph 1 whole (five sentences). Cut: paragraph 2 ('The Multiple Ownership Waivers. Under our multiple ownership "
 "rules an entity may own two television stations in the same Designated Market Area (DMA)3 only if (1) the Grade B "
 "contours of the two'), where the footnote text breaks in ('1 A complete list of the stations affected by the "
 "transfers of control is attached as Exhibit A. 2 Free Press filed a petition to deny ... The parties entered into a "
 "s'), and all after; `truncated`. Kept as written: 'Cosmos\u2019 wholly-owned subsidiaries', 'KTRE(TV), Lufkin, Texas "
 "as a satellite' (no comma), 'six-month'. Title: the caption's party lines joined ('Applications for Transfer of "
 "Control of The Liberty Corporation To Raycom Media, Inc.'; 54b's K-W TV call). In the lane (a Media Bureau order "
 "granting a television group's transfer of control, naming the seller's companies, the buyer and two stations, "
 "2006). Found with 'Raycom Media Liberty Corporation Cosmos Broadcasting transfer of control 2005 Media Bureau grant "
 "WLOX WAVE' (rank 1; an earlier 'Cosmos Broadcasting Liberty Corporation transfer of control television licenses "
 "Mass Media Bureau' query gave no FCC text on it). " + CHECK +
 "'Liberty Corporation', 'Cosmos Broadcasting', 'CivCo', 'LibCo', '06-72', 'BTCCT-20050909', 'KLTV', 'Tyler, Texas': "
 "in no corpus file, GATHERING.md line, script, note or pool; 'KTRE' only inside other words (Wikipedia-lane files "
 "and their scripts); 'Lufkin' only as a person's name on a GATHERING.md line (another subject). Other matters only: "
 "'Raycom' (the Gray/Raycom DOJ judgment, the Malrite/Raycom 1998 order, 53z's Hoak letter and other Gray files "
 "naming it in passing).",
 True))


def verify():
    """Each kept run (and title part) occurs in the saved excerpt (whitespace normalised), when the file is present."""
    norm = lambda s: re.sub(r"\s+", " ", s).strip()
    for rid, (fn, runs) in RUNS.items():
        p = os.path.join(SRC, fn)
        if not os.path.exists(p):
            continue
        src = norm(open(p, encoding="utf-8").read())
        for x in runs:
            assert norm(x) in src, (rid, x[:60])


if __name__ == "__main__":
    verify()
    write_all(R, POOL, dry="--dry" in sys.argv)
