#!/usr/bin/env python3
"""Batch 53o (session 54, gatherer 53o): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC transaction lane of batches 15f, 43n-49f, 49j,
49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v, 52w, 52y, 52zc, 53a and 53g (50l and
52s null rounds), on two commercial radio assignments of 2003 and 2005 no corpus file holds --
  - the Media Bureau, Audio Division's letter DA 03-345 dated 31 January and released 3 February 2003 (reference
    1800B3-JWB; File No. BAL-20020513AAO) on the application to assign KBMW(AM), Breckenridge, Minnesota, from W-B
    Broadcasting, Inc. to Monterey Licenses, LLC, a wholly owned subsidiary of Triad Broadcasting Company, LLC, over
    Randy K. Holland Investments, LLC's petition to dismiss or deny (docs.fcc.gov text file);
  - the Audio Division's letter DA 05-1306 of 6 May 2005 (reference 1800B3-CLR; File No. BALH-20040715ABL) denying
    Western Slope Communications, LLC's petition to deny and granting the assignment of KSTR-FM, Montrose, Colorado,
    from Leggett Broadcasting, Inc. to MBC Grand Broadcasting, Inc. (docs.fcc.gov text file).
Texts are the search tool's page-store excerpts (corpus `pages`), the FCC's own text files (Word conversions whose
spaces inside words and marks are kept as written: 'KBMW( AM)', 'W- B', '(\u201c MBC Grand\u201d)', 'KSTR- FM'). Left
out: the conversion's header ('*Pages 1--9 from Microsoft Word - 24812.doc*', '*Pages 1--3 from Microsoft Word -
48420.doc*'), the letterheads, the DA numbers, the reference lines ('In Reply Refer to: ...'), the addressee blocks and
the salutations ('Dear Counsel:', 'Gentlemen:'), as 53g left them out; KBMW's letter date 'January 31, 2003' (its
'Released:' line kept, as 53g's WVIN); footnote markers the copies run into the text (KBMW's '1', '2', '3'; KSTR's
'1'); run-in footnote text and page numbers (KBMW's '1 Throughout this decision, we generally refer to Monterey as
Triad.' and the page numbers '1 2' between 'and on July 31, 2002,' and 'Holland filed', the sentence joined across
them; KSTR's whole footnote 1 from '1 MBC Grand filed an Opposition' to where the excerpt breaks off); the run-in
heading 'Background.' (KBMW; the paragraph after it set apart by a blank line, as 53g). Each text is cut at the last
full sentence before the excerpt breaks off or turns to run-in footnote text: KBMW's before 'The Arbitron
\u201cmetro\u201d 3 nearest to Breckenridge' (the excerpt ends inside it); KSTR's after 'Accordingly, we deny the
Petition and grant the Application.' (only footnote text follows). Kept: KBMW's 'Released:' line, KSTR's letter date
'May 06, 2005' (no 'Released:' line in the copy, as 53g's WGQR), the 'Re:' lines (their parts in one run), each on
its own line, then the body's sentences. No word added or changed. Per-item notes in `notes`. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch53o.py [POOL_DIR] [--dry]   (default /tmp/gather54o/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54o/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (54a-54n "
         "at the last check; none on these matters): ")
R = []

# ---- KBMW(AM) Breckenridge: W-B Broadcasting -> Monterey Licenses (Triad), Holland's petition, DA 03-345 (2003) -----
U1 = "https://docs.fcc.gov/public/attachments/DA-03-345A1.txt"
R.append(federal(
 "us-fcc-w-b-broadcasting-monterey-licenses-triad-broadcasting-kbmw-am-breckenridge-assignment-holland-petition-letter-2003",
 U1, "2003-02-03",
 "KBMW( AM), Breckenridge, Minnesota; Application for Consent to Assignment of License",
 "Released: February 3, 2003\n\n"
 "Re: KBMW( AM), Breckenridge, Minnesota Facility ID No. 70500 File No. BAL- 20020513AAO Application for Consent to "
 "Assignment of License\n\n"
 "We have before us the above- captioned application (\u201c Application\u201d) of W- B Broadcasting, Inc. (\u201c "
 "W- B\u201d), and Monterey Licenses, LLC (\u201c Monterey\u201d), a wholly owned subsidiary of Triad Broadcasting "
 "Company, LLC (\u201c Triad\u201d). The Application seeks our consent to the assignment from W- B to Triad of the "
 "license of broadcast station KBMW( AM), Breckenridge, Minnesota. On June 24, 2002, Randy K. Holland Investments, "
 "LLC (\u201c Holland\u201d), the licensee of KGBZ( FM), Harwood, North Dakota, timely filed a Petition to Dismiss "
 "or Deny (the \u201cPetition\u201d). Triad filed an Opposition to Petition to Dismiss or Deny on July 1, 2002 (the "
 "\u201cOpposition\u201d), and on July 31, 2002, Holland filed its Reply to Opposition to Petition to Dismiss or "
 "Deny (the \u201cReply\u201d). Based on the record before us, and for the reasons set forth herein, we find that "
 "grant of the Application is consistent with the public interest.\n\n"
 "KBMW( AM) \u2019s community of license, Breckenridge, is in Wilkin County, Minnesota.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division letter DA 03-345, 'Re: KBMW(AM), "
 "Breckenridge, Minnesota, Facility ID No. 70500, File No. BAL-20020513AAO; Application for Consent to Assignment of "
 "License', reference 1800B3-JWB, dated January 31, 2003, released February 3, 2003, US federal government work "
 "(public domain); text as the FCC's text file holds it, from the search tool's page store at " + U1,
 "FCC text file of a letter (search tool page store)",
 "The Audio Division's letter DA 03-345 dated 31 January and released 3 February 2003 (reference 1800B3-JWB; File "
 "No. BAL-20020513AAO) on the application to assign KBMW(AM), Breckenridge, Minnesota, from W-B Broadcasting, Inc. "
 "to Monterey Licenses, LLC, a wholly owned subsidiary of Triad Broadcasting Company, LLC, over the petition to "
 "dismiss or deny of Randy K. Holland Investments, LLC, licensee of KGBZ(FM), Harwood, North Dakota, as the FCC's own "
 "text file holds it (a Word conversion: one run of text, spaces inside words and marks, footnote markers, a "
 "footnote's text and page numbers run in); an FCC letter is a US federal work, public domain (batch 15f). One stored "
 "rendering came back (no docslib or fcc.gov/document copy for two queries). Left out: '*Pages 1--9 from Microsoft "
 "Word - 24812.doc*'; the letterhead 'FEDERAL COMMUNICATIONS COMMISSION 445 12 th Street, S. W. Washington, D. C. "
 "20554'; the letter date 'January 31, 2003' (the 'Released:' line kept, as 53g's WVIN); 'In Reply Refer to: "
 "1800B3- JWB'; 'DA 03- 345'; the addressee block (three counsel: Harry C. Martin, Harry F. Cole, Alison J. Shapiro "
 "of Fletcher, Heald & Hildreth; John P. James of Lommen, Nelson, Cole & Stageberg; Lee W. Shubert of Katten Muchin "
 "Zavis Rosenman); 'Dear Counsel:'; the footnote markers '1' (after '(\u201c Triad\u201d).'), '2' (after '(the "
 "\u201cReply\u201d).') and '3' (after 'The Arbitron \u201cmetro\u201d', in the sentence cut); footnote 1's run-in "
 "text '1 Throughout this decision, we generally refer to Monterey as Triad.' and the page numbers '1 2' that follow "
 "it, between 'and on July 31, 2002,' and 'Holland filed its Reply' (the sentence joined across them, one space; "
 "**doubtful** cut: the footnote tells that the letter's 'Triad' stands for Monterey, and leaving it out leaves "
 "that to the reader); the run-in heading 'Background.' (the sentence after it set apart as a second paragraph, as "
 "53g). Kept: the 'Released:' line and the 'Re:' line (its parts in one run), each on its own line; the first "
 "paragraph whole (five sentences); the Background's first sentence. Cut before 'The Arbitron \u201cmetro\u201d 3 "
 "nearest to Breckenridge is the Fargo, ND-Moorhead, MN, metro (\u201c Fargo metro\u201d) defined by Cass County,' "
 "(the excerpt ends inside it); `truncated`. `title` is the 'Re:' line without its facility and file numbers, its "
 "parts joined with '; ' (as 51e, 53a and 53g). Kept as written: the conversion's spaces ('above- captioned', "
 "'(\u201c Application\u201d)', 'W- B', 'KBMW( AM)', 'KGBZ( FM)', 'BAL- 20020513AAO', 'KBMW( AM) \u2019s'), the "
 "curly quotation marks and apostrophe. Found with 'Audio Division Concord New Hampshire Arbitron Metro transfer of "
 "control dismissed local radio ownership 2008' (rank 7; 53g's market-term lead) and 'Audio Division letter KBMW "
 "Breckenridge Fargo metro Triad Monterey Licenses petition to dismiss or deny' (rank 1). " + CHECK +
 "'KBMW', 'W-B Broadcasting', 'W- B Broadcasting', 'Monterey Licenses', 'Triad Broadcasting', 'Randy K. Holland', "
 "'KGBZ', '03-345', 'BAL-20020513', 'Breckenridge': in no corpus file, GATHERING.md line, script, note or pool.",
 True))

# ---- KSTR-FM Montrose: Leggett Broadcasting -> MBC Grand Broadcasting, Western Slope's petition denied, DA 05-1306 --
U2 = "https://docs.fcc.gov/public/attachments/DA-05-1306A1.txt"
R.append(federal(
 "us-fcc-leggett-broadcasting-mbc-grand-broadcasting-kstr-fm-montrose-assignment-western-slope-petition-letter-2005",
 U2, "2005-05-06",
 "KSTR- FM, Montrose, CO; Application for Assignment of License",
 "May 06, 2005\n\n"
 "Re: KSTR- FM, Montrose, CO Facility ID No. 21629 File No. BALH- 20040715ABL Application for Assignment of License\n\n"
 "We have before us the above- captioned application (the \u201cApplication\u201d) of MBC Grand Broadcasting, Inc. "
 "(\u201c MBC Grand\u201d), by which the company seeks consent to assignment of the license of broadcast station "
 "KSTR-FM, Montrose, Colorado, from Leggett Broadcasting, Inc. (\u201c Leggett\u201d). We also have before us the "
 "September 30, 2004, Petition to Deny (the \u201cPetition\u201d) filed by Western Slope Communications, LLC (\u201c "
 "Western Slope\u201d) and related pleadings. After reviewing the record, we find that the proposed transaction is "
 "consistent with the public interest. Accordingly, we deny the Petition and grant the Application.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division letter DA 05-1306, 'Re: KSTR-FM, Montrose, "
 "CO, Facility ID No. 21629, File No. BALH-20040715ABL; Application for Assignment of License', reference "
 "1800B3-CLR, dated May 6, 2005, US federal government work (public domain); text as the FCC's text file holds it, "
 "from the search tool's page store at " + U2,
 "FCC text file of a letter (search tool page store)",
 "The Audio Division's letter DA 05-1306 of 6 May 2005 (reference 1800B3-CLR; File No. BALH-20040715ABL) denying "
 "Western Slope Communications, LLC's petition to deny and granting the application of MBC Grand Broadcasting, Inc. "
 "for the assignment of KSTR-FM, Montrose, Colorado, from Leggett Broadcasting, Inc., as the FCC's own text file "
 "holds it (a Word conversion: one run of text, spaces inside words and marks, a footnote marker and its text run "
 "in); an FCC letter is a US federal work, public domain (batch 15f). One stored rendering came back for two queries "
 "(no docslib or fcc.gov/document copy). Left out: '*Pages 1--3 from Microsoft Word - 48420.doc*'; the letterhead "
 "'Federal Communications Commission Washington, D. C. 20554'; 'DA 05- 1306'; 'In Reply Refer to: 1800B3- CLR'; the "
 "addressee block (MBC Grand c/o J. Geoffrey Bentley, Esq., Bentley Law Office; Leggett c/o Mr. Brad Leggett, Grand "
 "Junction, CO; Western Slope c/o Tom W. Davidson, Esq., Akin Gump Strauss Hauer & Feld LLP); 'Gentlemen:'; the "
 "footnote marker '1' (after 'and related pleadings.') and footnote 1's run-in text, from '1 MBC Grand filed an "
 "Opposition to Petition to Deny on October 15, 2004.' to where the excerpt breaks off ('Nonetheless, we will treat "
 "the Salazar L'; the footnote tells of Western Slope's reply, a supplement, and a late letter of Mr. Roberto "
 "Salazar). The copy shows no 'Released:' line: the letter's date 'May 06, 2005' kept as the first line (the only "
 "dating of the text, as 53g's WGQR). Kept: the date line and the 'Re:' line (its parts in one run), each on its own "
 "line; the first paragraph whole (four sentences). Cut after 'Accordingly, we deny the Petition and grant the "
 "Application.' (only footnote text follows in the excerpt); `truncated`. `title` is the 'Re:' line without its "
 "facility and file numbers, its parts joined with '; '. Kept as written: the conversion's spaces ('KSTR- FM' in the "
 "'Re:' line, against 'KSTR-FM' in the body; 'BALH- 20040715ABL'; 'above- captioned'; '(\u201c MBC Grand\u201d)', "
 "'(\u201c Leggett\u201d)', '(\u201c Western Slope\u201d)'), 'May 06, 2005' with its zero, the curly quotation "
 "marks. Found with 'We have before us the application seeking consent to the assignment of license of station FM "
 "from Inc. to LLC petition to deny for the reasons set forth below we deny' (rank 8) and 'KSTR-FM Montrose Colorado "
 "MBC Grand Broadcasting Leggett Broadcasting assignment Western Slope Communications petition to deny' (rank 1). "
 + CHECK +
 "'KSTR', 'MBC Grand', 'Leggett', 'Western Slope', '05-1306', '05- 1306', 'BALH-20040715', 'Salazar Letter': in no "
 "corpus file, GATHERING.md line, script, note or pool; 'Montrose' only as a person's name (James T. Montrose, "
 "an SEC file and batch 52m).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, "--dry" in sys.argv)
