#!/usr/bin/env python3
"""Batch 53za (session 54, gatherer 53za): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC commercial-radio transaction lane of batches
15f, 43n-49f, 49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v, 52w, 52y, 52zc,
53a, 53g, 53o, 53s and 53y (50l and 52s null rounds), on two radio matters no corpus file holds --
  - the Audio Services Division's letter of 24 October 1996 (reference 1800B3-JR; File No. BTC-960624GF) on the
    application to transfer control of WIN-You, Ltd., licensee of WINU(AM), Highland, Illinois, from Jack E. Chor and
    Marianna Kasten to ORTCK Communications, Inc. (David Wheeler's petition to deny and request for rescission; the
    grant of 31 July 1996) (the University of North Texas web archive's copy of the Division's HTML 'ASD Decision
    Document' page, the series 52r, 52u, 53c and 53y drew on);
  - the Audio Division's Memorandum Opinion and Order and Notice of Apparent Liability for Forfeiture DA 10-628
    (adopted 12 April, released 13 April 2010) on the application to assign the licence of KQLO(AM), Sun Valley,
    Nevada, from Universal Broadcasting, Inc. (Annabelle Savage, Chapter 7 trustee) to Jireh Media, Inc. (Steven
    Lewis's objection) (the FCC's EDOCS text file on docs.fcc.gov).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: WINU's page site lines ('[ Federal
Communications Commission', ']', 'Audio Services Division --- Mass Media Bureau', 'ASD Decision Document'), the
letterhead, 'In reply refer to: 1800B3-JR', the addressee block (James K. Edmundson, Esquire, and his Washington
address), 'Dear Mr. Edmundson:', the dot leaders (layout) and the section heading 'BACKGROUND/PLEADINGS', as 53c left
WTKS's out; DA 10-628's 'Federal Communications Commission DA 10-628', 'Before the Federal Communications Commission
Washington, D.C. 20554', the caption's ')' column, the heading 'I. INTRODUCTION' and the paragraph number '1.' and the
footnote marker '1', as 53y left FCC 13-71's out. Each text is cut at the last full sentence before the excerpt breaks
off or a footnote's text breaks in: WINU before 'Subsequently, on August 1, 1996, Wheeler f'; DA 10-628 after
paragraph 1 (paragraph 2's first sentence runs into footnote 1's text, '... as an informal objection to 1 On
September 23, 2009, ...', and the excerpt ends inside that footnote). Kept: WINU's date line, its 'In re:' line (its
five lines in one run, as 52r and 53c), then the first paragraph and the next paragraph's first five sentences;
DA 10-628's caption 'In re Application of ...' (its parts in one run, the file and account numbers as written), then
'MEMORANDUM OPINION AND ORDER AND NOTICE OF APPARENT LIABILITY FOR FORFEITURE', the 'Adopted: ... Released: ...' line
(one run, as the excerpt gives it) and 'By the Chief, Audio Division, Media Bureau:', each on its own line, then
paragraph 1. No word added or changed ('(see Footnote 1)', 'See Footnote 2.' and '(see Footnote 3)', the page's
footnote links, kept as written, as 53c kept 'See Footnote 1.'; 'Recission' and 'Rescission', 'Anabelle' and
'Annabelle', 'BTC-960624GF', 'BAPL-960624GF' and 'BTC-960624EA' as written). Per-item notes in `notes`. Excerpts
saved by hand in /tmp/gather54za/src (winu.txt, kqlo.txt); /tmp/gather54za/src/check.py shows each kept paragraph a
run of its excerpt once the left-out parts are taken out. Written before any extractor ran on the texts (newskg was
not run on them).
usage: batch53za.py [POOL_DIR] [--dry]   (default /tmp/gather54za/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54za/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -ai), every "
         "gather script, the notes under /work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (54a-54z "
         "at the last check; none on these matters): ")
R = []

# ---- WIN-You, Ltd. / WINU(AM), Highland: transfer of control to ORTCK Communications, Inc., Wheeler's petition, 1996 --
U1 = ("https://webarchive.library.unt.edu/eot2008/20090508022648/http://www.fcc.gov/mb/audio/decdoc/letter/"
      "1996--10--24--winu.html")
R.append(federal(
 "us-fcc-win-you-winu-am-highland-transfer-of-control-ortck-communications-wheeler-petition-dismissed-letter-1996",
 U1, "1996-10-24",
 "Station WINU(AM), Highland, IL; Transfer of Control",
 "October 24, 1996\n\n"
 "In re: Station WINU(AM), Highland, IL Transfer of Control File No. BTC-960624GF Petition to Deny Request for "
 "Recission\n\n"
 "This concerns: (1) the captioned application to transfer control of WIN-You, Ltd. (\"WIN-You\"), licensee of "
 "Station WINU(AM), Highland, Illinois, from Jack E. Chor (\"Chor\") and Marianna Kasten to ORTCK Communications, "
 "Inc. (\"ORTCK\"); (2) the Petition to Deny filed by David Wheeler (\"Wheeler\") (see Footnote 1); and (3) "
 "Wheeler's August 7, 1996 Request for Rescission. See Footnote 2. For the reasons set forth below, the petition to "
 "deny will be dismissed and the rescission request denied.\n\n"
 "The transfer application appeared on two Public Notices announcing acceptance for filing. Initially, it appeared "
 "June 28, 1996 (Report No. 23770) with the File No. BAPL-960624GF. On July 2, 1996, a second notice (Report No. "
 "23772) referenced File No. BTC-960624EA (see Footnote 3), was issued. Both notices specified the station, "
 "community of license, and parties to the proposed transfer of control. The application was granted July 31, 1996.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Mass Media Bureau, Audio Services Division letter to James K. Edmundson, "
 "Esquire, 'In re: Station WINU(AM), Highland, IL, Transfer of Control, File No. BTC-960624GF, Petition to Deny, "
 "Request for Recission', reference 1800B3-JR, October 24, 1996, US federal government work (public domain); text as "
 "the University of North Texas web archive's copy of the Audio Services Division's decision page holds it, from the "
 "search tool's page store at " + U1,
 "UNT web archive copy of an FCC decision page (search tool page store)",
 "The Audio Services Division's letter of 24 October 1996 (In reply refer to: 1800B3-JR; File No. BTC-960624GF) to "
 "counsel James K. Edmundson on the application to transfer control of WIN-You, Ltd., licensee of WINU(AM), "
 "Highland, Illinois, from Jack E. Chor and Marianna Kasten to ORTCK Communications, Inc., granted on 31 July 1996, "
 "and on David Wheeler's petition to deny (to be dismissed) and his request of 7 August 1996 for rescission of the "
 "grant (to be denied), as the University of North Texas web archive (eot2008 crawl) holds the Division's HTML 'ASD "
 "Decision Document' page; an FCC letter is a US federal work, public domain (batch 15f). One rendering came back. "
 "Left out: the page's site lines ('[ Federal Communications Commission', ']', 'Audio Services Division --- Mass "
 "Media Bureau', 'ASD Decision Document'); the letterhead 'FEDERAL COMMUNICATIONS COMMISSION WASHINGTON, DC 20554'; "
 "'In reply refer to: 1800B3-JR'; the addressee block ('James K. Edmundson, Esquire' and his K Street address, as "
 "53c left its addressee out); 'Dear Mr. Edmundson:'; the dot leaders (layout, as 52r and 53c); the section heading "
 "'BACKGROUND/PLEADINGS' (a heading inside the letter, no sentence). Kept: 'October 24, 1996' (the date line, as 53c "
 "kept WTKS's), the 'In re:' line (its five lines joined in one run, as 52r and 53c), each on its own line; the "
 "first paragraph whole (three sentences, one of them 'See Footnote 2.'); the next paragraph's first five sentences. "
 "Whitespace only: none to join (the page holds each paragraph on one line). Cut before 'Subsequently, on August 1, "
 "1996, Wheeler f' (the excerpt ends inside it) and all after; `truncated`. Kept as written: the straight quotation "
 "marks and apostrophe; '(see Footnote 1)', 'See Footnote 2.', '(see Footnote 3)' (the page's footnote links, words "
 "of the page's text, as 53c kept 'See Footnote 1.'); 'Recission' in the 'In re:' line beside 'Rescission' in the "
 "body; the three file numbers as written ('BTC-960624GF' in the 'In re:' line, 'BAPL-960624GF' and "
 "'BTC-960624EA' in the body -- the letter tells of the notices' differing numbers); the comma before 'was issued'. "
 "`title` is the 'In re:' line without its file number and pleadings, 'IL' as written, a semicolon before "
 "'Transfer of Control' (52r's and 53c's form). In the lane (a transfer of control of a commercial radio licensee to "
 "a company, granted). Found with 'Audio Services Division Decisions 1996 letter In re transfer of control petition "
 "to deny licensee stockholders grant application' (rank 8; the 1997 KRKY(AM)/KRKM(FM) letter came back beside it "
 "as a garbled WordPerfect file). " + CHECK +
 "'WINU', 'WIN-You', 'ORTCK', 'Kasten', 'Jack E. Chor', 'David Wheeler', 'Edmundson', 'BTC-960624', "
 "'BAPL-960624', '1996--10--24', 'Highland, Ill': in no corpus file, GATHERING.md line, script, note or pool "
 "('Chor' only inside other words, 'Wheeler' only as other persons).",
 True))

# ---- Universal Broadcasting, Inc. (Savage, Trustee) -> Jireh Media, Inc.: KQLO(AM), Sun Valley, DA 10-628, 2010 ----
U2 = "https://docs.fcc.gov/public/attachments/DA-10-628A1.txt"
R.append(federal(
 "us-fcc-universal-broadcasting-trustee-savage-jireh-media-kqlo-am-sun-valley-assignment-lewis-objection-order-2010",
 U2, "2010-04-13",
 None,
 "In re Application of Anabelle Savage, Chapter 7 Trustee, Universal Broadcasting, Inc., Assignor, and Jireh Media, "
 "Inc., Assignee For Assignment of License of Station KQLO(AM), Sun Valley, Nevada NAL/Acct. No. MB-201041410009 "
 "Facility ID No. 38456 FRN 0018171942 File No. BAL-20090728ADJ\n\n"
 "MEMORANDUM OPINION AND ORDER AND NOTICE OF APPARENT LIABILITY FOR FORFEITURE\n\n"
 "Adopted: April 12, 2010 Released: April 13, 2010\n\n"
 "By the Chief, Audio Division, Media Bureau:\n\n"
 "We have before us the above-referenced application (the \u201cAssignment Application\u201d) seeking approval for the "
 "proposed assignment of the license of Station KQLO(AM) (\u201cStation\u201d), Sun Valley, Nevada, from Universal "
 "Broadcasting, Inc., Annabelle Savage, Trustee (\u201cSavage\u201d) to Jireh Media, Inc. (\u201cJireh\u201d). On "
 "August 26, 2009, Steven Lewis (\u201cLewis\u201d) filed a pleading captioned \u201cPetition to Deny License "
 "Transfer for KQLO, Reno\u201d (\u201cObjection\u201d).",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division, Memorandum Opinion and Order and Notice of "
 "Apparent Liability for Forfeiture DA 10-628, 'In re Application of Anabelle Savage, Chapter 7 Trustee, Universal "
 "Broadcasting, Inc., Assignor, and Jireh Media, Inc., Assignee, For Assignment of License of Station KQLO(AM), Sun "
 "Valley, Nevada', File No. BAL-20090728ADJ, adopted April 12, 2010, released April 13, 2010, US federal government "
 "work (public domain); text as the FCC's EDOCS text file holds it, from the search tool's page store at " + U2,
 "FCC EDOCS text file (docs.fcc.gov; search tool page store)",
 "The Audio Division's Memorandum Opinion and Order and Notice of Apparent Liability for Forfeiture DA 10-628 "
 "(adopted 12 April, released 13 April 2010; NAL/Acct. No. MB-201041410009; File No. BAL-20090728ADJ) on the "
 "application to assign the licence of KQLO(AM), Sun Valley, Nevada, from Universal Broadcasting, Inc., Annabelle "
 "Savage, Chapter 7 Trustee, to Jireh Media, Inc., and on Steven Lewis's pleading 'Petition to Deny License Transfer "
 "for KQLO, Reno', as the FCC's EDOCS text file holds it (whitespace flattened to single spaces); an FCC order is a "
 "US federal work, public domain (batch 15f). One rendering of the order came back; the same station's renewal "
 "order DA 09-2229 of 16 October 2009 (a docest.com copy, another matter: a late renewal and a $7,000 NAL) came "
 "back beside it and was not taken. Left out: 'Federal Communications Commission DA 10-628'; 'Before the Federal "
 "Communications Commission Washington, D.C. 20554'; the caption's ')' column (layout, no words); the heading 'I. "
 "INTRODUCTION'; the paragraph number '1.'; the footnote marker '1' (after '(\u201cObjection\u201d).'); paragraph "
 "2, whose first sentence ('In this Memorandum Opinion and Order ... we: (1) dismiss Lewis\u2019 pleading as a "
 "petition to deny; (2) grant the pleading as an informal objection to') runs into footnote 1's text ('1 On "
 "September 23, 2009, Savage and Jireh ...') before it ends, the excerpt ending inside that footnote, so no full "
 "sentence of it is left; `truncated`. Kept: the caption 'In re Application of ... File No. BAL-20090728ADJ' in one "
 "run (its 'Assignor,' and 'Assignee' as written, the account, facility, FRN and file numbers as written, as 53y "
 "kept FCC 13-71's caption), then 'MEMORANDUM OPINION AND ORDER AND NOTICE OF APPARENT LIABILITY FOR FORFEITURE', "
 "'Adopted: April 12, 2010 Released: April 13, 2010' (one run, as the excerpt gives it) and 'By the Chief, Audio "
 "Division, Media Bureau:', each on its own line, then paragraph 1 whole (two sentences). `title` null (the text "
 "file has no heading; the caption is kept in the text, as 53z's DA 14-452). Kept as written: 'Anabelle Savage' in "
 "the caption beside 'Annabelle Savage' in the body (the order spells her name both ways); the curly quotation "
 "marks; 'KQLO(AM)'; 'above-referenced'. In the lane (an assignment of a commercial AM licence, pending before the "
 "Division in the kept text). Found with 'Audio Services Division Decisions In re transfer of control Idaho "
 "licensee informal objection deny 1996' (rank 6, not asked for) and 'KQLO Sun Valley Nevada Jireh Media "
 "assignment Universal Broadcasting trustee' (rank 1; one rendering). " + CHECK +
 "'KQLO', 'Jireh', 'Universal Broadcasting', 'Annabelle', 'Anabelle', 'Steven Lewis', 'Sun Valley', "
 "'MB-201041410009', 'BAL-20090728', '10-628', '09-2229': in no corpus file, GATHERING.md line, script, note or pool.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
