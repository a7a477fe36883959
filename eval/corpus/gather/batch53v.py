#!/usr/bin/env python3
"""Batch 53v (session 54, gatherer lane v): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC transaction lane of batches 15f, 43n-49f, 49j,
49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v, 52x, 52z, 52zd, 53b, 53h and 53p
(50l and 52s null rounds), the television side, on two matters no corpus file holds -- both Media Bureau public
notices on pending television applications (the notice form of 15f and 43n):
  - DA 20-1324 released 6 November 2020, establishing the pleading cycle (MB Docket No. 20-369) for the applications
    to transfer control of ION Media Networks, Inc. and its broadcast television licensee subsidiaries to Scripps
    Media, Inc., and for the divestiture assignment of certain ION television licences to INYO Broadcast Holdings, LLC
    (docslib.org's copy of the FCC's notice);
  - DA 18-596 released 7 June 2018, seeking comment on Gray's top-four showing and extending the petition-to-deny date
    for the application to assign KDLT-TV, Sioux Falls, and its satellite KDLV-TV, Mitchell (South Dakota), from Red
    River Broadcast Co., LLC to Gray Television Licensee, LLC (the FCC's own docs.fcc.gov text).
Two matters, one text each (other parties, stations, years; Gray's 2021 Meredith letter and the Gray/Raycom matter
in the corpus are other deals).
Texts are the search tool's page-store excerpts (corpus `pages`), each one run of text. Left out: docslib's chrome
('PUBLIC NOTICE Federal Communications Commission 45 L St., N.E', 'Total Page:16', 'File Type:pdf, Size:1020Kb'), the
notice's letterhead ('PUBLIC NOTICE Federal Communications Commission 45 L St., N.E. News Media Information 202 /
418-0500 Internet: https://www.fcc.gov Washington, D.C. 20554 TTY: 1-888-835-5322'), the footnote markers '1' and '2'
(DA 20-1324), and the footnote text DA 18-596's plain text runs into the body ('File No. BALCDT-20180516AAY.'; 'See
2014 Quadrennial Regulatory Review -- ... paras. 78-82 (2017).', which falls inside a sentence, so the sentence is
joined across it; '47 CFR § 73.3555(b)(1)(i).'; 'Application, Exhibit 18.'; '47 CFR § 73.3584(a).'). Kept, each on
its own line (as 43n kept the Altice notice's header): the DA number with the release line, the upper-case heading, the
docket number (DA 20-1324 only; DA 18-596 gives none) and the pleading dates, then the body as one paragraph (the runs
show no paragraph breaks; none inferred). Each text is cut at the last full sentence before the excerpt breaks off
(DA 20-1324: after '... own 100% of the merged company.', before 'Pursuant to a separate Divestiture Asset Pur';
DA 18-596: after '... must be filed to July 9, 2018.', before the footnote cite and 'The Application ap'). Titles: the
upper-case headings with capitals supplied (43n's call; **doubtful**). No word added or changed. Per-item notes in
`notes`. Written before any extractor ran on the texts (newskg was not run on them). `verify()` checks that every kept
run occurs in the saved excerpt (/tmp/gather54v/src/ion.txt, kdlt.txt) when that file is present.
usage: batch53v.py [POOL_DIR] [--dry]   (default /tmp/gather54v/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54v/pool"
SRC = "/tmp/gather54v/src"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -ai), every "
         "gather script, the notes under /work/notes and the session-54 pools /tmp/gather54*/pool (54a-54t at the "
         "last check): ")
R = []
RUNS = {}

# ---- ION Media Networks -> Scripps Media; divestiture to INYO Broadcast Holdings; DA 20-1324 (2020) ------------------
U1 = "https://docslib.org/doc/9127474/public-notice-federal-communications-commission-45-l-st-n-e"
I1 = "us-fcc-ion-media-networks-scripps-media-transfer-of-control-inyo-divestiture-pleading-cycle-public-notice-2020"
K1 = ["DA 20-1324 Released: November 6, 2020",
      "MEDIA BUREAU ESTABLISHES PLEADING CYCLE FOR APPLICATIONS TO TRANSFER CONTROL OF ION MEDIA NETWORKS, INC., TO "
      "SCRIPPS MEDIA, INC., AND DIVESTITURE APPLICATIONS TO ASSIGN LICENSES TO INYO BROADCAST HOLDINGS, LLC, AND "
      "ESTABLISHES PERMIT-BUT-DISCLOSE EX PARTE STATUS FOR THE PROCEEDING",
      "MB Docket No. 20-369",
      "Petition to Deny Date: December 7, 2020",
      "Opposition Date: December 22, 2020",
      "Reply Date: December 29, 2020",
      "On October 14, 2020, Media HoldCo LP, a wholly-owned subsidiary of ION Media Networks, Inc. (ION), as the "
      "Transferee, along with Scripps Media, Inc. (Scripps) as the Transferor, filed applications (Transfer "
      "Applications) with the Federal Communications Commission (Commission) seeking consent to the transfer of ION "
      "and its broadcast television licensee subsidiaries to Scripps.",
      "Concurrently with the filing of those applications, two wholly-owned licensed subsidiaries of ION, ION Media "
      "License Company, LLC and ION Television License, LLC, as the Assignors, and INYO Broadcast Holdings, LLC "
      "(INYO), as Assignee, filed with the Commission applications for the divestiture assignment of certain ION "
      "television licenses to INYO (Divestiture Applications) (collectively, the Applications). Pursuant to a Merger "
      "Agreement, Scripps would acquire ION through a merger of Scripps Faraday Inc., a wholly owned subsidiary of "
      "Scripps, into ION such that ION will become a wholly-owned subsidiary of Scripps.",
      "Under the terms of the Merger Agreement, Scripps would acquire all outstanding stock and other equity interests "
      "in ION for $2.65 billion in cash. Following the close of the transaction, Scripps would own 100% of the merged "
      "company."]
RUNS[I1] = ("ion.txt", K1)
R.append(federal(
 I1, U1, "2020-11-06",
 "Media Bureau Establishes Pleading Cycle for Applications to Transfer Control of ION Media Networks, Inc., to Scripps "
 "Media, Inc., and Divestiture Applications to Assign Licenses to INYO Broadcast Holdings, LLC, and Establishes "
 "Permit-but-Disclose Ex Parte Status for the Proceeding",
 "\n\n".join(K1[:6]) + "\n\n" + " ".join(K1[6:]),
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, public notice 'Media Bureau Establishes Pleading Cycle for "
 "Applications to Transfer Control of ION Media Networks, Inc., to Scripps Media, Inc., and Divestiture Applications to "
 "Assign Licenses to INYO Broadcast Holdings, LLC, and Establishes Permit-but-Disclose Ex Parte Status for the "
 "Proceeding', DA 20-1324, MB Docket No. 20-369, released November 6, 2020, US federal government work (public "
 "domain); text as docslib.org's copy of the notice holds it, from the search tool's page store at " + U1,
 "docslib.org copy of an FCC Media Bureau public notice (search tool page store)",
 "The Media Bureau's public notice DA 20-1324 released 6 November 2020 (MB Docket No. 20-369) establishing the "
 "pleading cycle for the applications, filed 14 October 2020, to transfer control of ION Media Networks, Inc. and its "
 "broadcast television licensee subsidiaries to Scripps Media, Inc. (a merger of Scripps Faraday Inc. into ION, $2.65 "
 "billion in cash) and for the divestiture assignment of certain ION television licences, by ION Media License "
 "Company, LLC and ION Television License, LLC, to INYO Broadcast Holdings, LLC; as docslib.org's copy holds it; an FCC "
 "notice stays a US federal work, public domain, on a third-party copy (batches 15f, 43n, 43p). `published` is the "
 "release day. One stored rendering came back, by two queries (beside it, the Commission's 2009 ION/Media Holdco "
 "order DA 09-2602 -- in the corpus, batch 46l, another matter -- and Wikipedia mirrors in other languages, not taken). "
 "Left out: docslib's chrome ('PUBLIC NOTICE Federal Communications Commission 45 L St., N.E', 'Total Page:16', 'File "
 "Type:pdf, Size:1020Kb'); the notice's letterhead ('PUBLIC NOTICE Federal Communications Commission 45 L St., N.E. "
 "News Media Information 202 / 418-0500 Internet: https://www.fcc.gov Washington, D.C. 20554 TTY: 1-888-835-5322'); "
 "the footnote markers '1' (after '... to Scripps.') and '2' (after '... subsidiary of Scripps.'). Kept, each on its "
 "own line (whitespace only): 'DA 20-1324 Released: November 6, 2020', the upper-case heading, 'MB Docket No. 20-369' "
 "and the three pleading dates; then the body as one paragraph. Kept as written: 'Media HoldCo LP, a wholly-owned "
 "subsidiary of ION ..., as the Transferee, along with Scripps ... as the Transferor' (the notice's own words, though "
 "the rest of the paragraph has Scripps acquiring ION); 'wholly-owned' and 'wholly owned' both. Cut: 'Pursuant to a "
 "separate Divestiture Asset Pur', where the excerpt breaks off, and all after; `truncated`. Title: the heading with "
 "capitals supplied (43n). In the lane (a Media Bureau text on a television transfer of control and divestiture "
 "naming the buyer, the target, four subsidiaries and the divestiture buyer, 2020). Found with 'Video Division letter "
 "applications assignment of television licenses ION Media Networks Scripps Inyo Broadcast divestiture' (rank 1) and "
 "'Media Bureau establishes pleading cycle applications to transfer control of ION Media Networks to Scripps Media "
 "divestiture INYO Broadcast Holdings' (rank 1). " + CHECK +
 "'Scripps Media', 'Scripps Faraday', 'ION Media License', 'ION Television License', 'Katz Broadcasting', '20-1324', "
 "'20-369', '2.65 billion': in no corpus file, GATHERING.md line, script, note or pool. Other matters only: 'ION Media' "
 "and 'Media HoldCo' (batch 46l's ION Media Networks Liquidating Trust/Media Holdco order DA 09-2602 of 2009, in "
 "train), 'INYO' (only 'Inyo' the California county, in other files), 'Scripps' (Scripps-Howard 1970, E.W. Scripps in "
 "the DOJ newspaper file, Scripps as a Nexstar/Tribune divestiture buyer on 52-lane lines).",
 True))

# ---- KDLT-TV / KDLV-TV: Red River Broadcast Co. -> Gray Television Licensee; top-four showing; DA 18-596 (2018) -----
U2 = "https://docs.fcc.gov/public/attachments/DA-18-596A1.txt"
I2 = "us-fcc-red-river-broadcast-gray-television-licensee-kdlt-tv-sioux-falls-assignment-top-four-showing-public-notice-2018"
K2 = ["DA 18-596 Released: June 7, 2018",
      "MEDIA BUREAU SEEKS COMMENT ON TOP-FOUR SHOWING IN, AND EXTENDS PETITION TO DENY DATE FOR, APPLICATION TO ASSIGN "
      "STATIONS FROM RED RIVER BROADCAST CO., LLC, TO GRAY TELEVISION LICENSEE, LLC",
      "Petition to Deny Date: July 9, 2018",
      "On May 17, 2018, the Federal Communications Commission (Commission) accepted for filing an application "
      "(Application) seeking consent to the assignment of the licenses of stations KDLT-TV, Sioux Falls, South Dakota, "
      "and authorized satellite KDLV-TV, Mitchell, South Dakota, from Red River Broadcast Co., LLC, to Gray Television "
      "Licensee, LLC. (Gray).",
      "Gray currently owns and operates KSFY-TV, Sioux Falls, South Dakota. According to Gray, both KSFY-TV and KDLT-TV "
      "are historically ranked among the top-four rated stations (second and third, respectively) in the Sioux Falls "
      "(Mitchell) Nielsen Designated Market Area. Consistent with the Commission\u2019s action last year,",
      "Gray seeks a case-by-case examination of this proposed combination, which would otherwise be prohibited by the "
      "Commission\u2019s rules.",
      "To that end, Gray has submitted a showing to support its position that the public interest benefits of the "
      "combination would outweigh any harms and that, operated together, the stations would enhance competition in a "
      "local market characterized by massive concentration of market share in a single station and fragmented, "
      "undersized competitors.",
      "By this Public Notice, we specifically seek comment on Gray\u2019s top-four showing and extend the date by which "
      "petitions to deny the Application must be filed to July 9, 2018."]
RUNS[I2] = ("kdlt.txt", K2)
R.append(federal(
 I2, U2, "2018-06-07",
 "Media Bureau Seeks Comment on Top-Four Showing in, and Extends Petition to Deny Date for, Application to Assign "
 "Stations from Red River Broadcast Co., LLC, to Gray Television Licensee, LLC",
 "\n\n".join(K2[:3]) + "\n\n" + " ".join(K2[3:]),
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, public notice 'Media Bureau Seeks Comment on Top-Four Showing "
 "in, and Extends Petition to Deny Date for, Application to Assign Stations from Red River Broadcast Co., LLC, to Gray "
 "Television Licensee, LLC', DA 18-596, File No. BALCDT-20180516AAY, released June 7, 2018, US federal government work "
 "(public domain); text as the FCC's EDOCS text file holds it, from the search tool's page store at " + U2,
 "FCC EDOCS text of a Media Bureau public notice (search tool page store)",
 "The Media Bureau's public notice DA 18-596 released 7 June 2018 (File No. BALCDT-20180516AAY) seeking comment on "
 "Gray's showing that its combination of KDLT-TV with its own KSFY-TV, both top-four stations in the Sioux Falls "
 "(Mitchell) market, would serve the public interest, and extending to 9 July 2018 the date for petitions to deny the "
 "application, accepted for filing on 17 May 2018, to assign KDLT-TV, Sioux Falls, South Dakota, and its authorized "
 "satellite KDLV-TV, Mitchell, South Dakota, from Red River Broadcast Co., LLC to Gray Television Licensee, LLC; as the "
 "FCC's own EDOCS text file holds it; an FCC notice is a US federal work, public domain (batch 15f). `published` is "
 "the release day. One stored rendering came back (rank 5 of the query below; not asked for: Gray's name in the query "
 "brought it). Left out: the footnote text the EDOCS text runs into the body -- 'File No. BALCDT-20180516AAY.' (after "
 "'... LLC. (Gray).'); 'See 2014 Quadrennial Regulatory Review \u2014 Review of the Commission\u2019s Broadcast "
 "Ownership Rules and Other Rules Adopted Pursuant to Section 202 of the Telecommunications Act of 1996, Order on "
 "Reconsideration and Notice of Proposed Rulemaking, 32 FCC Rcd 9802, 9836 \u2013 9839, paras. 78-82 (2017).', which "
 "falls inside the sentence 'Consistent with the Commission\u2019s action last year, Gray seeks a case-by-case "
 "examination ...' (the sentence joined across it: two runs, whitespace only); '47 CFR \u00a7 73.3555(b)(1)(i).'; "
 "'Application, Exhibit 18.'; '47 CFR \u00a7 73.3584(a).' (footnote markers are not in the text file). Kept, each on "
 "its own line: 'DA 18-596 Released: June 7, 2018', the upper-case heading, 'Petition to Deny Date: July 9, 2018' (no "
 "docket number in the notice); then the body as one paragraph (the run shows no breaks; none inferred). Kept as "
 "written: 'Gray Television Licensee, LLC. (Gray).' (the stray full stop). Cut: 'The Application ap', where the excerpt "
 "breaks off, and all after; `truncated`. Title: the heading with capitals supplied (43n). In the lane (a Media Bureau "
 "text on a television assignment naming the seller, the buyer and three stations, 2018). Found with 'Re: "
 "Applications for Assignment of Licenses from Gray Television to Video Division' (rank 5). " + CHECK +
 "'Red River Broadcast', 'KDLT', 'KDLV', 'KSFY', '18-596', 'BALCDT-20180516': in no corpus file, script, note or pool; "
 "'KDLT' on one GATHERING.md line only (batch 35b's WAPA release copy of 28 December 2016, another matter). Other "
 "matters only: 'Gray Television Licensee' (Gray/Meredith DA 21-1426, Withers/Gray DA 17 letter, Budd/WFXU consent "
 "decree, Gray/Raycom: other deals, other stations), 'Sioux Falls' (two files on other subjects), 'Mitchell' (other "
 "names).",
 True))


def verify():
    """Each kept run occurs in the saved excerpt (whitespace normalised), when the file is present."""
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
