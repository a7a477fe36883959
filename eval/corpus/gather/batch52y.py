#!/usr/bin/env python3
"""Batch 52y (session 53, gatherer 52y): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a fifty-second round in the FCC transaction lane of batches 15f, 43n-49f,
49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v and 52w (50l and 52s null
rounds), on two commercial radio assignments of 2006 and 2011 no corpus file holds --
  - the Audio Division's letter DA 06-2607 released 28 December 2006 (reference 1800B3-ALV; File Nos.
    BAL-20060117ACU, BAP-20060117ACV) denying a petition to deny of nine investors and granting the assignment of the
    licence of KFCD(AM), Farmersville, Texas, and the construction permit of KHSE(AM), Wylie, Texas, from DFW Radio
    License, LLC to Bernard Dallas LLC (docs.fcc.gov text);
  - the Audio Division's letter DA 11-99 released 20 January 2011 (reference 1800B3-BSH; File Nos. BALH-20091006ACZ,
    BALH-20091007AAM) denying Opus Broadcasting Monroe, LLC's petition to deny and granting the assignment of
    KNOE-FM, Monroe, Louisiana, from Radio Monroe, LLC to Holladay Broadcasting of Louisiana, LLC and of KJMG(FM),
    Bastrop, Louisiana, from Holladay to KP Music Group, LLC (docslib.org copy).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the letterheads ('Federal Communications
Commission Washington, D.C. 20554'), the letters' own date ('December 28, 2006', 'January 20, 2011': the same day as
the release line kept), 'DA 06- 2607' / 'DA 11-99', the reference lines ('In Reply Refer To: 1800B3-ALV', 'In Reply
Refer to: 1800B3-BSH'), the addressee blocks and the salutations ('Dear Applicants:', 'Dear Counsel:'), as 52w left
WMUI's and KTRU's out; docslib's page chrome ('... David D Total Page:16 File Type:pdf, Size:1020Kb'); footnote
markers, the footnotes' text and page numbers the text files run into the text (in KFCD's, inside a sentence). KFCD's
text keeps the first two sentences after the run-in heading 'Background' (heading left out; the paragraph set apart
by a blank line, as the letter sets it apart by its heading), for they tell the licensee's parent (52x kept a second
paragraph's first sentences); it is cut before the sentence the excerpt breaks off inside ('In the spring of 2005, DBZ
notified ...'). KNOE's is cut before its footnote text, the page number '392' and the run-in heading 'Background.'
(the sentence after it breaks off). Kept: the 'Released:' line and the 'Re:' / 'In re:' line (its parts in one run,
as 52p, 52v and 52w), each on its own line, then the body's sentences. No word added or changed. Per-item notes in
`notes`. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch52y.py [POOL_DIR] [--dry]   (default /tmp/gather53y/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53y/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-53 pools and sources /tmp/gather53*/ (53a-53x at "
         "the last check; none on these matters): ")
R = []

# ---- KFCD(AM) Farmersville and KHSE(AM) Wylie: DFW Radio License -> Bernard Dallas, DA 06-2607 (2006) -----------------
U1 = "https://docs.fcc.gov/public/attachments/DA-06-2607A1.txt"
R.append(federal(
 "us-fcc-dfw-radio-license-bernard-dallas-kfcd-am-farmersville-khse-am-wylie-assignment-petition-to-deny-letter-2006",
 U1, "2006-12-28",
 "KFCD(AM), Farmersville, TX; KHSE(AM), Wylie, TX; Application for Assignment of Licenses",
 "Released: December 28, 2006\n\n"
 "Re: KFCD(AM), Farmersville, TX Facility ID No. 43757 File No. BAL-20060117ACU KHSE(AM), Wylie, TX Facility ID No. "
 "133464 File No. BAP-20060117ACV Application for Assignment of Licenses\n\n"
 "We have before us the above-captioned application (the \u201cAssignment Application\u201d) proposing to assign the "
 "license of Station KFCD(AM), Farmersville, Texas, and the construction permit of Station KHSE(AM), Wylie, Texas, "
 "from DFW Radio License, LLC (\u201cDFW Radio\u201d) to Bernard Dallas LLC (\u201cBernard\u201d). We also have before "
 "us a Petition to Deny (\u201cPetition\u201d), filed February 23, 2006, by nine investors in Stations KFCD(AM) and "
 "KHSE(AM) (the \u201cPetitioners\u201d). For the reasons stated below, we deny the Petition and grant the Assignment "
 "Application.\n\n"
 "On February 5, 2004, The Watch, Ltd. (\u201cWatch\u201d), the former licensee of KFCD(AM) and permittee of "
 "KHSD(AM), and D.B. Zwirn Special Opportunities Fund, L.P. (\u201cDBZ\u201d) entered into a Financing Agreement (the "
 "\u201cAgreement\u201d) whereby DBZ provided a loan to Watch to facilitate Watch\u2019s emergence from Chapter 11 "
 "bankruptcy, operation of KFCD(AM), and construction of KHSE(AM). The Agreement also provided for the assignment of "
 "the KFCD(AM) license and KHSE(AM) permit to DFW Radio, a wholly-owned subsidiary of Watch.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division letter DA 06-2607, 'Re: KFCD(AM), "
 "Farmersville, TX, Facility ID No. 43757, File No. BAL-20060117ACU; KHSE(AM), Wylie, TX, Facility ID No. 133464, "
 "File No. BAP-20060117ACV; Application for Assignment of Licenses', reference 1800B3-ALV, released December 28, "
 "2006, US federal government work (public domain); text as the FCC's EDOCS text file holds it, from the search "
 "tool's page store at " + U1,
 "docs.fcc.gov text of an FCC letter (search tool page store)",
 "The Audio Division's letter DA 06-2607 released 28 December 2006 (reference 1800B3-ALV; File Nos. BAL-20060117ACU "
 "and BAP-20060117ACV) denying the petition to deny of nine investors in the stations and granting the assignment of "
 "the licence of KFCD(AM), Farmersville, Texas, and the construction permit of KHSE(AM), Wylie, Texas, from DFW Radio "
 "License, LLC to Bernard Dallas LLC, as the FCC's own EDOCS text file holds it (one run of text, the footnotes' text "
 "where the page breaks); an FCC letter is a US federal work, public domain (batch 15f). One stored rendering came "
 "back, by one query. Left out: the letterhead 'Federal Communications Commission Washington, D.C. 20554'; the "
 "letter's date 'December 28, 2006' (the same day as the release line kept); 'DA 06- 2607' (so spaced in the file); "
 "'In Reply Refer To: 1800B3-ALV'; the addressee block ('David A. Schum DFW Radio License, LLC P.O. Box 12345 Dallas, "
 "TX 75225-0345 Daniel B. Zwirn Bernard Dallas LLC 745 Fifth Avenue 18th Floor New York, NY 10151'); the salutation "
 "'Dear Applicants:'; the footnote markers '1' (after '(the \u201cPetitioners\u201d).'), '2' (after 'Chapter 11 "
 "bankruptcy,') and '3' (after 'a wholly-owned subsidiary of Watch.'); the run-in heading 'Background'; and, inside "
 "the first Background sentence (between 'to facilitate Watch\u2019s' and 'emergence'), footnote 1's text as the file "
 "runs it in at the page break ('1 Petitioners are David A. Schum, J. Michael Lloyd, ... and Richard J. Drendel. "
 "Bernard filed an Opposition to the Petition on March 8, 2006, to which the Petitioners filed a Reply on March 16, "
 "2006.') and the page number '2'. Kept: 'Released: December 28, 2006' and the 'Re:' line (its parts in one run), "
 "each on its own line; the first paragraph whole (three sentences); the first two sentences after 'Background' as "
 "a second paragraph. Cut before 'In the spring of 2005, DBZ notified Watch and DFW Radio (Watch and DFW Radio, "
 "collectively, the \u201c' (the excerpt breaks off inside it) and all after; `truncated`. `title` is the 'Re:' line "
 "without its facility and file numbers, its parts joined with '; ' (as 52p). Kept as written: the curly quotation "
 "marks and apostrophe ('Watch\u2019s'), 'KHSD(AM)' (so in the letter, beside 'KHSE(AM)' everywhere else), "
 "'D.B. Zwirn Special Opportunities Fund, L.P.', 'wholly-owned'. One text per matter. Found with 'Petracom Holbrook "
 "assignment of licenses Konecny objection FFD Audio Division' (rank 2; the query aimed at another letter). " + CHECK +
 "'KFCD', 'KHSE', 'KHSD', 'DFW Radio', 'Bernard Dallas', 'Zwirn', 'The Watch', 'Farmersville', '06-2607', "
 "'BAL-20060117ACU', '1800B3-ALV': in no corpus file, GATHERING.md line, script, note or pool ('KHSE' only inside "
 "binary .onnx model files under /work/notes); 'Wylie' only as a person's surname in other matters. Bernard Ohio "
 "LLC (DA 07-129, WVKO(AM) and four Ohio stations; on 51r's, 52p's and 52t's not-used lines) is another company and "
 "another matter.",
 True))

# ---- KNOE-FM Monroe and KJMG(FM) Bastrop: Radio Monroe -> Holladay -> KP Music Group, DA 11-99 (2011) -----------------
U2 = "https://docslib.org/doc/4886883/federal-communications-commission-washington-d-c-20554-david-d"
R.append(federal(
 "us-fcc-radio-monroe-holladay-broadcasting-kp-music-group-knoe-fm-kjmg-fm-assignments-opus-petition-to-deny-letter-2011",
 U2, "2011-01-20",
 "KNOE-FM, Monroe, Louisiana; KJMG(FM), Bastrop, Louisiana; Applications for Assignment of License; Petition to Deny",
 "Released: January 20, 2011\n\n"
 "In re: KNOE-FM, Monroe, Louisiana Facility ID No. 48976 File No. BALH-20091006ACZ KJMG(FM), Bastrop, Louisiana "
 "Facility ID No. 15095 File No. BALH-20091007AAM Applications for Assignment of License Petition to Deny\n\n"
 "We have before us the above-captioned applications seeking approval for the proposed assignment of license for "
 "Station KNOE-FM, Monroe, Louisiana from Radio Monroe, LLC (\u201cRadio Monroe\u201d) to Holladay Broadcasting of "
 "Louisiana, LLC (\u201cHolladay\u201d) (the \u201cKNOE-FM Assignment) and for Station KJMG(FM), Bastrop, Louisiana, "
 "from Holladay to KP Music Group, LLC (\u201cKP\u201d) (the \u201cKJMG(FM) Assignment\u201d) (collectively, the "
 "\u201cAssignment Applications\u201d). On November 16, 2009, Opus Broadcasting Monroe, LLC (\u201cOpus\u201d), "
 "licensee of Stations KMYY(FM), Rayville, Louisiana; KQLQ(FM), Columbia, Louisiana; KXRR(FM), Monroe, Louisiana; and "
 "KZRZ(FM), West Monroe, Louisiana, filed a Petition to Deny (\u201cPetition\u201d) against the KNOE-FM Assignment "
 "\u201cand the related sale of KJMG(FM).\u201d For the reasons stated below, we deny the Petition and grant the "
 "KNOE-FM Assignment, as conditioned, and the KJMG(FM) Assignment.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division letter DA 11-99, 'In re: KNOE-FM, Monroe, "
 "Louisiana, Facility ID No. 48976, File No. BALH-20091006ACZ; KJMG(FM), Bastrop, Louisiana, Facility ID No. 15095, "
 "File No. BALH-20091007AAM; Applications for Assignment of License, Petition to Deny', reference 1800B3-BSH, "
 "released January 20, 2011, US federal government work (public domain); text as docslib.org's copy of the FCC's "
 "letter holds it, from the search tool's page store at " + U2,
 "docslib.org copy of an FCC letter (search tool page store)",
 "The Audio Division's letter DA 11-99 released 20 January 2011 (reference 1800B3-BSH; File Nos. BALH-20091006ACZ and "
 "BALH-20091007AAM) denying the petition to deny of Opus Broadcasting Monroe, LLC and granting two linked "
 "assignments: KNOE-FM, Monroe, Louisiana, from Radio Monroe, LLC to Holladay Broadcasting of Louisiana, LLC (as "
 "conditioned) and KJMG(FM), Bastrop, Louisiana, from Holladay to KP Music Group, LLC, as docslib.org's copy of the "
 "FCC's letter holds it (one run of text, footnotes and page numbers run in); an FCC letter is a US federal work, "
 "public domain (batch 15f); 52p took a docslib copy and 52x a docsbay one. One stored rendering came back (a "
 "docslib copy of the same station's 2008 letter DA 08-1035 beside it: another matter, not taken). Left out: "
 "docslib's page chrome ('Federal Communications Commission Washington, D.C. 20554 David D Total Page:16 File "
 "Type:pdf, Size:1020Kb'); the letterhead; the letter's date 'January 20, 2011' (the same day as the release line "
 "kept); 'DA 11-99'; 'In Reply Refer to: 1800B3-BSH'; the addressee block ('David D. Oxenford, Esq. Davis Wright "
 "Tremaine LLP ... Charles L. Spencer, Esq. Hebert, Spencer, Cusimano & Fry, LLP 701 Laurel Street Baton Rouge, LA "
 "70802': three counsel); the salutation 'Dear Counsel:'; the footnote marker '1' (after 'the related sale of "
 "KJMG(FM).\u201d'). Kept: 'Released: January 20, 2011' and the 'In re:' line (its parts in one run, as 52p), each "
 "on its own line; the first paragraph whole (three sentences). Cut after '... and the KJMG(FM) Assignment.', before "
 "footnote 1's text ('1 Petition to Deny at (i). Radio Monroe filed an Opposition ... on December 11, 2009.'), the "
 "page number '392', the run-in heading 'Background.' and the sentence the excerpt breaks off inside ('Holladay is "
 "the l'), and all after; `truncated`. `title` is the 'In re:' line without its facility and file numbers, its parts "
 "joined with '; ' (as 52p). Kept as written: the curly quotation marks, '(the \u201cKNOE-FM Assignment)' (no closing "
 "quotation mark), 'Station KNOE-FM, Monroe, Louisiana from' (no comma before 'from'), the semicolons of Opus's "
 "station list, the quoted '\u201cand the related sale of KJMG(FM).\u201d'. One text per matter. Found with 'Petracom "
 "Holbrook assignment of licenses Konecny objection FFD Audio Division' (rank 1). " + CHECK +
 "'KNOE', 'KJMG', 'Radio Monroe', 'Holladay', 'KP Music', 'Opus Broadcasting', 'KMYY', 'KQLQ', 'KXRR', 'KZRZ', "
 "'11-99', 'BALH-20091006ACZ', 'Bastrop': in no corpus file, GATHERING.md line, script, note or pool (the call signs "
 "only inside binary .onnx model files under /work/notes); '1800B3-BSH' (a staff reference code shared by many "
 "letters) only in 52r's WZNY(FM) file and the session-53 pools, other matters.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
