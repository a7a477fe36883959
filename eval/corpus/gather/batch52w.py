#!/usr/bin/env python3
"""Batch 52w (session 53, gatherer 52w): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a fifty-second round in the FCC transaction lane of batches 15f, 43n-49f,
49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t and 52v (50l and 52s null rounds),
on two noncommercial radio assignments of 2010 and 2011 no corpus file holds --
  - the Audio Division's letter DA 10-1037 released 7 June 2010 (reference 1800B3-SS; File No. BAPED-20091016ABD)
    granting, over Martin L. Hensley's objection and 'Petition to Deny', the assignment of the construction permit
    for new unbuilt station WMUI(FM), Rushville, Indiana, from The President and Trustees of Miami University of Ohio
    to Rush County (Indiana) Schools (docs.fcc.gov text);
  - the Audio Division's letter DA 11-695 released 15 April 2011 (reference 1800B3-JO; File Nos. BALED-20101029ACX,
    BALFT-20101029ACY) denying Friends of KTRU's petition to deny and three listeners' informal objections and
    granting the assignment of the licences of noncommercial educational station KTRU(FM) and FM translator K218DA,
    Houston, Texas, from William Marsh Rice University to University of Houston System (docs.fcc.gov text).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the letterheads ('Federal Communications
Commission Washington, D.C. 20554'), the letters' own date ('June 7, 2010', 'April 15, 2011': the same day as the
release line kept), 'DA 10-1037' / 'DA 11-695', the reference lines ('In Reply Refer to: 1800B3-SS', 'In Reply Refer
to 1800B3-JO'), the addressee blocks (the objector, counsel, listeners) and the salutations ('Dear Mr. Hensley and
Counsel:', 'Dear Counsel, Ms. Greenberg, Ms. Bush, and Mr. McGuinness:'), as 52v left WKCP's and WOR's out; footnote
markers, the footnotes' text and page numbers the text files run into the text; each text is cut before the run-in
heading 'Background.' (the sentence after it breaks off in WMUI's excerpt; KTRU's is cut there as 52v cut WKCP's and
WOR's). Kept: the 'Released:' line and the 'In re:' line (its parts in one run, as 52p and 52v), each on its own
line, then the first paragraph's sentences as one paragraph (the text files set no paragraph break). No word added or
changed. Per-item notes in `notes`. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch52w.py [POOL_DIR] [--dry]   (default /tmp/gather53w/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53w/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-53 pools and sources /tmp/gather53*/ (53a-53v at "
         "the last check; none on these matters): ")
R = []

# ---- WMUI(FM), Rushville: Miami University of Ohio -> Rush County (Indiana) Schools, DA 10-1037 (2010) ---------------
U1 = "https://docs.fcc.gov/public/attachments/DA-10-1037A1.txt"
R.append(federal(
 "us-fcc-miami-university-of-ohio-rush-county-indiana-schools-wmui-fm-rushville-permit-assignment-petition-to-deny-letter-2010",
 U1, "2010-06-07",
 "WMUI(FM), Rushville, IN; Application for Assignment of Construction Permit; Petition to Deny",
 "Released: June 7, 2010\n\n"
 "In re: WMUI(FM), Rushville, IN Facility ID No. 174912 File No. BAPED-20091016ABD Application for Assignment of "
 "Construction Permit Petition to Deny\n\n"
 "We have before us the referenced application (the \u201cApplication\u201d) for Commission consent to the assignment "
 "of the construction permit (the \u201cConstruction Permit\u201d) for new unbuilt Station WMUI(FM), Rushville, Indiana "
 "(the \u201cStation\u201d), from The President and Trustees of Miami University of Ohio (\u201cMU\u201d or "
 "\u201cPermittee\u201d) to Rush County (Indiana) Schools (\u201cRush County\u201d). We also have before us an undated "
 "letter from Martin L. Hensley (\u201cHensley\u201d) opposing grant of the Application, received by the Commission "
 "on November 4, 2009 (the \u201cNovember Objection\u201d), and a December 7, 2009, \u201cPetition to Deny\u201d the "
 "Application, also filed by Hensley (the \u201cDecember Objection\u201d). For the reasons stated below, we dismiss "
 "Hensley's pleadings as petitions to deny, deny the pleadings as informal objections, and grant the Application.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division letter DA 10-1037, 'In re: WMUI(FM), "
 "Rushville, IN, Facility ID No. 174912, File No. BAPED-20091016ABD, Application for Assignment of Construction "
 "Permit, Petition to Deny', reference 1800B3-SS, released June 7, 2010, US federal government work (public domain); "
 "text as the FCC's EDOCS text file holds it, from the search tool's page store at " + U1,
 "docs.fcc.gov text of an FCC letter (search tool page store)",
 "The Audio Division's letter DA 10-1037 released 7 June 2010 (reference 1800B3-SS, the Audio Division's letter "
 "code; File No. BAPED-20091016ABD) granting the assignment of the construction permit for new unbuilt "
 "noncommercial station WMUI(FM), Rushville, Indiana, from The President and Trustees of Miami University of Ohio to "
 "Rush County (Indiana) Schools, over an undated objection letter and a 'Petition to Deny' from Martin L. Hensley, "
 "as the FCC's own EDOCS text file holds it (one run of text, the footnotes' text where the page breaks); an FCC "
 "letter is a US federal work, public domain (batch 15f). One stored rendering came back, by one query. In the lane "
 "though a permit, not a licence, changes hands (as 52t's WZNP(FM) permit, DA 08-1576). Left out: the letterhead "
 "'Federal Communications Commission Washington, D.C. 20554'; the letter's date 'June 7, 2010' (the same day as the "
 "release line kept); 'DA 10-1037'; 'In Reply Refer to: 1800B3-SS'; the addressee block ('Mr. Martin L. Hensley 15 "
 "Wood Street Greenfield, IN 46140 Carey S. Tepper, Esq. ... Kenneth C. Howard, Esq. Baker & Hostetler, LLP 1050 "
 "Connecticut Ave., N.W., Suite 1100 Washington, DC 20036'); the salutation 'Dear Mr. Hensley and Counsel:'; the "
 "footnote markers '1' (inside 'the construction permit1'), '2' (after 'opposing grant of the Application,') and "
 "'3' (after 'the Application,' in the second sentence). Kept: 'Released: June 7, 2010' and the 'In re:' line (its "
 "parts in one run, as 52p), each on its own line; the first paragraph whole (three sentences). Cut after '... and "
 "grant the Application.', before the footnotes' text that follows in the file ('1 File No. BNPED-20071019ALB. 2 On "
 "November 19, 2009, MU and Rush County filed a Consolidated Opposition ... (\u201cDecember Opposition\u201d).'), the "
 "page number '2', the run-in heading 'Background.' and the sentence the excerpt breaks off inside ('... proposed "
 "buyer Rush County is constructing the facil'), and all after it; `truncated`. `title` is the 'In re:' line without "
 "its facility and file numbers, its parts joined with '; ' (as 52p). Kept as written: the curly quotation marks, "
 "the straight apostrophe of 'Hensley's pleadings', '(\u201cMU\u201d or \u201cPermittee\u201d)', 'Rush County "
 "(Indiana) Schools', 'a December 7, 2009, \u201cPetition to Deny\u201d'. One text per matter. Found with 'In re: (FM) "
 "Facility ID No. File No. BALH-2009 Application for Assignment of License Petition to Deny Dear Counsel: We have "
 "before us' (rank 7). " + CHECK +
 "'WMUI', 'Rushville', 'Miami University', 'Rush County', 'Hensley', '10-1037', 'BAPED-20091016ABD', "
 "'BNPED-20071019ALB', '1800B3-SS': in no corpus file, GATHERING.md line, script, note or pool.",
 True))

# ---- KTRU(FM) and K218DA, Houston: William Marsh Rice University -> University of Houston System, DA 11-695 (2011) ----
U2 = "https://docs.fcc.gov/public/attachments/DA-11-695A1.txt"
R.append(federal(
 "us-fcc-william-marsh-rice-university-university-of-houston-system-ktru-fm-houston-assignment-petition-to-deny-letter-2011",
 U2, "2011-04-15",
 "KTRU(FM), Houston, Texas; K218DA, Houston, Texas; Applications for Assignment of License; Petition to Deny and "
 "Informal Objection",
 "Released: April 15, 2011\n\n"
 "In re: KTRU(FM), Houston, Texas Facility ID No. 72685 File No. BALED-20101029ACX K218DA, Houston, Texas Facility "
 "ID No. 93168 File No. BALFT-20101029ACY Applications for Assignment of License Petition to Deny and Informal "
 "Objection\n\n"
 "We have before us the above-captioned applications (\u201cApplications\u201d) seeking approval for the proposed "
 "assignment of license for noncommercial educational (\u201cNCE\u201d) Station KTRU(FM), Houston, Texas and FM "
 "Translator Station K218DA, Houston, Texas (the \u201cStations\u201d), from William Marsh Rice University "
 "(\u201cRice\u201d) to University of Houston System (\u201cUHS\u201d). On December 3, 2010, Friends of KTRU "
 "(\u201cPetitioners\u201d) filed a Petition to Deny (\u201cPetition\u201d). Three station listeners "
 "(\u201cObjectors\u201d) submitted letters opposing the proposed transaction (\u201cInformal Objections\u201d). For "
 "the reasons stated below, we deny the Petition and Informal Objections, and grant the Applications.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division letter DA 11-695, 'In re: KTRU(FM), Houston, "
 "Texas, Facility ID No. 72685, File No. BALED-20101029ACX; K218DA, Houston, Texas, Facility ID No. 93168, File No. "
 "BALFT-20101029ACY; Applications for Assignment of License, Petition to Deny and Informal Objection', reference "
 "1800B3-JO, released April 15, 2011, US federal government work (public domain); text as the FCC's EDOCS text file "
 "holds it, from the search tool's page store at " + U2,
 "docs.fcc.gov text of an FCC letter (search tool page store)",
 "The Audio Division's letter DA 11-695 released 15 April 2011 (reference 1800B3-JO; File Nos. BALED-20101029ACX and "
 "BALFT-20101029ACY) denying the petition to deny of Friends of KTRU and three listeners' informal objections and "
 "granting the assignment of the licences of noncommercial educational station KTRU(FM) and FM translator station "
 "K218DA, Houston, Texas, from William Marsh Rice University to University of Houston System, as the FCC's own EDOCS "
 "text file holds it (one run of text); an FCC letter is a US federal work, public domain (batch 15f). One stored "
 "rendering of the letter came back, by two queries (blogs quoting its ordering clause, radiosurvivor.com and "
 "others, not used). Left out: the letterhead 'Federal Communications Commission Washington, D.C. 20554'; the "
 "letter's date 'April 15, 2011' (the same day as the release line kept); 'DA 11-695'; 'In Reply Refer to 1800B3-JO' "
 "(written without a colon); the addressee block ('Michael Lazarus, Esq. Paul, Hastings, Janofsky & Walker LLP ... "
 "Mr. William V. McGuinness, IV 4510 Briar Hollow Place Apt. 205 Houston, TX 77027': three counsel and the three "
 "objecting listeners); the page number '2' that the file runs in after the 'In re:' line; the salutation 'Dear "
 "Counsel, Ms. Greenberg, Ms. Bush, and Mr. McGuinness:'; the footnote markers '1' (after '(\u201cPetition\u201d).') "
 "and '2' (after '(\u201cInformal Objections\u201d).'). Kept: 'Released: April 15, 2011' and the 'In re:' line (its "
 "parts in one run, as 52p), each on its own line; the first paragraph whole (four sentences). Cut before the run-in "
 "heading 'Background.', its first sentence ('Petitioners oppose grant of the Applications, arguing that ... state "
 "law.') and the next, which the excerpt breaks off inside ('... in favor of bro'), as 52v cut WKCP's and WOR's "
 "letters at 'Background.'; `truncated`. `title` is the 'In re:' line without its facility and file numbers, its "
 "parts joined with '; ' (as 52p). Kept as written: the curly quotation marks, '(\u201cNCE\u201d)', 'Station "
 "KTRU(FM), Houston, Texas and FM Translator Station K218DA' (no comma before 'and'). One text per matter. Found "
 "with 'KTRU(FM) Houston William Marsh Rice University University of Houston System Application for Assignment of "
 "License Petition to Deny' (rank 4) and 'In re: KTRU(FM), Houston, Texas K218DA Applications for Assignment of "
 "License ...' (only blog pages; rank 1 quotes the ordering clause). " + CHECK +
 "'KTRU', 'K218DA', 'William Marsh Rice', 'Rice University', 'University of Houston', 'Friends of KTRU', '11-695', "
 "'BALED-20101029ACX', '1800B3-JO': in no corpus file, GATHERING.md line, script, note or pool; 'Houston, Texas' in "
 "corpus files only in other matters.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
