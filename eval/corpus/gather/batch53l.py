#!/usr/bin/env python3
"""Batch 53l (session 54, gatherer 53l): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a round in the FCC transaction lane of batches 15f, 43n-49f, 49j, 49m,
50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52r, 52t, 52u and 53c (50l and 52s null rounds),
on two main-studio waiver letters of the Audio Services Division, Mass Media Bureau, of the mid-1990s no corpus file
holds --
  - the letter (In Reply Refer to: 1800B2-KMS; the archive's file dated 22 November 1995) on Apex Associates, Inc.'s
    request of 11 August 1995 to waive the main studio rule for FM station WTDK, Federalsburg, Maryland, so that its
    studio may share that of commonly owned FM station WAAI, Hurlock, Maryland (the UNT web archive's copy of the
    Division's HTML 'Audio Services Division Decisions' page);
  - the letter of 26 February 1996 (STOP CODE 1800B3) on Sherlock Broadcasting, Inc.'s request of 3 March 1995 to
    waive the main studio rule for FM station WBRX, Patton, Pennsylvania, so that its studio may share that of
    commonly owned FM station WBXQ, Cresson, Pennsylvania (fcc.gov's own copy on transition.fcc.gov, the Mass Media
    Bureau's 'documents_collection' HTML page; not the UNT archive -- the same series, the FCC's own server).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: WTDK -- the page heading 'Audio Services
Division Decisions' and its 'IMPORTANT NOTE:' paragraph (WordPerfect 5.1 conversion notice), the letterhead line
'WASHINGTON, D.C. 20554', 'In Reply Refer to: 1800B2-KMS', the addressee block (counsel's name and address), 'Dear
Counsel:' and the sentence the excerpt breaks off inside ('Apex further notes ... without seeking waiver of'); WBRX --
the letterhead line, 'IN REPLY REFER TO: STOP CODE 1800B3', the addressee block (counsel's name, firm and address),
'Dear Counsel:' and the citation the excerpt breaks off inside ('See Main Studio and Program Origination Rules for
Radio'). Kept: the letter's 'In re:' (WTDK) or caption (WBRX) lines, joined in one run, on their own line, then the
body paragraphs up to the last full sentence; the WBRX page heading is the `title`. Whitespace only: line wraps,
indents and double spaces made one space. No word added or changed. Per-item notes in `notes`. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch53l.py [POOL_DIR] [--dry]   (default /tmp/gather54l/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54l/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-54 pools /tmp/gather54*/ (none on this "
         "matter): ")
R = []

# ---- WTDK(FM), Federalsburg: Apex Associates, Inc., main studio waiver request (collocation with WAAI), 1995 ------
U1 = ("https://webarchive.library.unt.edu/eot2008/20090508022648/http://www.fcc.gov/mb/audio/decdoc/letter/"
      "1995--11--22--wtdk.html")
R.append(federal(
 "us-fcc-wtdk-fm-federalsburg-apex-associates-main-studio-waiver-request-waai-hurlock-letter-1995",
 U1, "1995-11-22",
 "WTDK(FM), Federalsburg, MD; Apex Associates, Inc.; Request for Waiver of 47 C.F.R. Section 73.1125",
 "In re: WTDK(FM), Federalsburg, MD Apex Associates, Inc. File No. BMLH-950811KA Request for Waiver of 47 C.F.R. "
 "Section 73.1125\n\n"
 "This refers to the request dated August 11, 1995, filed on behalf of Apex Associates, Inc. (\"Apex\"), that the "
 "Commission waive its main studio rule, 47 C.F.R. Sec. 73.1125, in order to permit station WTDK(FM), Federalsburg, "
 "Maryland to collocate its main studio with commonly owned station FM station WAAI, Hurlock, Maryland, which "
 "location is outside of WTDK(FM)'s principal community contour.\n\n"
 "In support of the instant request, Apex asserts that collocation of the stations' main studios is desirable "
 "because it will enhance WTDK(FM)'s financial position; that it will improve public access to the WTDK(FM) studio, "
 "which it asserts is currently difficult; and that the proposed studio affords superior programming capabilities "
 "as compared to the facilities presently utilized by WTDK(FM).",
 "broadcasting/radio", "regulatory,ownership",
 "U.S. Federal Communications Commission, Mass Media Bureau, Audio Services Division letter, 'In re: WTDK(FM), "
 "Federalsburg, MD, Apex Associates, Inc., File No. BMLH-950811KA, Request for Waiver of 47 C.F.R. Section "
 "73.1125' (In Reply Refer to: 1800B2-KMS), 1995, US federal government work (public domain); text as the "
 "University of North Texas web archive's copy of the Audio Services Division's decision page holds it, from the "
 "search tool's page store at " + U1,
 "UNT web archive copy of an FCC decision page (search tool page store)",
 "The Audio Services Division's letter (In Reply Refer to: 1800B2-KMS; File No. BMLH-950811KA) to counsel for Apex "
 "Associates, Inc. on its request of 11 August 1995 that the Commission waive the main studio rule (47 C.F.R. "
 "73.1125) so that FM station WTDK, Federalsburg, Maryland, may collocate its main studio with commonly owned FM "
 "station WAAI, Hurlock, Maryland, as the University of North Texas web archive (eot2008 crawl) holds the Division's "
 "HTML 'Audio Services Division Decisions' page; an FCC letter is a US federal work, public domain (batch 15f). One "
 "rendering came back. The excerpt holds no date line: `published` 1995-11-22 is the date in the page's file name "
 "(1995--11--22--wtdk.html, the Division's own dating of its decision pages; **doubtful**, the letter's own date is "
 "not in the kept text). Left out: the page heading 'Audio Services Division Decisions' and its 'IMPORTANT NOTE:' "
 "paragraph (the WordPerfect 5.1 conversion notice, as 52u left it out); the letterhead line 'WASHINGTON, D.C. "
 "20554'; 'In Reply Refer to: 1800B2-KMS'; the addressee block (counsel David Tillotson, Esq., and his Washington "
 "address, as 52u and 53c left addressees out); 'Dear Counsel:'; the sentence the excerpt breaks off inside ('Apex "
 "further notes that the proposed studio is closer to the community of license than other sites you would be "
 "allowed to relocate to without seeking waiver of'). Kept: the 'In re:' line (its five lines joined in one run, as "
 "52r and 53c), on its own line, then paragraph 1 whole and paragraph 2 to its last full sentence; `truncated`. "
 "`title` is the 'In re:' line without its file number, semicolons between its parts (52r's form). Whitespace only: "
 "line wraps, indents and double spaces made one space ('73.1125,  in', 'WTDK(FM)'s  principal', 'difficult;  and'). "
 "Kept as written: 'commonly owned station FM station WAAI' (the letter's doubled 'station'); 'Sec. 73.1125'; no "
 "comma after 'Maryland' before 'to collocate'. In the lane (an FCC letter naming a station and the company that "
 "holds it, 1995). One text per matter. Found with 'Audio Services Division letter request for waiver of main "
 "studio rule licensee FM station granted 1997 Dear' (rank 1) and again with 'This refers to the request filed on "
 "behalf of Broadcasting, Inc. that the Commission waive its main studio rule 47 C.F.R. Sec. 73.1125 commonly owned "
 "station collocate' (rank 2, same excerpt). " + CHECK +
 "'WTDK', 'WAAI', 'Apex Associates', 'Federalsburg', 'Hurlock', 'BMLH-950811KA', '1800B2-KMS', 'Tillotson', "
 "'1995--11--22', '73.1125': in no corpus file, script, note or pool ('main studio' only as other matters: batch "
 "51e's Budd Broadcasting/WFXU consent decree, a train file found by name only, and 53c's notes).",
 True))

# ---- WBRX(FM), Patton: Sherlock Broadcasting, Inc., main studio waiver request (collocation with WBXQ), 1996 -------
U2 = "http://transition.fcc.gov/Bureaus/Mass_Media/Databases/documents_collection/let19960226.html"
R.append(federal(
 "us-fcc-wbrx-fm-patton-sherlock-broadcasting-main-studio-waiver-request-wbxq-cresson-letter-1996",
 U2, "1996-02-26",
 "Request for waiver of the main studio rule by WBRX (FM), Patton, PA -- February 26, 1996",
 "WBRX(FM), Patton, PA Request for Waiver of the Main Studio Rule\n\n"
 "This refers to the request dated March 3, 1995, filed on behalf of Sherlock Broadcasting, Inc. (\"Sherlock\"), "
 "that the Commission waive its main studio rule, 47 C.F.R. Sec. 73.1125, in order to permit station WBRX(FM), "
 "Patton, Pennsylvania to collocate its main studio with commonly owned FM station WBXQ, Cresson, Pennsylvania, "
 "which is outside of WBRX(FM)'s principal community contour, (\"70 dbu contour\") but is within the principal "
 "community contour of its booster station WBRX-FM1.\n\n"
 "In support of the instant request, Sherlock asserts that WBRX(FM)'s proposed use of the WBXQ studio would be "
 "consistent with the intent of the main studio rule because \"the booster and the primary (WBXQ) city-grade "
 "service areas are ... equivalent to that encompassed by one aggregate principal community contour.\" Sherlock "
 "further asserts that one studio in the WBXQ/WBRX-FM1 city grade overlap area could serve both stations, ensuring "
 "the economic viability of station WBRX(FM), which was silent when Sherlock acquired it. Sherlock argues that "
 "collocation of its main studio would help relieve the station of the financial difficulties inherent to small "
 "markets.\n\n"
 "The purpose of the main studio rule is to ensure that broadcast stations fulfill their obligation to meet the "
 "needs and interest of the residents of the community of license.",
 "broadcasting/radio", "regulatory,ownership,deal",
 "U.S. Federal Communications Commission, Mass Media Bureau, Audio Services Division letter, 'WBRX(FM), Patton, PA, "
 "Request for Waiver of the Main Studio Rule' (IN REPLY REFER TO: STOP CODE 1800B3), February 26, 1996, US federal "
 "government work (public domain); text as the FCC's Mass Media Bureau documents collection page holds it, from "
 "the search tool's page store at " + U2,
 "FCC Mass Media Bureau documents collection page on transition.fcc.gov (search tool page store)",
 "The Audio Services Division's letter of 26 February 1996 (IN REPLY REFER TO: STOP CODE 1800B3) to counsel for "
 "Sherlock Broadcasting, Inc. on its request of 3 March 1995 that the Commission waive the main studio rule (47 "
 "C.F.R. 73.1125) so that FM station WBRX, Patton, Pennsylvania, may collocate its main studio with commonly owned "
 "FM station WBXQ, Cresson, Pennsylvania, as fcc.gov's own server (transition.fcc.gov, the Mass Media Bureau's "
 "'documents_collection' HTML page let19960226.html) holds it; an FCC letter is a US federal work, public domain "
 "(batch 15f). Not a UNT archive copy: the same Division's letter series on the FCC's own server (the lane's 52t "
 "and 52v took docs.fcc.gov copies). One rendering came back. `published` 1996-02-26 from the page heading's date. "
 "Left out: the letterhead line 'WASHINGTON, D.C. 20554'; 'IN REPLY REFER TO: STOP CODE 1800B3'; the addressee "
 "block (counsel John J. McVeigh, Esq., Bernstein & McVeigh, and the firm's Washington address, as 52u and 53c left "
 "addressees out); 'Dear Counsel:'; the citation the excerpt breaks off inside ('See Main Studio and Program "
 "Origination Rules for Radio'). Kept: the caption lines ('WBRX(FM), Patton, PA / Request for Waiver of / the Main "
 "Studio Rule', no 'Re:' label; joined in one run), on their own line, then paragraphs 1 and 2 whole and the first "
 "sentence of paragraph 3; `truncated`. `title` is the page heading as written ('WBRX (FM)' with a space, the date "
 "after ' -- '). Whitespace only: line wraps, indents and double spaces made one space. Kept as written: the comma "
 "before '(\"70 dbu contour\")'; 'Sec. 73.1125'; '...' inside the quotation; 'WBXQ/WBRX-FM1'; 'city grade' and "
 "'city-grade' both; 'the needs and interest'. In the lane (an FCC letter naming stations and the company that "
 "bought one, 1996). One text per matter. Found with 'Audio Services Division letter request for waiver of main "
 "studio rule licensee FM station granted 1997 Dear' (rank 3) and again with 'This refers to the request filed on "
 "behalf of Broadcasting, Inc. that the Commission waive its main studio rule 47 C.F.R. Sec. 73.1125 commonly owned "
 "station collocate' (rank 1, same excerpt). " + CHECK +
 "'WBRX', 'WBXQ', 'Cresson', '1800B3' with 'STOP CODE', 'let19960226', '73.1125': in no corpus file, script, note or "
 "pool; 'Sherlock' only as other matters (batch 28d's Abbey National text, Sherlock Holmes); 'Patton' only as "
 "another matter (batch 52p's W244BC Ocala translator letter, a dev file found by name only); 'McVeigh' (cut "
 "addressee) only as counsel in batch 52u's WWDX letter and an unrelated batch 40ze text.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
