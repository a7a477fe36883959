#!/usr/bin/env python3
"""Batch 53zc (session 54, gatherer lane zc): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC transaction lane of batches 15f, 43n-53zb (the
television side, after 53zb), on one matter no corpus file holds -- a Media Bureau (Video Division form) letter on the
assignment of two television licences with a continuing satellite request (53zb's leads: the letter's own wording in
the query; Barrington was on 53zb's 'no FCC text came back' list):
  - DA 05-1693 released 17 June 2005, on the applications to assign the licences of KVII-TV, Amarillo, Texas and
    KVIH-TV, Clovis, New Mexico from NVG-Amarillo, Inc. to Barrington Broadcasting Texas Corporation, with Barrington's
    request to go on running KVIH-TV as a satellite of KVII-TV (the FCC's own EDOCS text rendering, docs.fcc.gov).
One matter, one text. Only one round-ready text turned up in the time (the sellers on 53zb's list -- Max Media, Morris,
Lilly, Stainless, Granite, Titan, Evening Post, Young -- brought back no new FCC text; see the section's not-used line).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the EDOCS page line ('*Pages 1--3 from
Microsoft Word - 49412.doc*'), the letterhead ('Federal Communications Commission Washington, D. C. 20554'), the two
addressee blocks (each party c/o its counsel, with addresses), the salutation 'Dear Applicants:', the footnote markers
(' 1' after 'Rules.', ' 2' after 'Television Satellite Stations,', ' 3' after 'full- service station.'; the text
joined across each, whitespace only). Kept, each on its own line: the DA number with its release line ('DA 05- 1693
Released: June 17, 2005', as 53zb kept DA 17-638's), the 'Re:' line (its two station parts in one run, as 52z), then
the body as one paragraph (the rendering sets no break). Cut at the last full sentence before the footnotes' text runs
in (after '... as a full- service station.', before 'Applications meeting these criteria, when unrebutted, will be
viewed', which the footnote text breaks). The rendering's spaces are kept as written ('DA 05- 1693', 'KVII- TV',
'KVIH- TV', 'NVG- Amarillo', 'BALCT- 20050414AAY', 'full- service'; 52z kept 'KWCH- TV' likewise). No word added or
changed. Title: the 'Re:' line without its file and ID numbers, its two parts joined with '; ' (52z's KWCH call).
Per-item notes in `notes`. Written before any extractor ran on the text (newskg was not run on it). `verify()` checks
that every kept run and each title part occurs in the saved excerpt (/tmp/gather54zc/src/nvg.txt) when present.
usage: batch53zc.py [POOL_DIR] [--dry]   (default /tmp/gather54zc/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54zc/pool"
SRC = "/tmp/gather54zc/src"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -ai), every "
         "gather script, the notes under /work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (54a-54zd "
         "at the last check): ")
R = []
RUNS = {}

# ---- NVG-Amarillo -> Barrington Broadcasting Texas Corporation; KVIH-TV satellite of KVII-TV; DA 05-1693 (2005) -----
U1 = "https://docs.fcc.gov/public/attachments/DA-05-1693A1.txt"
I1 = "us-fcc-nvg-amarillo-barrington-broadcasting-texas-kvii-tv-kvih-tv-satellite-assignment-letter-2005"
T1P = ["KVII- TV, Amarillo, Texas, Application for Assignment", "KVIH- TV, Clovis, New Mexico, Application for Assignment"]
T1 = "; ".join(T1P)
H1 = ["DA 05- 1693 Released: June 17, 2005",
      "Re: KVII- TV, Amarillo, Texas, Application for Assignment, File No. BALCT- 20050414AAY, ID No. 40446; KVIH- TV, "
      "Clovis, New Mexico, Application for Assignment, File No. BALCT-20050414AAZ, ID No. 40450"]
P1 = ["This is in reference to the applications to assign the licenses of stations KVII- TV, Amarillo, Texas and KVIH- "
      "TV, Clovis, New Mexico from NVG- Amarillo, Inc. (NVG) to Barrington Broadcasting Texas Corporation (Barrington). "
      "As part of the assignment applications, Barrington requests authorization to continue operating KVIH- TV as a "
      "satellite of KVII- TV pursuant to Note 5 of Section 73.3555 of the Commission\u2019s Rules.",
      " Pursuant to the Commission\u2019s television satellite policy, as set forth in Television Satellite Stations,",
      " an applicant is entitled to a presumption that the proposed satellite operation is in the public interest if it "
      "meets three criteria: (1) there is no City Grade overlap between the parent and the satellite; (2) the proposed "
      "satellite would provide service to an underserved area; and (3) no alternative operator is ready and able to "
      "construct or to purchase and operate the satellite as a full- service station."]
RUNS[I1] = ("nvg.txt", T1P + H1 + [x.strip() for x in P1])
R.append(federal(
 I1, U1, "2005-06-17", T1,
 "\n\n".join(H1) + "\n\n" + "".join(P1),
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau letter DA 05-1693, 'Re: KVII-TV, Amarillo, Texas, Application "
 "for Assignment, File No. BALCT-20050414AAY, ID No. 40446; KVIH-TV, Clovis, New Mexico, Application for Assignment, "
 "File No. BALCT-20050414AAZ, ID No. 40450', released June 17, 2005, US federal government work (public domain); text "
 "as the FCC's EDOCS text rendering holds it, from the search tool's page store at " + U1,
 "docs.fcc.gov text of an FCC letter (search tool page store)",
 "The Media Bureau's letter DA 05-1693 released 17 June 2005 (File Nos. BALCT-20050414AAY and AAZ; the Video "
 "Division's television letter form, no division named in the kept text) on the applications to assign the licences "
 "of KVII-TV, Amarillo, Texas and KVIH-TV, Clovis, New Mexico from NVG-Amarillo, Inc. to Barrington Broadcasting Texas "
 "Corporation, with Barrington's request to go on running KVIH-TV as a satellite of KVII-TV under Note 5 of Section "
 "73.3555, as the FCC's EDOCS text rendering holds it (one run of text, the PDF converter's spaces after hyphens); an "
 "FCC letter is a US federal work, public domain (batch 15f). `published` is the release day. One stored rendering "
 "came back, by one query. Left out: the page line '*Pages 1--3 from Microsoft Word - 49412.doc*'; the letterhead "
 "'Federal Communications Commission Washington, D. C. 20554'; the addressee blocks ('NVG- Amarillo, Inc. c/ o "
 "Elizabeth Hammond, Esq. Drinker, Biddle & Reath, LLP Suite 1100 1500 K St., NW Washington, DC 20005' and "
 "'Barrington Broadcasting Texas Corporation c/ o William H. Fitz, Esq. Covington & Burling 1201 Pennsylvania Avenue, "
 "NW Washington, DC 20004- 2401' -- so no person is in the text); the salutation 'Dear Applicants:'; the footnote "
 "markers ' 1' (after 'Rules.'), ' 2' (after 'Television Satellite Stations,') and ' 3' (after 'full- service "
 "station.'). Kept: 'DA 05- 1693 Released: June 17, 2005' (one line, as 53zb's DA 17-638) and the 'Re:' line (both "
 "station parts in one run), each on its own line; the body's first three sentences as one paragraph. Cut before "
 "'Applications meeting these criteria, when unrebutted, will be viewed', which the footnotes' text breaks ('1 47 C. "
 "F. R. \u00a7 73.3555, Note 5. 2 Television Satellite Stations, 6 FCC Rcd 4212 (1991) ...'), and all after (the "
 "Bureau's ruling included: the kept text does not reach it); `truncated`. Kept as written: 'DA 05- 1693', 'KVII- "
 "TV', 'KVIH- TV', 'NVG- Amarillo, Inc.', 'BALCT- 20050414AAY' beside 'BALCT-20050414AAZ', 'full- service', "
 "the curly apostrophes in 'Commission\u2019s'. "
 "Title: the 'Re:' line without its file and ID numbers, its two parts joined with '; ' (52z's KWCH call). In the "
 "lane (an FCC letter naming two stations, their assignor and assignee, and a satellite request, 2005). Found with "
 "'This is in reference to the above-captioned application for transfer of control of licensee of television "
 "station KXXX Video Division' (rank 2). " + CHECK +
 "'05-1693', 'NVG', 'KVII', 'KVIH', 'BALCT-20050414': in no corpus file, GATHERING.md line, script, note or pool. "
 "Other matters only: 'Barrington' (a dev file's Aer Lingus/IAG item, Colm Barrington; 53zb's 'no FCC text came "
 "back' seller), 'Amarillo' (52z's KFDA-TV letter, London Broadcasting 2008; an FTC Albertsons/United Supermarkets "
 "release), 'Clovis' (45zf's NationsBank/BankAmerica New Mexico branches, 1998).",
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
