#!/usr/bin/env python3
"""Batch 51e (session 52, gatherer 51e): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a forty-third round in the FCC transaction lane of batches 15f, 43n-49f,
49j, 49m, 50c, 50f and 50i (50l a null round), on three FCC texts no corpus file holds --
  - the Enforcement Bureau's order DA 12-1728 of 2 November 2012 ending, at the request of AT&T Services, Inc., the
    obligations of the Ameritech Operating Companies and their wholly-owned subsidiary Ameritech Services, Inc. under
    the 1995 consent decree on their affiliate transactions (the fcc.gov document page, 50i's page shape);
  - the Commission's Order and Memorandum Opinion and Order FCC 17-161 of 6 December 2017 adopting a consent decree
    with Budd Broadcasting Co., Inc., licensee of WFXU(TV), Live Oak, Florida, and granting the assignment of the
    licences of WFXU and WUFX-LD, Tallahassee, from Budd to Gray Television Licensee, LLC (docs.fcc.gov EDOCS text);
  - the Media Bureau's letter DA 17-387 of 24 April 2017 granting the assignment of the licences of WDTV(TV), Weston,
    and WVFX(TV), Clarksburg, West Virginia, from subsidiaries of Withers Broadcasting Company to subsidiaries of Gray
    Television, LLC (a docsbay.net copy, footnote markers set apart as '[n]').
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the pages' own lines, letterheads,
headers, captions (kept as `title`), file and facility lines, addressee blocks and salutation, paragraph numbers,
every footnote marker and all footnote text; each text is cut at the last full sentence before the excerpt breaks off
or footnote text begins. Kept: the DA or FCC number with the date, or the order's name, the adoption and release
line and the 'By the ...' line, each on its own line, the 'Re:' line (as 43n), headings as written, then the body's
sentences, the pages' line wraps joined (whitespace only). No word added or changed. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51e.py [POOL_DIR] [--dry]   (default /tmp/gather52e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52e/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-52 pools /tmp/gather52*/pool (52a, 52c, 52d and "
         "52f at the last check, none on these matters): ")
R = []

# ---- Ameritech Operating Companies / Ameritech Services, Inc., Enforcement Bureau order DA 12-1728, 2 November 2012 --
U1 = "http://www.fcc.gov/document/ameritech-operating-companies?contrast=highContrast"
R.append(federal(
 "us-fcc-ameritech-operating-companies-ameritech-services-att-consent-decree-terminated-order-2012",
 U1, "2012-11-02",
 "Ameritech Operating Companies: Request to Terminate Consent Decree",
 "ORDER\n\n"
 "Adopted: November 2, 2012 Released: November 2, 2012\n\n"
 "By the Chief, Enforcement Bureau\n\n"
 "I. INTRODUCTION\n\n"
 "In 1995, the Commission, the Public Utilities Commission of Ohio (Ohio Commission), the Public Service Commission "
 "of Wisconsin (Wisconsin Commission), and the Ameritech Operating Companies (AOCs) executed a Consent Decree "
 "regarding transactions between the AOCs and their wholly-owned subsidiary, Ameritech Services, Inc. (ASI). In this "
 "Order, in response to a request filed by AT&T Services, Inc. (AT&T), we terminate the AOCs\u2019 and ASI\u2019s "
 "obligations to the Commission under that Consent Decree.\n\n"
 "II. BACKGROUND\n\n"
 "The 1995 Consent Decree resulted from a joint Commission and state public service commission audit of affiliate "
 "transactions between the AOCs and ASI. That audit sought to assess whether the AOCs had complied with the "
 "Commission\u2019s affiliate transactions rules in connection with their transactions with ASI. The joint auditors "
 "found that ASI had been unable to provide documentation substantiating the accounting and cost allocation data that "
 "ASI had provided to the AOCs in connection with certain of those transactions and that the AOCs had used in seeking "
 "to implement the Commission\u2019s accounting, cost allocation, and affiliate transactions rules.",
 "telecoms", "regulatory,ownership",
 "U.S. Federal Communications Commission, Enforcement Bureau, Order DA 12-1728, 'In the Matter of Ameritech Operating "
 "Companies, Request to Terminate Consent Decree', FRN No. 0020572830, adopted and released November 2, 2012, US "
 "federal government work (public domain); text as the fcc.gov document page holds it, from the search tool's page "
 "store at " + U1,
 "fcc.gov document page (search tool page store)",
 "The Enforcement Bureau's order of 2 November 2012 (DA 12-1728) terminating the obligations of the Ameritech "
 "Operating Companies and Ameritech Services, Inc. under the 1995 consent decree, as the fcc.gov document page holds "
 "it (50i's page shape: the order's lines as the page sets them, footnote markers as bare digits, the excerpt "
 "breaking off at the first page's foot, inside footnote 1); an FCC order is a US federal work, public domain (batch "
 "15f). Two other copies came back (transition.fcc.gov/eb/Orders/2012/DA-12-1728A1.html, breaking off in paragraph "
 "2's third sentence; apps.fcc.gov DA-12-1728A1.txt, one run of text with the footnotes run in): the fcc.gov page "
 "gives the longest clean run. Left out: the page's own lines ('Skip Navigation', 'Federal Communications "
 "Commission', 'English Display Options', 'Commission Document', its heading 'Ameritech Operating Companies', "
 "'Download Options', 'Released: November 2, 2012'); the header 'Federal Communications Commission', 'DA 12-1728', "
 "'Before the Federal Communications Commission Washington, D.C. 20554'; the caption 'In the Matter of Ameritech "
 "Operating Companies ... Request to Terminate Consent Decree' with its ')' column (kept as `title`, joined with "
 "': ') and 'FRN No.: 0020572830'; the paragraph numbers '1.' and '2.'; the footnote markers '1' (after '(ASI).'), "
 "'2' (after '(AT&T),'), '3' (after '... under that Consent Decree.'), '4' (after '... transactions with ASI.') and "
 "'5' (after '... affiliate transactions rules.'). Kept: 'ORDER', the adoption and release line (two page lines on "
 "one, as 50f's TelCove order), 'By the Chief, Enforcement Bureau' and the headings 'I. INTRODUCTION' and 'II. "
 "BACKGROUND' (number and word on one line each), each on its own line, then paragraph 1 whole and three sentences "
 "of paragraph 2, line wraps joined (whitespace only). Cut after '... affiliate transactions rules.', before the "
 "sentence the page breaks off inside at its foot ('The Consent Decree addressed this substantiation problem by "
 "requiring that ASI follow a series of specific documentation and document'), and footnote 1 ('See Ameritech, FCC "
 "95-223, Consent Decree Order, 10 FCC Rcd 13846 (1995) ... The AOCs are Illinois Bell Telephone Company, I'), "
 "whose text (the five AOCs and 'These companies are now wholly-owned subsidiaries of AT&T Inc.', as the .txt copy "
 "shows) is not in the kept text; `truncated`. Kept as written: '(Ohio Commission)', '(Wisconsin Commission)', "
 "'(AOCs)', '(ASI)', '(AT&T)', 'wholly-owned', 'Consent Decree' capitalised, the curly apostrophes. In the lane (an "
 "FCC consent-decree order naming carriers and their wholly-owned subsidiary, 2012). One text per matter. Found with "
 "'This document pretains to ITC-T/C for Transfer of Control consent decree Enforcement Bureau' (the transition.fcc.gov "
 "copy, rank 7) and 'Ameritech Operating Companies Request to Terminate Consent Decree Ameritech Services wholly-owned "
 "subsidiary AT&T Services' (this page, rank 1). " + CHECK +
 "'12-1728', 'Ameritech Services', 'Ameritech Operating', '0020572830', '95-223', 'AT&T Services', 'Wisconsin Bell': "
 "in no corpus file, GATHERING.md line, script, note or pool; 'Illinois Bell' (footnote only, not kept) in one dev "
 "file on another matter (an SEC case); 'Ameritech' in dev us-fcc-sbc-ameritech-merger-conditions-advanced-services-"
 "public-notice-2000 (44v: the SBC/Ameritech merger, another matter) and wp-magyar-telekom (Ameritech International "
 "as a partner): neither on this consent decree.",
 True))

# ---- Budd Broadcasting Co., Inc. (WFXU(TV)) consent decree / assignment to Gray Television Licensee, LLC, FCC 17-161 --
U2 = "https://docs.fcc.gov/public/attachments/FCC-17-161A1.txt"
R.append(federal(
 "us-fcc-budd-broadcasting-wfxu-gray-television-licensee-consent-decree-assignment-order-2017",
 U2, "2017-12-06",
 "Budd Broadcasting Co., Inc., Licensee of Station WFXU(TV), Live Oak, Florida; Budd Broadcasting Co., Inc. "
 "(Assignor) and Gray Television Licensee, LLC (Assignee), For Assignment of License of Stations WFXU(TV), Live Oak, "
 "Florida, WUFX-LD, Tallahassee, Florida",
 "ORDER AND MEMORANDUM OPNION AND ORDER\n\n"
 "Adopted: December 5, 2017 Released: December 6, 2017\n\n"
 "By the Commission:\n\n"
 "In this consolidated Order and Memorandum Opinion and Order, we: (1) adopt the attached Consent Decree entered into "
 "between the Commission and Budd Broadcasting Co., Inc. (Budd), the licensee of television station WFXU(TV), Live "
 "Oak, Florida (Station), which resolves issues raised in our review of the above-captioned application for renewal "
 "of the Station\u2019s license; and (2) grant the above-referenced, uncontested application for consent to "
 "assignment of the licenses of WFXU and associated low power television station WUFX-LD, Tallahassee, Florida "
 "(collectively, the Stations), from Budd to Gray Television Licensee, LLC (Gray), conditioned upon grant of the "
 "license renewal application and Gray\u2019s compliance with the terms of the Consent Decree, in particular the "
 "negotiated Compliance Plan. In connection with the assignment application, we grant a \u201cfailing station\u201d "
 "waiver of the local television ownership rule, pursuant to Note 7 of Section 73.3555 of the Commission\u2019s "
 "rules (Rules), to permit common ownership of WFXU and WCTV(TV), Thomasville, Georgia.",
 "broadcasting/television", "deal,regulatory",
 "U.S. Federal Communications Commission, Order and Memorandum Opinion and Order FCC 17-161, 'In the Matter of Budd "
 "Broadcasting Co., Inc., Licensee of Station WFXU(TV), Live Oak, Florida; In the Matter of Budd Broadcasting Co., "
 "Inc. (Assignor) and Gray Television Licensee, LLC (Assignee), For Assignment of License of Stations WFXU(TV), Live "
 "Oak, Florida, WUFX-LD, Tallahassee, Florida', adopted December 5, 2017, released December 6, 2017, US federal "
 "government work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's "
 "page store at " + U2,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The Commission's Order and Memorandum Opinion and Order of 6 December 2017 (FCC 17-161) adopting the consent decree "
 "with Budd Broadcasting Co., Inc. over the licence renewal of WFXU(TV) and granting the assignment of the licences "
 "of WFXU and WUFX-LD from Budd to Gray Television Licensee, LLC, as the FCC's own plain-text attachment "
 "FCC-17-161A1.txt holds it (one run of text, the caption's ')' column in a row, footnote marker '1' spaced off); an "
 "FCC order is a US federal work, public domain (batch 15f). Left out: the header 'Federal Communications Commission "
 "FCC 17-161 Before the Federal Communications Commission Washington, D.C. 20554'; the two-part caption (kept as "
 "`title`, its two 'In the Matter of' dropped, its parts joined with '; ' and ', ') with its ')' column; the file "
 "lines 'File No.: BRCDT - 20120925ACP Facility ID No. 22245 Acct. No.: 201541420016 FRN No: 0005846795 File No. "
 "BALCDT-20170707AAI Fac. ID No. 22245 Fac. ID No. 187680'; the paragraph number '1.'; the footnote marker ' 1' "
 "(after '(Rules),'). Kept: the order's name as written ('ORDER AND MEMORANDUM OPNION AND ORDER', the page's "
 "misspelling kept), the adoption and release line and 'By the Commission:', each on its own line, then paragraph "
 "1's first two sentences. Cut after '... WCTV(TV), Thomasville, Georgia.', before the sentence the excerpt breaks "
 "off inside ('We also grant a temporary waiver of the main studio rule to permit the request for co-location of "
 "WFXU and WCTV(TV) for a period of six months or until elimination of the main studio rule becomes effective, "
 "whi'), and all after it; `truncated`. Kept as written: 'Budd Broadcasting Co., Inc. (Budd)', '(Station)', "
 "'(collectively, the Stations)', '(Gray)' for Gray Television Licensee, LLC, '(Rules)', the curly quotation marks "
 "and apostrophes. In the lane (an FCC consent decree with a named licensee and a granted assignment of its named "
 "stations to a named buyer, 2017). One text per matter. Found with 'Enforcement Bureau order consent decree "
 "broadcast licensee parent company transfer of control without Commission consent 2014 2015' (rank 7) and 'Budd "
 "Broadcasting WFXU Live Oak Florida consent decree assignment Gray Television Licensee failing station waiver WCTV "
 "Thomasville' (rank 1). " + CHECK +
 "'Budd Broadcasting', '17-161', 'WFXU', 'WUFX', 'WCTV': in no corpus file, GATHERING.md line, script, note or pool "
 "(the call signs only as byte strings inside model files under /work/notes); 'Gray Television' in two train files "
 "on other matters (us-doj-gray-raycom-divest-stations-nine-markets-2018, Gray/Raycom; us-fcc-gray-television-"
 "meredith-assignment-of-licenses-letter-2021, Gray/Meredith, 43n); 'Live Oak' in three NPS Gulf Islands "
 "report files (by file name; GATHERING.md has the Naval Live Oaks site: other matters, no station).",
 True))

# ---- Withers Broadcasting Company's WDTV(TV) and WVFX(TV) -> Gray Television, LLC, Media Bureau letter DA 17-387 -----
U3 = "https://docsbay.net/Withers-Broadcasting-Company"
R.append(federal(
 "us-fcc-withers-broadcasting-gray-television-wdtv-wvfx-assignment-of-licenses-letter-2017",
 U3, "2017-04-24",
 "Application for Consent to Assignment of Licenses WDTV(TV), Weston, WV, and WVFX(TV), Clarksburg, WV",
 "DA 17-387 Released: April 24, 2017\n\n"
 "Re: Application for Consent to Assignment of Licenses WDTV(TV), Weston, WV, Facility ID No. 70592, File No. "
 "BALCDT-20160518ABL, WVFX(TV), Clarksburg, WV, Facility ID No. 10976, File No. BALCDT-20160518ABO\n\n"
 "By this letter we grant the above-captioned uncontested license assignment applications (the \u201cApplications\u201d) "
 "for the licenses of television broadcast stations WDTV(TV), Weston, West Virginia, and WVFX(TV), Clarksburg, West "
 "Virginia (the \u201cStations\u201d) from subsidiaries of Withers Broadcasting Company (\u201cWithers\u201d) to "
 "subsidiaries of Gray Television, LLC (\u201cGray\u201d). In connection with the sale, we also grant the "
 "Applicants\u2019 request for a waiver of Section 73.3555(b), the local television multiple ownership rule, to permit "
 "Gray\u2019s common ownership of the Stations based on WVFX(TV)\u2019s status as a \u201cfailing station.\u201d\n\n"
 "Background. WDTV(TV), a CBS affiliate, and WVFX(TV), a Fox affiliate, are both located in the Clarksburg-Weston, "
 "West Virginia Nielsen Designated Market Area (\u201cDMA\u201d). The Stations are licensed to subsidiaries of "
 "Withers -- Withers Broadcasting Company of West Virginia is the current licensee of WDTV(TV), and Withers "
 "Broadcasting Company of Clarksburg, LLC is the current licensee of WVFX(TV). Withers has owned and operated "
 "WVFX(TV) since 2008 pursuant to a \u201cfailing station\u201d waiver. The proposed assignee for both stations is "
 "Gray Television Licensee, LLC, a subsidiary of Gray.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau letter DA 17-387, 'Re: Application for Consent to Assignment "
 "of Licenses WDTV(TV), Weston, WV ... WVFX(TV), Clarksburg, WV', April 24, 2017, US federal government work (public "
 "domain); text as the docsbay.net copy holds it, from the search tool's page store at " + U3,
 "docsbay.net copy of an FCC letter (search tool page store)",
 "The Media Bureau's letter of 24 April 2017 (DA 17-387) granting the assignment of the licences of WDTV(TV), "
 "Weston, and WVFX(TV), Clarksburg, West Virginia, from subsidiaries of Withers Broadcasting Company to subsidiaries "
 "of Gray Television, LLC, as the docsbay.net copy holds it (the letter's lines as the FCC's Word file sets them, "
 "footnote markers set apart as '[1]', '[2]', the footnotes' text at the document's end, past the excerpt; the "
 "shape of 43n's and 47j's docsbay.net copies); an FCC letter is a US federal work, public domain (batch 15f). Left out: the "
 "addressee block ('Withers Broadcasting Company c/o Dawn M. Sciarrino, Esq. Sciarrino & Shubert, PLLC 4601 N. "
 "Fairfax Drive Suite 1200 Arlington, VA 22203 Gray Television, LLC c/o Henry Wendel, Esq. Cooley LLP 1299 "
 "Pennsylvania Ave., NW Suite 700 Washington, DC 20004'), the salutation 'Dear Counsel:', the footnote markers '[1]' "
 "(after '\u201cfailing station.\u201d') and '[2]' (after '... \u201cfailing station\u201d waiver.'). Kept: 'DA "
 "17-387' and 'Released: April 24, 2017' (two page lines on one, as 43n's 'DA 21-1426 Released: November 12, "
 "2021'), the 'Re:' line (its two page lines joined, as 43n kept Gray/Meredith's 'Re:' line), each on its own line, "
 "then the body's first two paragraphs as the page breaks them, the run-in heading 'Background.' kept as written. "
 "Cut after '... a subsidiary of Gray.', before the paragraph the excerpt breaks off inside ('Discussion. The Local "
 "Television Ownership Rule allows an entity to own two television stations licensed in the same Nielsen Designated "
 "Market Area (\u201cDMA\u201d or \u201cmarket\u201d) that have digital noise limited service contour overlap if: "
 "(1) at lea'), and all after it; `truncated`. `title` is the 'Re:' line without its facility and file numbers. "
 "Kept as written: '(\u201cWithers\u201d)', '(\u201cGray\u201d)', '(the \u201cStations\u201d)', 'Withers -- Withers' "
 "with its double hyphen, 'WV' beside 'West Virginia', the curly quotation marks and apostrophes. In the lane (an "
 "FCC grant naming the sellers' subsidiaries, the buyer's subsidiary and the stations, 2017). One text per matter. "
 "Found with 'Budd Broadcasting WFXU Live Oak Florida consent decree assignment Gray Television Licensee failing "
 "station waiver WCTV Thomasville' (rank 3). " + CHECK +
 "'Withers', 'WDTV', 'WVFX', '17-387', 'BALCDT-20160518': in no corpus file, GATHERING.md line, script, note or pool "
 "(the call signs only as byte strings inside model files under /work/notes); 'Gray Television' in two train files "
 "on other matters (Gray/Raycom, Gray/Meredith, above) and in this round's Budd text (another matter).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
