#!/usr/bin/env python3
"""Batch 53ze (session 54, gatherer lane ze): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC transaction lane of batches 15f, 43n-53zc (the
television side, after 53zc), on two matters no corpus file holds -- two Media Bureau (Video Division form) letters
granting television licence transactions with satellite stations (53zc's leads: the satellite-test sentence and the
letter's own wording in the query):
  - DA 14-453 released 3 April 2014, granting the transfer of control of television licences from Mission TV, LLC to
    Gray Television Group, Inc. (KEVN-TV, Rapid City and KIVV-TV, Lead, South Dakota), with Gray's authority to go on
    running KIVV-TV as a satellite (the fcc.gov document page of the letter);
  - the letter of 7 April 2020 granting the unopposed application to assign the licences of KFNE(TV), Riverton,
    KFNR(TV), Rawlins, KFNB(TV), Casper and KLWY(TV), Cheyenne, Wyoming from Wyomedia Corporation to Front Range
    Television, LLC (docslib.org's copy; no DA number in the copy).
Two matters, one text each (DA 14-452, Hoak Media/Gray of the same day, is 53z's and another deal).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the page chrome (fcc.gov's 'Skip
Navigation', 'Federal Communications Commission', 'English Display Options', 'Commission Document', the heading 'Mission
TV, LLC' -- kept as `title` --, 'Download Options' and its 'Released: April 3, 2014'), the letterheads ('Federal
Communications Commission Washington, D.C. 20554') and DA 14-453's date line 'April 3, 2014', the addressee blocks
(each party c/o its counsel, with addresses), the salutations ('Dear Counsel:', 'Counsel:'), DA 14-453's footnote
markers ('1' after 'rules.', '2' after '1959.', '3' after 'Television Satellite Stations,', '4' after 'full-service
station.'; the text joined across each, whitespace only). Kept, each on its own line: DA 14-453's DA number with its
release line ('DA 14-453 Released: April 3, 2014', one line as 53z kept DA 14-452's) and the Wyomedia letter's date
line 'April 7, 2020'; the 'Re:' lines (joined into one run, as 52x and 53zb); then the body: DA 14-453's first
paragraph and the second up to the cut, as two paragraphs (the run-in heading 'Continuing Satellite Waivers.' kept
where it stands, as 53z); the Wyomedia letter's first sentence. Cuts: DA 14-453 at the last full sentence before the
excerpt breaks off (after '... as a full-service station.', before 'If an applicant does not qualify for the
presumption, ...', which breaks off); the Wyomedia letter after its first sentence, before 'In connection therewith,
this letter also grants ...', a sentence the copy has lost a word from ('KFNE(TV), Riverton, , and KFNR(TV)'; the
earlier lanes took no text with words missing), and all after. No word added or changed; the copies' spellings
('Fac. Id. No.', 'BALCDT- 20191015ABO' with its space, 'Wyomedia Corporation (Wyomedia), to') are kept as written.
Titles: DA 14-453's fcc.gov page heading; the Wyomedia letter's 'Re:' station parts without facility and file
numbers, joined with '; ' (52z's KWCH call). Per-item notes in `notes`. Written before any extractor ran on the texts
(newskg was not run on them). `verify()` checks that every kept run and each title part occurs in the saved excerpt
(/tmp/gather54ze/src/mission.txt, wyomedia.txt) when that file is present.
usage: batch53ze.py [POOL_DIR] [--dry]   (default /tmp/gather54ze/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54ze/pool"
SRC = "/tmp/gather54ze/src"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -ai), every "
         "gather script, the notes under /work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (54a-54zd "
         "at the last check): ")
R = []
RUNS = {}

# ---- Mission TV, LLC -> Gray Television Group, Inc.; KEVN-TV, KIVV-TV (satellite); DA 14-453 (2014) ----------------
U1 = "https://www.fcc.gov/document/mission-tv-llc"
I1 = "us-fcc-mission-tv-gray-television-group-kevn-tv-kivv-tv-rapid-city-transfer-of-control-satellite-letter-2014"
T1 = "Mission TV, LLC"
H1 = ["DA 14-453 Released: April 3, 2014",
      "Re: File No. BTCCDT-20131226AAX KEVN-TV, Rapid City, SD, Fac. Id. No. 34347 KIVV-TV, Lead, SD, Fac. Id. No. "
      "34348"]
P1 = ["As set forth in greater detail below, we grant the above-captioned application for transfer of control of "
      "television licenses from Mission TV, LLC (\u201cMission\u201d) to Gray Television Group, Inc. (\u201cGray\u201d). "
      "We also grant Gray authority to continue operating KIVV-TV, Lead, South Dakota as a satellite in the Rapid City, "
      "South Dakota Nielsen Designated Market Area (\u201cDMA\u201d), pursuant to Note 5 of Section 73.3555 of the "
      "Commission\u2019s rules.",
      " The station has operated as a satellite since 1959."]
Q1 = ["Continuing Satellite Waivers. In Television Satellite Stations,",
      " the Commission established the requirement that all applicants seeking to transfer or assign satellite stations "
      "justify continued satellite status by demonstrating compliance with a three-part \u201cpresumptive\u201d satellite "
      "exemption standard applicable to new satellite stations. The presumptive satellite exemption is met if the "
      "following three public interest criteria are satisfied: (1) there is no City Grade overlap between the parent "
      "and the satellite; (2) the proposed satellite would provide service to an underserved area; and (3) no "
      "alternative operator is ready and able to construct or to purchase and operate the satellite as a full-service "
      "station."]
RUNS[I1] = ("mission.txt", [T1] + H1 + [x.strip() for x in P1 + Q1])
R.append(federal(
 I1, U1, "2014-04-03", T1,
 "\n\n".join(H1) + "\n\n" + "".join(P1) + "\n\n" + "".join(Q1),
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau (Video Division) letter 'Mission TV, LLC', DA 14-453, 'Re: File "
 "No. BTCCDT-20131226AAX, KEVN-TV, Rapid City, SD, Fac. Id. No. 34347, KIVV-TV, Lead, SD, Fac. Id. No. 34348', "
 "released April 3, 2014, US federal government work (public domain); text as the FCC's fcc.gov document page holds "
 "it, from the search tool's page store at " + U1,
 "fcc.gov document page of an FCC letter (search tool page store)",
 "The Media Bureau's (Video Division form) letter DA 14-453 released 3 April 2014 (File No. BTCCDT-20131226AAX) "
 "granting the transfer of control of television licences from Mission TV, LLC to Gray Television Group, Inc. "
 "(KEVN-TV, Rapid City and KIVV-TV, Lead, South Dakota, in the 'Re:' line) and Gray's authority to go on running "
 "KIVV-TV as a satellite in the Rapid City DMA under Note 5 of Section 73.3555, as the fcc.gov document page holds it; "
 "an FCC letter is a US federal work, public domain (batch 15f). `published` is the release day. One rendering came "
 "back, by two queries (rank 1 each). Left out: the page chrome ('Skip Navigation', 'Federal Communications "
 "Commission', 'English Display Options', 'Commission Document', the heading 'Mission TV, LLC' -- the `title` --, "
 "'Download Options', 'Released: April 3, 2014'); the letterhead 'Federal Communications Commission Washington, D.C. "
 "20554' and its date line 'April 3, 2014'; the addressee blocks ('Mission TV, LLC c/o Mace J. Rosenstein Covington & "
 "Burling LLP ...' and 'Gray Television Group, Inc. c/o Robert J. Folliard, III Cooley LLP ...' -- so no person is in "
 "the text); 'Dear Counsel:'; the footnote markers '1' (after 'rules.'), '2' (after '1959.'), '3' (after 'Television "
 "Satellite Stations,') and '4' (after 'full-service station.'). Kept: 'DA 14-453 Released: April 3, 2014' (one line, "
 "as 53z's DA 14-452) and the 'Re:' line (its three lines in one run), each on its own line; the first paragraph; the "
 "second paragraph with its run-in heading 'Continuing Satellite Waivers.' up to the cut. Cut at the last full "
 "sentence before the excerpt breaks off (after '... as a full-service station.', before 'If an applicant does not "
 "qualify for the presumption, the Commission will evaluate the proposal on an ad hoc basis and grant the "
 "application', which breaks off); `truncated`. Kept as written: 'Fac. Id. No.', the curly quotes. Title: the page "
 "heading (53z's fcc.gov call). In the lane (an FCC letter naming two stations, their transferor and transferee, and "
 "a satellite grant, 2014). The same day's DA 14-452 (Hoak Media/Gray, 53z, in train) shares the letter's form and "
 "its boilerplate sentences; a different deal (Mission TV is not Mission Broadcasting). " + CHECK +
 "'14-453', 'Mission TV', 'KEVN', 'KIVV', 'BTCCDT-20131226', 'Rapid City': in no corpus file, GATHERING.md line, "
 "script, note or pool. Other matters only: 'Gray Television Group' (53z's Hoak Media/Gray DA 14-452, train).",
 True))

# ---- Wyomedia Corporation -> Front Range Television, LLC; KFNE, KFNR, KFNB, KLWY (Wyoming), letter of 2020 ---------
U2 = "https://docslib.org/doc/1286201/federal-communications-commission-washington-d-c-20554"
I2 = "us-fcc-wyomedia-front-range-television-kfne-kfnr-kfnb-klwy-wyoming-assignment-letter-2020"
T2P = ["KFNE(TV), Riverton, WY", "KFNR(TV), Rawlins, WY", "KFNB(TV), Casper, WY", "KLWY(TV), Cheyenne, WY"]
T2 = "; ".join(T2P)
H2 = ["April 7, 2020",
      "Re: KFNE(TV), Riverton, WY Fac. ID No. 21613 File No. BALCDT-20191015ABL KFNR(TV), Rawlins, WY Fac. ID No. "
      "21612 File No. BALCDT-20191015ABN KFNB(TV), Casper, WY Fac. ID No. 74256 File No. BALCDT- 20191015ABO "
      "KLWY(TV), Cheyenne, WY Fac. ID No. 40250 File No. BALCDT- 20191015ABM"]
P2 = ["This letter grants the above-captioned unopposed application (Application) for consent to assign the following "
      "station licenses from Wyomedia Corporation (Wyomedia), to Front Range Television, LLC (Front Range) "
      "(collectively, the Applicants)."]
RUNS[I2] = ("wyomedia.txt", T2P + H2 + P2)
R.append(federal(
 I2, U2, "2020-04-07", T2,
 "\n\n".join(H2) + "\n\n" + "".join(P2),
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau (Video Division) letter to Wyomedia Corporation and Front Range "
 "Television, LLC, 'Re: KFNE(TV), Riverton, WY, File No. BALCDT-20191015ABL; KFNR(TV), Rawlins, WY, File No. "
 "BALCDT-20191015ABN; KFNB(TV), Casper, WY, File No. BALCDT-20191015ABO; KLWY(TV), Cheyenne, WY, File No. "
 "BALCDT-20191015ABM', April 7, 2020, US federal government work (public domain); text as docslib.org's copy holds "
 "it, from the search tool's page store at " + U2,
 "docslib.org copy of an FCC letter (search tool page store)",
 "The Media Bureau's (Video Division form) letter of 7 April 2020 granting the unopposed application to assign the "
 "licences of KFNE(TV), Riverton, KFNR(TV), Rawlins, KFNB(TV), Casper and KLWY(TV), Cheyenne, Wyoming from Wyomedia "
 "Corporation to Front Range Television, LLC (File Nos. BALCDT-20191015ABL, ABN, ABO, ABM), with KFNE(TV) and "
 "KFNR(TV) to run as satellites of KFNB(TV) (in the cut part), as docslib.org's copy holds it (no DA number or "
 "release line in the copy); an FCC letter is a US federal work, public domain (batch 15f). `published` is the "
 "letter's date. One rendering came back, by two queries (ranks 6 and 1). Left out: the letterhead 'Federal "
 "Communications Commission Washington, D.C. 20554'; the addressee blocks ('Wyomedia Corporation c/o Howard Liberman "
 "Wilkinson, Barker, Knauer LLP ...' and 'Front Range Television, LLC c/o Daniel A. Kirkpatrick Fletcher, Head & "
 "Hildreth PLC ...' -- so no person is in the text); the salutation 'Counsel:'. Kept: the date line 'April 7, 2020' "
 "and the 'Re:' line (its four lines in one run), each on its own line; the body's first sentence. Cut after it, "
 "before 'In connection therewith, this letter also grants the Applicants\u2019 unopposed request for operation of "
 "KFNE(TV), Riverton, , and KFNR(TV), Rawlins, Wyoming, as satellite stations of KFNB(TV), Casper, Wyoming, ...': the "
 "copy has lost a word there (after 'Riverton,'; the earlier lanes took no text with words missing), and the footnote "
 "text breaks in further on ('1 47 CFR \u00a7 73.3555, Note 5. and able to construct ...'); `truncated`. Kept as "
 "written: 'BALCDT- 20191015ABO' and 'BALCDT- 20191015ABM' (the copy's spaces), 'Wyomedia Corporation (Wyomedia), "
 "to' with its comma. Title: the 'Re:' station parts without facility and file numbers, joined with '; ' (52z's KWCH "
 "call). In the lane (an FCC letter naming four stations, their assignor and assignee, 2020; 53zb took a 2017 "
 "letter). " + CHECK +
 "'Wyomedia', 'Front Range Television', 'KFNB', 'KFNE', 'KFNR', 'KLWY', 'BALCDT-20191015', 'Riverton', 'Rawlins', "
 "'Casper': in no corpus file, GATHERING.md line, script, note or pool. Other matters only: 'Cheyenne' (Computer "
 "Associates/Cheyenne Software, a GATHERING.md not-used line).",
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
