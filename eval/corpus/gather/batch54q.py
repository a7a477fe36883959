#!/usr/bin/env python3
"""Batch 54q (session 55, gatherer 54q): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC radio-transaction lane of batches 15f,
43n-49f, 49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v, 52w, 52y, 52zc, 53a,
53g, 53o, 53s, 53y, 53za, 53zd, 53zf, 54c and 54k (50l and 52s null rounds), on three 2002 matters under the interim
local-radio ownership policy that no corpus file holds --
  - the Commission's Memorandum Opinion and Order FCC 02-55 (adopted 14 February, released 19 March 2002; File Nos.
    BALH-20000915ABK and BAL-20000915ABQ) finding grantable the assignment of KCGY(FM), Laramie, Wyoming, from Gowdy
    FM 95, Inc. and of KOWB(AM), Laramie, from Gowdy Family LP to Clear Channel Broadcasting Licenses, Inc. (a
    docslib.org copy; 54k's lead);
  - the Commission's Memorandum Opinion and Order FCC 02-52 (adopted 14 February, released 19 March 2002; File Nos.
    BAL-980910GI and BALH-980910GJ) finding grantable the assignment of WCHR(AM) and WNJO(FM), Trenton, New Jersey,
    from Great Scott Broadcasting to Nassau Broadcasting II, L.L.C. (a docslib.org copy, compared with the FCC's own
    Word conversion; 54k's lead);
  - the Commission's notice in the Federal Register of 21 August 2002 (FR Doc. 02-21339) summarising its Hearing
    Designation Order in MM Docket No. 02-137 (FCC 02-167, adopted 5 June, released 10 July 2002) on the assignment
    of KLFX(FM), Nolanville, Texas, from Sheldon Broadcasting, Ltd. to Clear Channel Broadcasting Licenses, Inc. (as
    federal.elaws.us reproduces it; no heading in the stored page, `title` null).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: docslib's title line, 'Total Page:16' and
'File Type:pdf, Size:1020Kb'; each order's head ('Federal Communications Commission FCC 02-5x Before the Federal
Communications Commission Washington, D.C. 20554 In The Matter of The Applications of') and its caption (kept as
`title`: its ')' column and file numbers dropped, FCC 02-55's two applications joined with '; ', as 54k); the
paragraph number '1.'; FCC 02-55's page header 'Federal Communications Commission FCC 02-55' run into 'the competitive'
/ 'concerns'; the footnote markers ('1' in FCC 02-55, '1' and '2' in FCC 02-52); 'I. INTRODUCTION' and paragraph 2
(the interim-policy orders' standing history, which 52k's KMJI file already holds in the same words) with the
footnote text run into it; the Federal Register page's markers ('-', 'Start Preamble', 'Start Printed Page 54212',
'Start Further Info', 'End Further Info End Preamble Start Supplemental Information'), its field labels ('AGENCY:',
'ACTION:', 'SUMMARY:', 'DATES:', 'ADDRESSES:', 'FOR FURTHER INFORMATION CONTACT:', 'SUPPLEMENTARY INFORMATION:')
and the fields that are no story ('Federal Communications Commission.', 'Notice.', the dates line, the filing
address, the contact's name and telephone number). Each order is cut at the end of paragraph 1; the notice after the
first sentence of its supplementary information (before the full-text availability sentences). Kept: each order's
'MEMORANDUM OPINION AND ORDER', its adoption and release line and its 'By the Commission: ...' line, each on its own
line (52k, 54k), then paragraph 1; the notice's summary and its supplementary information's first sentence, a blank
line between. No word added or changed. Per-item notes in `notes`. The excerpts saved by hand in /tmp/gather55q/src
(laramie.json, trenton.json, trenton2.json, klfx.json, with address and query; save.py wrote them);
/tmp/gather55q/src/check.py shows each kept paragraph a run of its excerpt once the left-out parts are taken out.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch54q.py [POOL_DIR] [--dry]   (default /tmp/gather55q/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55q/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -aciF), every "
         "gather script, the notes under /work/notes/gather5* and the session-55 pools /tmp/gather55*/pool (55a-55l "
         "at the last check; none on these matters): ")
R = []

# ---- KCGY(FM), KOWB(AM), Laramie: Gowdy FM 95 / Gowdy Family LP -> Clear Channel Broadcasting Licenses, FCC 02-55 ----
U1 = "https://docslib.org/download/1958229/federal-communications-commission-fcc-02-55-before-the-federal"
R.append(federal(
 "us-fcc-gowdy-fm-95-gowdy-family-clear-channel-broadcasting-licenses-kcgy-kowb-laramie-assignments-order-2002",
 U1, "2002-03-19",
 "Gowdy FM 95, Inc. (Assignor) and Clear Channel Broadcasting Licenses, Inc. (Assignee) For Consent to the "
 "Assignment of the License of KCGY(FM), Laramie, WY; Gowdy Family LP (Assignor) and Clear Channel Broadcasting "
 "Licenses, Inc. (Assignee) For Consent to the Assignment of the License of KOWB(AM), Laramie, WY",
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: February 14, 2002 Released: March 19, 2002\n\n"
 "By the Commission: Chairman Powell and Commissioners Abernathy, Copps and Martin issuing separate statements.\n\n"
 "In this order, we consider the above-captioned applications of Clear Channel Broadcasting Licenses, Inc., a "
 "wholly owned subsidiary of Clear Channel Communications, Inc. (\u201cClear Channel\u201d) to acquire the license "
 "of station KCGY(FM), Laramie, Wyoming from Gowdy FM 95, Inc., and the license of station KOWB(AM), Laramie, "
 "Wyoming from Gowdy Family LP (File Nos. BAL/BALH- 20000915ABK, ABQ). The sellers are related entities with common "
 "principals. These applications were uncontested. Because these applications were pending when we adopted the "
 "Notice of Proposed Rulemaking in MM Docket No. 01-317 (\u201cLocal Radio Ownership NPRM\u201d), we resolve the "
 "competitive concerns raised by these applications pursuant to the interim policy adopted in that notice. After "
 "reviewing the record, we find that grant of these applications is consistent with the public interest.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, 'In The Matter of The Applications of Gowdy FM 95, Inc. (Assignor) and "
 "Clear Channel Broadcasting Licenses, Inc. (Assignee) For Consent to the Assignment of the License of KCGY(FM), "
 "Laramie, WY And Gowdy Family LP (Assignor) and Clear Channel Broadcasting Licenses, Inc. (Assignee) For Consent to "
 "the Assignment of the License of KOWB(AM), Laramie, WY', Memorandum Opinion and Order FCC 02-55, File Nos. "
 "BALH-20000915ABK and BAL-20000915ABQ, adopted February 14, 2002, released March 19, 2002, US federal government "
 "work (public domain); text as docslib.org's copy of the FCC's document holds it, from the search tool's page "
 "store at " + U1,
 "docslib.org copy of an FCC order (search tool page store)",
 "The Commission's Memorandum Opinion and Order FCC 02-55 adopted 14 February and released 19 March 2002 "
 "(BALH-20000915ABK; BAL-20000915ABQ) on the applications to assign the licences of KCGY(FM), Laramie, Wyoming, "
 "from Gowdy FM 95, Inc., and of KOWB(AM), Laramie, from Gowdy Family LP to Clear Channel Broadcasting Licenses, "
 "Inc., a wholly owned subsidiary of Clear Channel Communications, Inc. (one of the five interim-policy orders "
 "the FCC's news release nrmm0204 of the same day lists: 54k's lead 'FCC 02-55 LARAMIE, WY'), as docslib.org's "
 "text extraction of the FCC's document holds it (the download address, docslib's own form of it); an FCC order is "
 "a US federal work, public domain (batch 15f; 51j's, 52k's and 54k's docslib copies). `published` is the release "
 "day (as 52k's KMJI and 54k's FCC 02-62; **doubtful**: a reader may take the adoption day). One stored rendering "
 "came back (twice, for two queries; no docs.fcc.gov conversion of FCC 02-55 came back). Left out: the head "
 "'Federal Communications Commission FCC 02-55 Before the Federal Communications Commission Washington, D.C. 20554' "
 "and 'In The Matter of The Applications of'; the caption (kept as `title`: its ')' column and the file lines "
 "dropped, '(Assignor)' and '(Assignee)' kept, the two applications joined with '; ' where the caption has 'And'); "
 "the paragraph number '1.'; the page header 'Federal Communications Commission FCC 02-55' that the extraction runs "
 "in between 'we resolve the competitive' and 'concerns raised' (taken out, the sentence joined with one space); the "
 "footnote marker '1' (after '... adopted in that notice.'); 'I. INTRODUCTION' and paragraph 2 (its first sentence "
 "'For much of its history, the Commission has sought ...' is the interim-policy orders' standing history, word for "
 "word in 52k's KMJI file; its second breaks off at 'in acco' with the excerpt). Kept: 'MEMORANDUM OPINION AND "
 "ORDER', the adoption and release line and the 'By the Commission: ...' line, each on its own line (52k, 54k), then "
 "paragraph 1 whole (six sentences); `truncated`. Kept as written: '(File Nos. BAL/BALH- 20000915ABK, ABQ)' with "
 "the space after 'BALH-' (docslib's text has it; a file number inside the sentence, left as it stands), the curly "
 "quotation marks, 'wholly owned', 'Gowdy Family LP', 'MM Docket No. 01-317'. In the lane (an FCC order naming two "
 "stations, their assignors, the assignee licensee and its parent, and four Commissioners, 2002). Found with "
 "'Laramie radio market Commission order 2002 assignment licenses KOWB KCGY KRQU competitive concerns' (rank 3) "
 "and 'Gowdy FM 95 Clear Channel Broadcasting Licenses KCGY Laramie memorandum opinion and order' (rank 1). "
 + CHECK + "'KCGY', 'KOWB', 'Gowdy', 'Laramie, Wyoming', '20000915', '1958229': in no corpus file, GATHERING.md "
 "line, script, note or pool; 'Laramie' and '02-55' only in the notes of 54k's WUMX release (train), which name "
 "this order among the release's left-out link lines; 'Clear Channel Broadcasting Licenses' and 'Clear Channel "
 "Communications' in corpus files only for other stations and applications (KMJI(FM) 52k, KAYD-FM's footnote 51zd, "
 "54k's Columbus stations, WOR and others).",
 True))

# ---- WCHR(AM), WNJO(FM), Trenton: Great Scott Broadcasting -> Nassau Broadcasting II, FCC 02-52 ----
U2 = ("https://docslib.org/doc/5630553/federal-communications-commission-fcc-02-52-before-the-federal-communications-"
      "commission-washington-d-c-20554-in-the-matter-o")
R.append(federal(
 "us-fcc-great-scott-broadcasting-nassau-broadcasting-ii-wchr-wnjo-trenton-assignments-order-2002",
 U2, "2002-03-19",
 "Great Scott Broadcasting, Assignor and Nassau Broadcasting II, L.L.C., Assignee For Consent to Assignment of "
 "Licenses of WCHR(AM), Trenton, NJ, and WNJO(FM), Trenton, NJ",
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: February 14, 2002 Released: March 19, 2002\n\n"
 "By the Commission: Chairman Powell and Commissioners Abernathy and Martin issuing separate statements; "
 "Commissioner Copps dissenting and issuing a statement.\n\n"
 "In this order, we consider the above-captioned applications of Nassau Broadcasting II, L.L.C. (\u201cNassau\u201d) "
 "to acquire the licenses of stations WCHR(AM) and WNJO(FM), Trenton, New Jersey from Great Scott Broadcasting "
 "(\u201cGreat Scott\u201d). Because these applications were pending when we adopted the Notice of Proposed "
 "Rulemaking in MM Docket No. 01-317 (\u201cLocal Radio Ownership NPRM\u201d), we resolve the competitive concerns "
 "raised by these applications pursuant to the interim policy adopted in that notice. After reviewing the record, "
 "we find that grant of these applications is consistent with the public interest.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, 'In The Matter of The Applications of Great Scott Broadcasting, Assignor "
 "and Nassau Broadcasting II, L.L.C., Assignee For Consent to Assignment of Licenses of WCHR(AM), Trenton, NJ, and "
 "WNJO(FM), Trenton, NJ', Memorandum Opinion and Order FCC 02-52, File Nos. BAL-980910GI and BALH-980910GJ, adopted "
 "February 14, 2002, released March 19, 2002, US federal government work (public domain); text as docslib.org's "
 "copy of the FCC's document holds it, from the search tool's page store at " + U2,
 "docslib.org copy of an FCC order (search tool page store)",
 "The Commission's Memorandum Opinion and Order FCC 02-52 adopted 14 February and released 19 March 2002 "
 "(BAL-980910GI; BALH-980910GJ) on the applications to assign the licences of WCHR(AM) and WNJO(FM), Trenton, New "
 "Jersey, from Great Scott Broadcasting to Nassau Broadcasting II, L.L.C. (54k's lead 'FCC 02-52 TRENTON, NJ'), as "
 "docslib.org's text extraction of the FCC's document holds it; an FCC order is a US federal work, public domain "
 "(batch 15f; 52k's and 54k's docslib copies). `published` is the release day (as 54k's FCC 02-62; **doubtful**: "
 "a reader may take the adoption day). Two renderings came back for the one query: (a) docslib.org (this address); "
 "(b) the FCC's own text file https://docs.fcc.gov/public/attachments/FCC-02-52A1.txt, a Word conversion ('*Pages "
 "1--26 from Microsoft Word - 15944*') with spaces inside names and marks ('L. L. C.', 'WCHR( AM)', '(\u201c "
 "Nassau\u201d)', 'above- captioned', 'MM Docket No. 01- 317'). Compared (saved as trenton.json and "
 "trenton2.json): spaces aside, the two agree word for word in the kept part and in the caption. Text from (a), "
 "which keeps no conversion spaces (as 54k). Left out: docslib's title line ('Federal Communications Commission "
 "FCC 02-52 Before the Federal Communications Commission Washington, D.C. 20554 in the Matter O'), 'Total Page:16', "
 "'File Type:pdf, Size:1020Kb'; the head 'Federal Communications Commission FCC 02-52 Before the Federal "
 "Communications Commission Washington, D.C. 20554' and 'In The Matter of The Applications of'; the caption (kept "
 "as `title` in (b)'s order, where the file numbers stand apart: in (a) the ')' column runs the parties' 'and' in "
 "with 'File Nos. BAL-980910GI and ) and BALH-980910GJ'; 'Assignor' and 'Assignee' kept); the paragraph number "
 "'1.'; the footnote markers '1' (after '(\u201cNassau\u201d)') and '2' (after '... adopted in that notice.'); "
 "'I. INTRODUCTION' and paragraph 2 (the interim-policy orders' standing history, word for word in 52k's KMJI "
 "file; its third sentence runs into footnote 1's text, which (a) breaks off at 'the proposed assi' and (b) gives "
 "whole: 'Prior to an amendment dated June 7, 2000, the proposed assignee was Nassau Broadcasting Partners, L. P., "
 "an affiliate of Nassau.' -- a footnote, not kept). Kept: 'MEMORANDUM OPINION AND ORDER', the adoption and release "
 "line and the 'By the Commission: ...' line, each on its own line, then paragraph 1 whole (three sentences); "
 "`truncated`. Kept as written: the curly quotation marks, 'L.L.C.', 'MM Docket No. 01-317'. In the lane (an FCC "
 "order naming two stations, their assignor and the assignee, and four Commissioners, 2002). Found with 'Great "
 "Scott Broadcasting Nassau WCHR Trenton Arbitron Metro radio advertising revenue share petition to deny' (ranks 3 "
 "and 4); plain party-name queries ('Great Scott Broadcasting Nassau Broadcasting WCHR WNJO Trenton assignment "
 "interim policy') gave only trade-press and Wikipedia pages. " + CHECK + "'WCHR', 'WNJO', 'Great Scott', "
 "'Nassau Broadcasting', '980910', '5630553', 'Trenton, New Jersey': in no corpus file or script; GATHERING.md and "
 "the notes name them only in 54k's not-used and leads lines (and 53l's not-used 'WCHR-FM FCC 01-377', another "
 "station and order); 'Trenton, NJ' and '02-52' only in the notes of 54k's WUMX release (train), which name this "
 "order among the release's left-out link lines.",
 True))

# ---- KLFX(FM), Nolanville: Sheldon Broadcasting -> Clear Channel Broadcasting Licenses, hearing designation, FR ----
U3 = "http://federal.elaws.us/fr/8/21/2002/02-21339"
R.append(federal(
 "us-fcc-federal-register-sheldon-broadcasting-clear-channel-broadcasting-licenses-klfx-fm-nolanville-hearing-"
 "designation-2002",
 U3, "2002-08-21", None,
 "In this document, the FCC designates the application to assign the license of radio station KLFX(FM), "
 "Nolanville, Texas, from Sheldon Broadcasting, Ltd. (\u201cSheldon\u201d to Clear Channel Broadcasting Licenses, "
 "Inc. (\u201cClear Channel\u201d). The Commission cannot find, based on the record, that grant of this application "
 "is consistent with the public interest, convenience, and necessity. Accordingly, pursuant to 47 U.S.C. 309(e), "
 "the Commission designates the application for hearing to determine whether the public interest, convenience, and "
 "necessity will be served by grant of the application.\n\n"
 "This is a summary of the Federal Communications Commission's Hearing Designation Order, MM Docket No. 02-137, "
 "adopted on June 5, 2002 and released on July 10, 2002.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, notice in the Federal Register summarising the Hearing Designation Order "
 "in MM Docket No. 02-137 on the application to assign the license of KLFX(FM), Nolanville, Texas, from Sheldon "
 "Broadcasting, Ltd. to Clear Channel Broadcasting Licenses, Inc. (FR Doc. 02-21339; no heading in the stored "
 "page), August 21, 2002, US federal government work (public domain); text as federal.elaws.us reproduces the "
 "notice, from the search tool's page store at " + U3,
 "Federal Register notice as federal.elaws.us reproduces it (search tool page store)",
 "The Commission's notice in the Federal Register of 21 August 2002 (FR Doc. 02-21339; printed page 54212 begins "
 "inside it; the day from the address, kept as `published`) summarising its Hearing Designation Order in MM Docket "
 "No. 02-137 (adopted 5 June, released 10 July 2002; FCC 02-167 per the order's own copy) that sets for hearing "
 "the application to assign KLFX(FM), Nolanville, Texas, from Sheldon Broadcasting, Ltd. to Clear Channel "
 "Broadcasting Licenses, Inc., as federal.elaws.us reproduces it; a Federal Register notice of an agency is a US "
 "federal work, public domain (federal.elaws.us copies as in batches 21c and 40zk). One stored rendering came back "
 "(twice, for two queries). No heading in the stored page (`title` null, as 54k's WUMX release; the notice's own "
 "heading is not in the excerpt). Left out: the page's markers ('-', 'Start Preamble', 'Start Printed Page 54212', "
 "'Start Further Info', 'End Further Info End Preamble Start Supplemental Information'); the field labels "
 "('AGENCY:', 'ACTION:', 'SUMMARY:', 'DATES:', 'ADDRESSES:', 'FOR FURTHER INFORMATION CONTACT:', 'SUPPLEMENTARY "
 "INFORMATION:'); the fields that tell no story: 'Federal Communications Commission.' (agency), 'Notice.' (action), "
 "'See SUPPLEMENTARY INFORMATION section for document filing dates.', the filing address (the Enforcement Bureau's "
 "Investigations and Hearing Division, Room 3-B431, 445 12th Street, SW.) and the contact (Charles W. Kelley, its "
 "Chief, and his telephone number: a name and number, as 54k left out the release's media contacts). Kept: the "
 "summary (three sentences) and the supplementary information's first sentence, a blank line between. Cut after "
 "that sentence, before 'The full text is available for inspection and copying ...' (the availability sentences "
 "name the Reference Information Center's room, the copy contractor Qualex International with its address, "
 "telephone, facsimile and e-mail, and an index address split by a space, 'Document_ Indexes'; the excerpt then "
 "breaks off at 'Martha Contee at (20'); `truncated`. Kept as written: '(\u201cSheldon\u201d to' without its "
 "closing parenthesis (the notice's slip, as the host prints it), the curly quotation marks, '47 U.S.C. 309(e)', "
 "'Federal Communications Commission's' (straight apostrophe), 'MM Docket No. 02-137'. In the lane (the "
 "Commission's action on a radio licence assignment under the interim policy: assignor, assignee and station "
 "named). One text per matter: the order itself (docslib.org 6173221, 'By the Commission', FCC 02-167) came back "
 "for the second query, but its paragraph 1 is the standing four-sentence opening of the 2002 hearing designation "
 "orders (nearly the same words, names aside, as FCC 02-246's KCOL-FM order, which also came back; GATHERING.md gives "
 "51zd's Hilco/KAYD-FM file, test, the same four-sentence paragraph 1, whose text was not read), so the Federal "
 "Register summary, another form, was taken (54k's note on FCC 02-245); the Broadcasting & Cable story of 10 July 2002 on nexttv.com (not an open licence; it spells the "
 "call sign 'KFLX') not used. Found with 'FCC designates for hearing Clear Channel KFLX Nolanville Sheldon "
 "Broadcasting Killeen-Temple' (rank 6) and 'Sheldon Broadcasting KLFX Nolanville Clear Channel hearing designation "
 "order MM Docket 02-137' (rank 1). " + CHECK + "'KLFX', 'Sheldon Broadcasting', 'Nolanville', '02-137', "
 "'02-167', '02-21339', '20010813', '6173221': in no corpus file, GATHERING.md line, script, note or pool.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
