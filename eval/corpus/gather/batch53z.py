#!/usr/bin/env python3
"""Batch 53z (session 54, gatherer lane z): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC transaction lane of batches 15f, 43n-49f, 49j,
49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v, 52x, 52z, 52zd, 53b, 53h, 53p and
53v (50l and 52s null rounds), the television side, on two matters no corpus file holds -- both Media Bureau (Video
Division) letters granting television deals (the letter form of 52z and 53p):
  - DA 12-390 released 13 March 2012, granting the applications to assign the licences of eight full-power television
    stations controlled by the Freedom Communications Broadcast Trust to entities ultimately controlled by Sinclair
    Broadcast Group, Inc., with a failing-station waiver for WCWN(TV) and WRGB(TV) in the Albany-Schenectady-Troy
    market (the FCC's own fcc.gov document page);
  - DA 14-452 released 3 April 2014, granting the applications to transfer control of television licences from Hoak
    Media, LLC to Gray Television Group, Inc., with continuing satellite authority for KPRY-TV and KABY-TV (satellites
    of KSFY-TV) and KQCD-TV, KMOT and KUMV-TV (satellites of KFYR-TV) (the FCC's own docs.fcc.gov text).
Two matters, one text each (other parties, stations, years: Sinclair's Cunningham/Glencairn, Allbritton and Tribune
matters and Gray's Meredith, Raycom and Red River/KDLT matters are other deals).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the page chrome ('Commission Document',
the repeated page heading and release line) and letterheads ('Federal Communications Commission Washington, D.C.
20554', '- 1 - April 3, 2014'), the addressee blocks (licensees' and applicants' counsel with their firms and
addresses), 'Dear Counsel:', the footnote markers (DA 12-390: '1' to '6'; DA 14-452: '1' to '4'; the text is joined
across each, whitespace only) and the footnote text after the body. Kept, each on its own line: the DA number with the
release line, the reference line ('WCWN(TV), Schenectady, NY, ...' / 'Re: File Nos. ...'), then the body (DA 12-390:
one paragraph, its line wraps joined; DA 14-452: the first paragraph, and the section 'Continuing Satellite Waivers.'
as a second paragraph, as the run gives no break but opens a new heading). Each text is cut at the last full sentence
before the excerpt turns to footnotes or breaks off (DA 12-390: after '... we grant the waiver and grant the
application.', before the footnote list; DA 14-452: after '... applicable to new satellite stations.', before 'The
presumptive satellite exemption is met if ... (3) no alternative operator is' where footnote 1 breaks in). Titles: DA
12-390's fcc.gov page heading; DA 14-452 none (the text file has no heading; its 'Re:' line is only file numbers). No
word added or changed. Per-item notes in `notes`. Written before any extractor ran on the texts (newskg was not run
on them). `verify()` checks that every kept run and the title occur in the saved excerpt (/tmp/gather54z/src/
freedom.txt, hoak.txt) when that file is present.
usage: batch53z.py [POOL_DIR] [--dry]   (default /tmp/gather54z/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54z/pool"
SRC = "/tmp/gather54z/src"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -ai), every "
         "gather script, the notes under /work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (54a-54y at "
         "the last check): ")
R = []
RUNS = {}

# ---- Freedom Communications Broadcast Trust -> Sinclair Broadcast Group; WCWN(TV)/WRGB(TV) failing-station waiver;
#      DA 12-390 (2012) ---------------------------------------------------------------------------------------------
U1 = "http://www.fcc.gov/document/freedom-broadcasting-applications-assignment-license"
I1 = "us-fcc-freedom-communications-broadcast-trust-sinclair-wcwn-wrgb-albany-failing-station-waiver-letter-2012"
T1 = "Freedom Broadcasting Applications for Assignment of License"
H1 = ["DA 12-390 Released: March 13, 2012",
      "WCWN(TV), Schenectady, NY, ID No. 73264, File No. BALCDT-20111108AMP, et al."]
B1 = ["This is in regard to the applications to assign the licenses of eight full power commercial television stations "
      "and related auxiliary and other facilities controlled by the Freedom Communications Broadcast Trust "
      "(\u201cFreedom\u201d) to entities ultimately controlled by Sinclair Broadcast Group, Inc. (\u201cSinclair\u201d).",
      " The applications are unopposed. Sinclair does not currently have an attributable interest in any television "
      "stations or other media entities located in any of the Nielsen Designated Market Areas (\u201cDMAs\u201d) in "
      "which the Freedom stations are located. However, two of the stations that are being acquired, WCWN(TV)",
      " and WRGB(TV),",
      " are both located in the Albany-Schenectady-Troy, New York DMA (\u201cAlbany DMA\u201d). The stations currently "
      "operate pursuant to a \u201cfailing station\u201d waiver.",
      " Like all ownership waivers, that waiver must be re-evaluated in the context of a long-form application.",
      " Therefore, the applicants have requested a waiver of Section 73.3555(b)(2)",
      " of the Commission\u2019s Rules, the local television multiple ownership rule or duopoly rule under the failing "
      "station waiver standard. For the reasons stated below, we grant the waiver and grant the application."]
RUNS[I1] = ("freedom.txt", [T1] + H1 + B1)
R.append(federal(
 I1, U1, "2012-03-13", T1,
 "\n\n".join(H1) + "\n\n" + "".join(B1),
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau (Video Division), letter 'Freedom Broadcasting Applications for "
 "Assignment of License', DA 12-390, WCWN(TV), Schenectady, NY, File No. BALCDT-20111108AMP et al., released March "
 "13, 2012, US federal government work (public domain); text as the FCC's fcc.gov document page holds it, from the "
 "search tool's page store at " + U1,
 "fcc.gov document page of an FCC Media Bureau letter (search tool page store)",
 "The Media Bureau's letter DA 12-390 released 13 March 2012 (File No. BALCDT-20111108AMP et al.) granting the "
 "unopposed applications to assign the licences of eight full-power commercial television stations controlled by the "
 "Freedom Communications Broadcast Trust to entities ultimately controlled by Sinclair Broadcast Group, Inc., with a "
 "waiver of the duopoly rule under the failing-station standard for WCWN(TV), Schenectady, and WRGB(TV), both in the "
 "Albany-Schenectady-Troy, New York market; as the FCC's own fcc.gov document page holds it (the letter's text under "
 "the page heading); an FCC letter is a US federal work, public domain (batch 15f). `published` is the release day. "
 "One stored rendering came back, by two queries (beside it, trade press: tvtechnology.com, rbr.com -- not taken). "
 "Left out: the page chrome ('Commission Document', the heading -- kept as `title` -- and 'Released: March 13, 2012'); "
 "the letterhead ('Federal Communications Commission', 'Washington, D.C. 20554'); the two addressee blocks ('Freedom "
 "Broadcasting of New York Licensee, L.L.C. c/o Jack N. Goodman, Esq. The Law Office of Jack N. Goodman 1200 New "
 "Hampshire Ave, NW, Suite 800 Washington, DC 20003' and 'WCWN Licensee, LLC Clifford M. Harrington, Esq. c/o "
 "Pillsbury Winthrop Shaw Pittman LLP 2300 N St., NW Washington, DC 20037' -- so neither licensee company nor counsel "
 "is in the text); 'Dear Counsel:'; the footnote markers '1' (after '(\u201cSinclair\u201d).'), '2' (after "
 "'WCWN(TV)'), '3' (after 'WRGB(TV),'), '4' (after 'waiver.'), '5' (after 'application.'), '6' (after "
 "'73.3555(b)(2)'); the footnote text after the body ('1 A list of the stations being assigned is attached to this "
 "letter.' ... '5 K. Rupert Murdoch, 21', where the excerpt breaks off). Kept, each on its own line (whitespace "
 "only): 'DA 12-390 Released: March 13, 2012' (two lines joined) and the reference line 'WCWN(TV), Schenectady, NY, "
 "ID No. 73264, File No. BALCDT-20111108AMP, et al.' (two lines joined); then the body as one paragraph (line wraps "
 "joined). Kept as written: 'eight full power commercial television stations', 'Section 73.3555(b)(2)', "
 "'Commission\u2019s Rules'. Cut after '... we grant the waiver and grant the application.' (the end of the body "
 "in the excerpt; the reasons 'stated below' are not in it); `truncated`. In the lane (a Video Division letter "
 "granting a television assignment, naming the seller, the buyer and two stations, 2012). Found with 'Drewry "
 "Communications Raycom assignment of licenses KWES Freedom Communications television stations FCC approval' (rank "
 "4; not asked for) and 'Freedom Communications Broadcast Trust Sinclair WCWN WRGB Albany failing station waiver "
 "assignment' (rank 1). " + CHECK +
 "'Freedom Broadcasting', 'Freedom Communications', 'Broadcast Trust', 'WCWN', 'WRGB', '12-390', "
 "'BALCDT-20111108', 'Schenectady': in no corpus file, GATHERING.md line, script, note or pool. Other matters only: "
 "'Sinclair' (53p's Cunningham/Sinclair letters, the Allbritton and Tribune orders on not-used lines, the DOJ's "
 "spot-advertising judgment), 'Albany' (other subjects).",
 True))

# ---- Hoak Media -> Gray Television Group; satellites of KSFY-TV and KFYR-TV; DA 14-452 (2014) ---------------------
U2 = "https://docs.fcc.gov/public/attachments/DA-14-452A1.txt"
I2 = "us-fcc-hoak-media-gray-television-group-transfer-of-control-kpry-kaby-kqcd-kmot-kumv-satellites-letter-2014"
H2 = ["DA 14-452 Released: April 3, 2014",
      "Re: File Nos. BTCCDT-20131220GUG et al."]
P2 = ["As set forth in greater detail below, we grant the above-captioned applications",
      " for transfer of control of television licenses from Hoak Media, LLC (\u201cHoak\u201d) to Gray Television Group, "
      "Inc. (\u201cGray\u201d). We also grant Gray authority to continue operating (i) KPRY-TV, Pierre, South Dakota, and "
      "KABY-TV, Aberdeen, South Dakota, as satellite stations of KSFY-TV in the Sioux Falls, South Dakota Nielsen "
      "Designated Market Area (\u201cDMA\u201d) and (ii) KQCD-TV, Dickinson, North Dakota, KMOT, Minot, North Dakota, and "
      "KUMV-TV, Williston, North Dakota, as satellite stations of KFYR-TV in the Minot- Bismarck-Dickinson, North "
      "Dakota DMA, pursuant to Note 5 of Section 73.3555 of the Commission\u2019s rules.",
      " Each of the stations has operated as a satellite for most, if not all, of its history."]
Q2 = ["Continuing Satellite Waivers. In Television Satellite Stations,",
      " the Commission established the requirement that all applicants seeking to transfer or assign satellite stations "
      "justify continued satellite status by demonstrating compliance with a three-part \u201cpresumptive\u201d satellite "
      "exemption standard applicable to new satellite stations."]
RUNS[I2] = ("hoak.txt", H2 + P2 + Q2)
R.append(federal(
 I2, U2, "2014-04-03", None,
 "\n\n".join(H2) + "\n\n" + "".join(P2) + "\n\n" + "".join(Q2),
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau (Video Division), letter to Hoak Media, LLC and Gray Television "
 "Group, Inc., 'Re: File Nos. BTCCDT-20131220GUG et al.', DA 14-452, released April 3, 2014, US federal government "
 "work (public domain); text as the FCC's EDOCS text file holds it, from the search tool's page store at " + U2,
 "FCC EDOCS text of a Media Bureau letter (search tool page store)",
 "The Media Bureau's letter DA 14-452 released 3 April 2014 (File Nos. BTCCDT-20131220GUG et al.) granting the "
 "applications to transfer control of television licences from Hoak Media, LLC to Gray Television Group, Inc., and "
 "granting Gray continuing authority to run KPRY-TV, Pierre, and KABY-TV, Aberdeen, South Dakota, as satellites of "
 "KSFY-TV (Sioux Falls market) and KQCD-TV, Dickinson, KMOT, Minot, and KUMV-TV, Williston, North Dakota, as "
 "satellites of KFYR-TV (Minot-Bismarck-Dickinson market); as the FCC's own EDOCS text file holds it (one run of "
 "text); an FCC letter is a US federal work, public domain (batch 15f). `published` is the release day. One stored "
 "rendering came back, by one query (beside it, trade press on the Hoak/Prime Cities deal: tvnewscheck.com, "
 "nexttv.com, a blog -- not taken). Left out: the letterhead 'Federal Communications Commission Washington, D.C. "
 "20554 - 1 - April 3, 2014'; the two addressee blocks ('Hoak Media, LLC c/o Tom W. Davidson Akin Gump Strauss Hauer "
 "& Feld LLP 1333 New Hampshire Avenue NW Washington, D.C. 20036' and 'Gray Television Group, Inc. c/o Robert J. "
 "Folliard, III Cooley LLP 1299 Pennsylvania Avenue NW Suite 700 Washington, D.C. 20004' -- so no person is in the "
 "text); 'Dear Counsel:'; the footnote markers '1' (after 'applications'), '2' (after 'rules.'), '3' (after "
 "'history.'), '4' (after 'Stations,'). Kept, each on its own line: 'DA 14-452 Released: April 3, 2014' and 'Re: "
 "File Nos. BTCCDT-20131220GUG et al.'; then the opening paragraph; then 'Continuing Satellite Waivers. In Television "
 "Satellite Stations, the Commission established ... applicable to new satellite stations.' as a second paragraph "
 "(the run shows no break; the section heading opens one). Kept as written: 'Minot- Bismarck-Dickinson' (the text "
 "file's space), 'KMOT' (no suffix), 'Commission\u2019s rules'. Cut: 'The presumptive satellite exemption is met if "
 "the following three public interest criteria are satisfied: (1) ... (3) no alternative operator is', where the "
 "footnote text breaks in ('1 A complete list of the stations included in the application is included as Exhibit "
 "A. 2 47 C.F.R. \u00a7 73.3555, Note 5. 3 File No. BTCCDT-20131220GUG, Request for Con'), and all after; "
 "`truncated`. Title: none (the text file has no heading; the 'Re:' line gives file numbers only; 53w's null-title "
 "call). In the lane (a Video Division letter granting a television transfer of control, naming the seller, the "
 "buyer and seven stations, 2014). Found with 'Hoak Media Gray Television Parker Broadcasting Prime Cities "
 "assignment FCC letter' (rank 3). " + CHECK +
 "'Hoak', 'Gray Television Group', 'Excalibur', '14-452', '20131220', 'KPRY', 'KABY', 'KQCD', 'KUMV': in no corpus "
 "file, GATHERING.md line, script, note or pool; 'KFYR' and 'KMOT' only as parts of other words on GATHERING.md "
 "lines (the kfyrtv news site, 'ClickMotive'). Other matters only: 'KSFY' (53v's Red River/KDLT notice of 2018, "
 "now in train, names KSFY-TV as Gray's own station -- another matter, four years later), 'Gray Television' (Gray/Meredith, Gray/Raycom, "
 "Withers/Gray, Budd/WFXU, Red River/KDLT: other deals), 'Sioux Falls' (53v's notice and files on other "
 "subjects), 'Pierre', 'Aberdeen', 'Dickinson' (other names and subjects); 'Minot', 'Williston': in none.",
 True))


def verify():
    """Each kept run (and title) occurs in the saved excerpt (whitespace normalised), when the file is present."""
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
