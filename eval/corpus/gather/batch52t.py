#!/usr/bin/env python3
"""Batch 52t (session 53, gatherer 52t): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a fifty-second round in the FCC transaction lane of batches 15f, 43n-49f,
49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k and 52p (50l a null round), on two radio
licence assignments of 1996 and 2008 no corpus file holds --
  - the Audio Services Division's letter of 1996 (the FCC archive's address dates it 16 May 1996) to Vincent L.
    Hoffart dismissing as untimely his informal objection to the staff's grant of 17 January 1996 assigning the licence
    of KHHO(AM), Tacoma, Washington, from ECI License Company, L.P. to Southwave Wireless Communications, LLC (UNT web
    archive copy of fcc.gov's Audio Services Division decisions);
  - the Audio Division's Memorandum Opinion and Order and Notice of Apparent Liability DA 08-1576, adopted 1 July and
    released 2 July 2008, granting the assignment of noncommercial educational station WZNP(FM), Newark, Ohio, from
    Riverside Youth & Rehabilitation to Christian Voice of Central Ohio, Inc. over Kent State University's petition
    to deny (docs.fcc.gov text).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the UNT copy's site heading and
conversion note ('Audio Services Division Decisions IMPORTANT NOTE: This document was originally prepared in Word
Perfect 5.1. ...'), letterheads ('Washington, D.C. 20554'; 'Federal Communications Commission DA 08-1576 Before the
Federal Communications Commission Washington, D.C. 20554'), reference lines ('IN REPLY REFER TO: 1800B2, 8910-AJ'),
the 1996 letter's addressee block and salutation ('Dear Mr. Hoffart:', as 51e left Withers's out), the 2008 order's
caption (kept as `title`, 'In re' dropped, its ')' column dropped), its facility, NAL account, FRN and file lines,
the heading 'I. INTRODUCTION', the paragraph number '1.', footnote markers and the footnotes' text; each text is cut at
the last full sentence before the excerpt breaks off. Kept: the 1996 letter's 'Re:' line (as 51e kept Withers's), the
order's title line 'MEMORANDUM OPINION AND ORDER AND NOTICE OF APPARENT LIABILITY FOR FORFEITURE', its adoption and
release line and its 'By the Chief, Audio Division:' line (as 52k kept FCC 02-172's), each on its own line, then the
body's sentences; the pages' line wraps and runs of spaces joined to one space, the wrapped file number 'BAL-' /
'951124EB' joined with no space (whitespace only). No word added or changed. Per-item notes in `notes`. Written before
any extractor ran on the texts (newskg was not run on them).
usage: batch52t.py [POOL_DIR] [--dry]   (default /tmp/gather53t/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53t/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes (.md files) and the session-53 pools and sources /tmp/gather53*/ "
         "(53a-53r at the last check; 53r's sources hold WZNY(FM) and KWSA, left to it; none on these matters): ")
R = []

# ---- KHHO(AM), Tacoma: ECI License Company, L.P. -> Southwave Wireless Communications, LLC; Hoffart objection, 1996 --
U1 = ("https://webarchive.library.unt.edu/eot2008/20090508022648/http://www.fcc.gov/mb/audio/decdoc/letter/"
      "1996--05--16--khho.html")
R.append(federal(
 "us-fcc-eci-license-company-southwave-wireless-khho-am-tacoma-assignment-informal-objection-letter-1996",
 U1, "1996-05-16",
 "Informal Objection to Assignment of KHHO(AM), Tacoma, WA.",
 "Re: Informal Objection to Assignment of KHHO(AM), Tacoma, WA., File No.\n\n"
 "The staff has under consideration an informal objection filed by Vincent Hoffart (\"Hoffart\") on January 18, "
 "1996. On January 17, 1996, the staff granted an application to assign the license for KHHO(AM), Tacoma, Washington "
 "from ECI License Company, L.P. (\"ECI\") to Southwave Wireless Communications, LLC (\"Southwave\") (File No. "
 "BAL-951124EB). See Broadcast Actions, Report No. 23658 (released Jan. 23, 1996). On February 20, 1996, Southwave "
 "and ECI filed oppositions to the informal objection. Hoffart filed a response dated February 26, 1996. 47 C.F.R. "
 "73.3587 requires an informal objection to a broadcast application to be filed prior to Commission action on the "
 "application. Accordingly, we dismiss as untimely Hoffart's informal objection.\n\n"
 "The informal objection was characterized as a petition for reconsideration when it appeared on public notice. "
 "Broadcast Applications, Report No. 23664 (released Jan. 31, 1996). If considered as a petition for "
 "reconsideration, Hoffart's pleading would be subject to dismissal because he lacks standing.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Mass Media Bureau, Audio Services Division, letter to Vincent L. Hoffart, "
 "'Re: Informal Objection to Assignment of KHHO(AM), Tacoma, WA.', reference 1800B2, 8910-AJ, 1996 (the archive's "
 "address dates it May 16, 1996), US federal government work (public domain); text as the University of North "
 "Texas web archive's copy of fcc.gov's Audio Services Division decisions page holds it, from the search tool's page "
 "store at " + U1,
 "UNT web archive copy of an FCC letter (search tool page store)",
 "The Audio Services Division's letter of 1996 to Vincent L. Hoffart (reference 1800B2, 8910-AJ) dismissing as "
 "untimely his informal objection to the staff's grant of 17 January 1996 (File No. BAL-951124EB) assigning the "
 "licence of KHHO(AM), Tacoma, Washington, from ECI License Company, L.P. to Southwave Wireless Communications, LLC, "
 "and finding that he lacked standing to seek reconsideration, as the University of North Texas web archive's copy "
 "(crawled 2009) of fcc.gov's page /mb/audio/decdoc/letter/1996--05--16--khho.html holds it (a WordPerfect 5.1 "
 "letter converted to ASCII, line wraps and indents kept); an FCC letter is a US federal work, public domain (batch "
 "15f). One stored rendering came back, by one query. `published` 1996-05-16 is the date in the FCC archive's own "
 "file name ('1996--05--16--khho'), the letter's date line being absent from the copy (**doubtful**: the archive "
 "date may be a posting day; no date value in the gold hangs on it, every date in the text carrying its year). Left "
 "out: the copy's heading 'Audio Services Division Decisions' and its note 'IMPORTANT NOTE: This document was "
 "originally prepared in Word Perfect 5.1. ... download the Word Perfect version.'; the letterhead 'Washington, D.C. "
 "20554'; 'IN REPLY REFER TO: 1800B2, 8910-AJ'; the addressee block ('Vincent L. Hoffart, Senior N. 1748 Lacey Street "
 "Spokane, Washington 99207', as 51e left Withers's out); the salutation 'Dear Mr. Hoffart:'. Kept: the 'Re:' line on "
 "its own line (as 51e), its trailing 'File No.' with no number after it, as written; paragraph 1 whole; the first "
 "three sentences of paragraph 2. Cut after '... because he lacks standing.', before the sentence the excerpt breaks "
 "off inside ('47 C.F.R. 1.106(b)(1) provides that a petition for reconsideration ... or a \"person whose'), and all "
 "after it; `truncated`. Whitespace: the copy's line wraps and indents joined, its double spaces after full stops "
 "and in '47 C.F.R.  73.3587' (where the original's section sign was lost in the conversion; not restored) made one "
 "space, and the file number wrapped as 'BAL-' / '951124EB' joined with no space. `title` is the 'Re:' line without "
 "'Re:' and its empty 'File No.'. Kept as written: the straight double quotation marks, 'WA.,', 'Washington from' "
 "with no comma, 'Jan. 23, 1996', 'Jan. 31, 1996', 'Hoffart's'. In the lane (an FCC letter naming a station, its "
 "assignor and assignee and an objector, 1996). One text per matter. Found with 'This letter concerns the "
 "application for consent to assign the license of station from to; informal objection; Chief, Audio Services "
 "Division, Mass Media Bureau' (rank 7; rank 1 a binary-garbled .wp copy of another letter, 1997--01--23--kchq, not "
 "used). " + CHECK +
 "'KHHO', 'Hoffart', 'ECI License', 'Southwave', '951124EB', '1996--05--16', '8910-AJ': in no corpus file, "
 "GATHERING.md line, script, note or pool; 'Tacoma' in corpus files and GATHERING.md only in other matters (a 2023 "
 "DOJ text on Pierce County substation attacks among them).",
 True))

# ---- WZNP(FM), Newark, Ohio: Riverside Youth & Rehabilitation -> Christian Voice of Central Ohio, DA 08-1576 --------
U2 = "https://docs.fcc.gov/public/attachments/DA-08-1576A1.txt"
R.append(federal(
 "us-fcc-riverside-youth-rehabilitation-christian-voice-central-ohio-wznp-fm-newark-assignment-kent-state-order-2008",
 U2, "2008-07-02",
 "Application of Riverside Youth & Rehabilitation d/b/a Riverside Ministries and Christian Voice of Central Ohio, "
 "Inc. For Assignment of Permit WZNP(FM), Newark, Ohio",
 "MEMORANDUM OPINION AND ORDER AND NOTICE OF APPARENT LIABILITY FOR FORFEITURE\n\n"
 "Adopted: July 1, 2008 Released: July 2, 2008\n\n"
 "By the Chief, Audio Division:\n\n"
 "The Media Bureau has before it the above-captioned application (the \u201cAssignment Application\u201d) of "
 "Riverside Youth & Rehabilitation (\u201cRiverside\u201d) for assignment of the license of noncommercial educational "
 "(\u201cNCE\u201d) station WZNP(FM), Newark, Ohio, to Christian Voice of Central Ohio, Inc. (\u201cChristian "
 "Voice\u201d). On May 9, 2008, Kent State University (\u201cKSU\u201d) filed a Petition to Deny (\u201cPetition\u201d) "
 "the Assignment Application, alleging that Riverside made a false certification in an earlier application to "
 "modify the WZNP(FM) facilities. For the reasons stated below, we treat the Petition as an Informal Objection and "
 "deny it, and we grant the Assignment Application. However, the Bureau finds that Riverside did, in fact, "
 "demonstrate a lack of candor on the Modification Application in violation of Section 1.17(a)(1) of the "
 "Commission\u2019s Rules (the \u201cRules\u201d).",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division, 'In re Application of Riverside Youth & "
 "Rehabilitation d/b/a Riverside Ministries and Christian Voice of Central Ohio, Inc. For Assignment of Permit "
 "WZNP(FM), Newark, Ohio', Memorandum Opinion and Order and Notice of Apparent Liability for Forfeiture DA 08-1576, "
 "File No. BAPED-20080408AAA, adopted July 1, 2008, released July 2, 2008, US federal government work (public "
 "domain); text as the FCC's EDOCS text file holds it, from the search tool's page store at " + U2,
 "docs.fcc.gov text of an FCC order (search tool page store)",
 "The Audio Division's Memorandum Opinion and Order and Notice of Apparent Liability for Forfeiture DA 08-1576 "
 "adopted 1 July and released 2 July 2008 (File No. BAPED-20080408AAA; NAL/Acct. No. MB-200841410029) granting the "
 "application to assign noncommercial educational station WZNP(FM), Newark, Ohio, from Riverside Youth & "
 "Rehabilitation (d/b/a Riverside Ministries, the caption says) to Christian Voice of Central Ohio, Inc., treating "
 "Kent State University's petition to deny as an informal objection and denying it, and finding that Riverside "
 "lacked candor in an earlier modification application, as the FCC's own EDOCS text file holds it (one run of text, "
 "the footnotes' text after the page's last line); an FCC order is a US federal work, public domain (batch 15f). One "
 "stored rendering came back, by two queries. `published` is the release day (as 52k's FCC 02-172; **doubtful**: a "
 "reader may take the adoption day). Left out: the header 'Federal Communications Commission DA 08-1576 Before the "
 "Federal Communications Commission Washington, D.C. 20554'; the caption (kept as `title`, 'In re' dropped, its ')' "
 "column dropped, as 52k did); 'Facility I.D. No. 89343 NAL/Acct. No. MB-200841410029 FRN: 0006146088 File No. "
 "BAPED-20080408AAA'; the heading 'I. INTRODUCTION'; the paragraph number '1.'; the footnote markers '1' (after '... "
 "the Assignment Application,'), '2' (after '... the WZNP(FM) facilities.') and '3' (after '(the \u201cRules\u201d).'). "
 "Kept: the title line 'MEMORANDUM OPINION AND ORDER AND NOTICE OF APPARENT LIABILITY FOR FORFEITURE', the adoption "
 "and release line and 'By the Chief, Audio Division:', each on its own line (as 52k kept FCC 02-172's), then the "
 "first five sentences of paragraph 1. Cut after '... (the \u201cRules\u201d).', before the sentence the excerpt "
 "breaks into with footnote 1's text ('In this Memorandum Opinion and Order and Notice of Apparent Liability for "
 "Forfeiture (\u201cNAL\u201d), issued pursuant to 503(b) ... by the Chief, 1 Christian Voice filed an Opposition "
 "...'), and all after it; `truncated` (the forfeiture proposed lies past the excerpt). Kept as written: the curly "
 "quotation marks and apostrophe, '(\u201cNCE\u201d)', 'WZNP(FM)', 'Section 1.17(a)(1)'. In the lane (an FCC order "
 "naming a station, its assignor and assignee and a university objector, 2008). One text per matter. Found with "
 "'Wings Communications WELE Goliath Radio Bethune-Cookman University assignment of license' (rank 8; ranks 1 and 3 "
 "DA 14-660, on 51r's not-used line, not taken) and 'Riverside Youth & Rehabilitation Riverside Ministries Christian "
 "Voice of Central Ohio WZNP(FM) Newark Kent State University' (no FCC text; local news pages only, not used). "
 + CHECK +
 "'WZNP', 'Riverside Youth', 'Riverside Ministries', 'Christian Voice of Central Ohio', 'Kent State', '08-1576', "
 "'BAPED-20080408AAA', 'MB-200841410029', 'Christian Voice': in no corpus file, GATHERING.md line, script, note or "
 "pool; 'Newark' in corpus files and GATHERING.md only in other matters (none on WZNP(FM)).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
