#!/usr/bin/env python3
"""Batch 53zi (session 54, gatherer lane zi): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC transaction lane of batches 15f, 43n-53ze (the
television side, after 53ze), on two matters no corpus file holds -- two Media Bureau (Video Division form) letters
of 2007 and 2008 granting television licence transactions with continuing satellite authority (53ze's leads: the
letters' own satellite wording with a region's names in the query; the 2014-2020 openings brought back only letters
already in the corpus):
  - DA 07-4468 released 30 October 2007, granting the applications to assign and transfer the licences of television
    stations controlled by Montecito Broadcast Group, LLC to New Vision Television, LLC, with continuing satellite
    operation of KSNC(TV), Great Bend, Kansas (of KSNW(TV), Wichita) and KHAW-TV, Hilo and KAII-TV, Wailuku, Hawaii
    (of KHON-TV, Honolulu) (the FCC's own EDOCS text file);
  - DA 08-165 released 29 January 2008, on the applications to assign the licences of WGTU(TV), Traverse City and
    WGTQ(TV), Sault Ste. Marie, Michigan from MTC License LLC to Tucker Broadcasting of Traverse City, Inc., with
    Tucker's request for continuing satellite authority for WGTQ(TV) (the FCC's own EDOCS text file).
Two matters, one text each. Texts are the search tool's page-store excerpts (corpus `pages`), each one run of text (the
text files set no paragraph break, so each body is kept as one paragraph, 52x's KYLE call). Left out: the letterheads
('Federal Communications Commission Washington, D.C. 20554'), DA 08-165's internal reference code 'SMH-1800E3', the
addressee blocks (counsel with addresses), 'Dear Counsel:', and the footnote markers (DA 07-4468: '1' glued to the
'Re:' line's last word 'LLC1', '2' after 'as satellites.', '3' after 'Television Satellite Stations,', '4' after
'full-service station.'; DA 08-165: '1' after 'duopoly rule.', '2' after 'Television Satellite Stations,', '3' after
'full-service station.'; the text joined across each, the marker only dropped). Kept, each on its own line: the DA
number with its release line ('DA 07-4468 Released: October 30, 2007', 53z's and 53ze's one-line call) and the 'Re:'
line (one run, 52x and 53ze); then the body up to the cut. Cuts at the last full sentence before the excerpt breaks off
or runs into footnote text: DA 07-4468 after '... will be viewed favorably by the Commission.', before 'If an
applicant cannot qualify for the presumption, ... and grant the application' (breaks off); DA 08-165 after '... as a
full-service station.', before 'If an applicant does not' (runs into the footnote text '1 See 47 C.F.R. ...' and breaks
off). No word added or changed; the copies' spellings ('Commission\u2019s Rules' with its capital, 'Grade B', the
straight quotes round "presumptive") are kept as written.
Titles: DA 07-4468's 'Re:' line without 'Re:' and its footnote marker; DA 08-165's 'Re:' station parts and its
application line, joined with '; ' (52x's KYLE and 52z's KWCH calls). Per-item notes in `notes`. Written before any
extractor ran on the texts (newskg was not run on them). `verify()` checks that every kept run and each title part
occurs in the saved excerpt (/tmp/gather54zi/src/montecito.txt, tucker.txt) when that file is present.
usage: batch53zi.py [POOL_DIR] [--dry]   (default /tmp/gather54zi/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54zi/pool"
SRC = "/tmp/gather54zi/src"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -ai), every "
         "gather script, the notes under /work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (54a-54zj "
         "at the last check): ")
R = []
RUNS = {}

# ---- Montecito Broadcast Group, LLC -> New Vision Television, LLC; KSNC(TV), KHAW-TV, KAII-TV satellites; DA 07-4468 --
U1 = "https://docs.fcc.gov/public/attachments/DA-07-4468A1.txt"
I1 = "us-fcc-montecito-broadcast-group-new-vision-television-ksnc-khaw-kaii-satellites-assignment-transfer-letter-2007"
T1 = ("Various Applications for Assignment of License and Transfer of Control of Montecito Broadcast Group, LLC to New "
      "Vision Television, LLC")
H1 = ["DA 07-4468 Released: October 30, 2007", "Re: " + T1]
P1 = ["This is in regard to the applications to assign and transfer the licenses of several television stations "
      "currently controlled by Montecito Broadcast Group, LLC (Montecito) to New Vision Television, LLC (New Vision). "
      "Included in the transaction are applications seeking authorization to continue operating station KSNC(TV), "
      "Great Bend, Kansas, as a satellite of KSNW(TV), Wichita, Kansas, and to operate stations KHAW-TV, Hilo, Hawaii, "
      "and KAII-TV, Wailuku, Hawaii, as satellites of KHON-TV, Honolulu, Hawaii, pursuant to Note 5 of Section 73.3555 "
      "of the Commission\u2019s Rules. For the reasons stated below, we grant the applications and the requests for "
      "continuing satellite operation. Since purchasing the stations in 2005, Montecito has continued to operate "
      "KSNC(TV), KAII-TV, and KHAW-TV as satellites.",
      " Pursuant to the Commission\u2019s television satellite policy, as set forth in Television Satellite Stations,",
      " an applicant is entitled to a presumption that the proposed satellite operation is in the public interest if it "
      "meets three criteria: (1) there is no City Grade overlap between the parent and the satellite; (2) the proposed "
      "satellite would provide service to an underserved area; and (3) no alternative operator is ready and able to "
      "construct or to purchase and operate the satellite as a full-service station.",
      " Applications meeting these criteria, when unrebutted, will be viewed favorably by the Commission."]
RUNS[I1] = ("montecito.txt", [T1] + H1 + [x.strip() for x in P1])
R.append(federal(
 I1, U1, "2007-10-30", T1,
 "\n\n".join(H1) + "\n\n" + "".join(P1),
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau (Video Division) letter DA 07-4468, 'Re: Various Applications "
 "for Assignment of License and Transfer of Control of Montecito Broadcast Group, LLC to New Vision Television, LLC', "
 "released October 30, 2007, US federal government work (public domain); text as the FCC's own EDOCS text file holds "
 "it, from the search tool's page store at " + U1,
 "FCC EDOCS text file of an FCC letter (search tool page store)",
 "The Media Bureau's (Video Division form) letter DA 07-4468 released 30 October 2007 granting the applications to "
 "assign and transfer the licences of television stations controlled by Montecito Broadcast Group, LLC to New Vision "
 "Television, LLC, and the requests for continuing satellite operation of KSNC(TV), Great Bend, Kansas (a satellite "
 "of KSNW(TV), Wichita) and KHAW-TV, Hilo and KAII-TV, Wailuku, Hawaii (satellites of KHON-TV, Honolulu), as the FCC's "
 "own text file holds it (one run of text); an FCC letter is a US federal work, public domain (batch 15f). "
 "`published` is the release day. One rendering came back, by two queries (ranks 2 and 1, the same excerpt). Left "
 "out: the letterhead 'Federal Communications Commission Washington, D.C. 20554'; the addressee blocks ('David D. "
 "Burns, Esq. Latham & Watkins, LLP ...' and 'Gregory L. Masters, Esq. Wiley Rein LLP ...' -- so no person is in the "
 "text); 'Dear Counsel:'; the footnote markers '1' (glued to the 'Re:' line's last word, 'LLC1' -> 'LLC'), '2' (after "
 "'as satellites.'), '3' (after 'Television Satellite Stations,') and '4' (after 'full-service station.'). Kept: 'DA "
 "07-4468 Released: October 30, 2007' (one line, as 53z and 53ze) and the 'Re:' line, each on its own line; the body "
 "as one paragraph (the text file sets no break; 52x's KYLE call). Cut at the last full sentence before the excerpt "
 "breaks off (after '... will be viewed favorably by the Commission.', before 'If an applicant cannot qualify for the "
 "presumption, the Commission will evaluate the proposal on an ad hoc basis, and grant the application', which breaks "
 "off); `truncated`. Kept as written: 'Commission\u2019s Rules' (capital R), 'KSNC(TV)', 'KHAW-TV'. Title: the 'Re:' "
 "line without 'Re:' and the marker. In the lane (an FCC letter naming a seller, a buyer, five stations and three "
 "satellite grants, 2007). " + CHECK +
 "'07-4468', 'Montecito', 'New Vision Television', 'KSNC', 'KSNW', 'KHON', 'KAII': in no corpus file, GATHERING.md "
 "line, script, note or pool. Other matters only: 'KHAW' (only inside 'Blackhawk', Pappas Arizona/Blackhawk KSWT, "
 "not-used lines of GATHERING.md and three session-54 notes).",
 True))

# ---- MTC License LLC -> Tucker Broadcasting of Traverse City, Inc.; WGTU(TV), WGTQ(TV) (satellite); DA 08-165 (2008) --
U2 = "https://docs.fcc.gov/public/attachments/DA-08-165A1.txt"
I2 = "us-fcc-mtc-license-tucker-broadcasting-of-traverse-city-wgtu-wgtq-assignment-satellite-letter-2008"
T2P = ["WGTU(TV), Traverse City, Michigan", "WGTQ(TV), Sault Ste. Marie, Michigan", "Application for Assignment of "
       "Licenses"]
T2 = "; ".join(T2P)
H2 = ["DA 08-165 Released: January 29, 2008",
      "Re: Application for Assignment of Licenses WGTU(TV), Traverse City, Michigan WGTQ(TV), Sault Ste. Marie, "
      "Michigan File Nos. BALCT-20070917ADG, ADH Facility ID Nos. 59280, 59279 Request for Continuing Satellite "
      "Authorization WGTQ(TV), Sault Ste. Marie, Michigan"]
P2 = ["This is in reference to the above-captioned applications for assignment of licenses from MTC License LLC to "
      "Tucker Broadcasting of Traverse City, Inc. (\u201cTucker\u201d). As part of this transaction, Tucker requests "
      "continuing satellite authority for WGTQ(TV), Sault Ste. Marie, Michigan, which operates as a satellite of "
      "WGTU(TV), Traverse City, Michigan, pursuant to the satellite exemption to the duopoly rule.",
      " The stations have Grade B overlap and are located within the Cadillac-Traverse City, Michigan, DMA "
      "(\u201cTraverse City DMA\u201d). In Television Satellite Stations,",
      " the Commission established the requirement that all applicants seeking to transfer or assign satellite "
      "stations justify continued satellite status by demonstrating compliance with a three-part \"presumptive\" "
      "satellite exemption standard applicable to new satellite stations. The presumptive satellite exemption is met "
      "if the following three public interest criteria are satisfied: (1) there is no City Grade overlap between the "
      "parent and the satellite; (2) the proposed satellite would provide service to an underserved area; and (3) no "
      "alternative operator is ready and able to construct or to purchase and operate the satellite as a full-service "
      "station."]
RUNS[I2] = ("tucker.txt", T2P + H2 + [x.strip() for x in P2])
R.append(federal(
 I2, U2, "2008-01-29", T2,
 "\n\n".join(H2) + "\n\n" + "".join(P2),
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau (Video Division) letter DA 08-165, 'Re: Application for "
 "Assignment of Licenses, WGTU(TV), Traverse City, Michigan, WGTQ(TV), Sault Ste. Marie, Michigan, File Nos. "
 "BALCT-20070917ADG, ADH; Request for Continuing Satellite Authorization, WGTQ(TV)', released January 29, 2008, US "
 "federal government work (public domain); text as the FCC's own EDOCS text file holds it, from the search tool's "
 "page store at " + U2,
 "FCC EDOCS text file of an FCC letter (search tool page store)",
 "The Media Bureau's (Video Division form) letter DA 08-165 released 29 January 2008 on the applications (File Nos. "
 "BALCT-20070917ADG, ADH) to assign the licences of WGTU(TV), Traverse City and WGTQ(TV), Sault Ste. Marie, Michigan "
 "from MTC License LLC to Tucker Broadcasting of Traverse City, Inc., with Tucker's request for continuing satellite "
 "authority for WGTQ(TV) as a satellite of WGTU(TV), as the FCC's own text file holds it (one run of text); an FCC "
 "letter is a US federal work, public domain (batch 15f). `published` is the release day. One rendering came back "
 "(rank 3). Left out: the letterhead 'Federal Communications Commission Washington, D.C. 20554' and the internal "
 "reference code 'SMH-1800E3'; the addressee block ('Tucker Broadcasting of Traverse City, Inc. c/o Clifford M. "
 "Harrington Esq. Pillsbury Winthrop Shaw Pittman LLP ...' -- so no person is in the text); 'Dear Counsel:'; the "
 "footnote markers '1' (after 'duopoly rule.'), '2' (after 'Television Satellite Stations,') and '3' (after "
 "'full-service station.'). Kept: 'DA 08-165 Released: January 29, 2008' (one line, as 53z and 53ze) and the 'Re:' "
 "line (its parts in one run), each on its own line; the body as one paragraph (the text file sets no break; 52x's "
 "KYLE call). Cut at the last full sentence before the excerpt runs into footnote text and breaks off (after '... as "
 "a full-service station.', before 'If an applicant does not 1 See 47 C.F.R. \u00a7 73.3555, Note 5. 2 Television "
 "Satellite Stations Review ...', which breaks off at 'subsequent histo'); `truncated`. The grant itself is not in "
 "the kept text (the excerpt stops before the letter's ruling). Kept as written: 'Grade B', the straight quotes round "
 "\"presumptive\", 'Sault Ste. Marie'. Title: the 'Re:' station parts and its application line joined with '; ' "
 "(52x's KYLE and 52z's KWCH calls). In the lane (an FCC letter naming two stations, their assignor and assignee and a "
 "satellite request, 2008). " + CHECK +
 "'08-165', 'Tucker Broadcasting', 'MTC License', 'WGTU', 'WGTQ', 'Traverse City', 'Sault Ste', 'BALCT-20070917': in "
 "no corpus file, GATHERING.md line, script, note or pool.",
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
