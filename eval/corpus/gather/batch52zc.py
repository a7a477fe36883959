#!/usr/bin/env python3
"""Batch 52zc (session 53, gatherer 52zc): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC transaction lane of batches 15f, 43n-49f, 49j,
49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v, 52w and 52y (50l and 52s null
rounds), on two commercial radio assignments of 2005 and 2013 no corpus file holds --
  - the Audio Division's letter DA 05-2270 dated 11 August 2005 (reference 1800B3-BSH; File Nos. BAL-20031002AAZ and
    BALH-20031002AAY, -ABA, -ABB, -ABC) on the applications to assign the licences of five Hawaii stations, KKON(AM)
    Kealakekua, KPVS(FM) Hilo, KLUA(FM) Kailua Kona, KAPA(FM) Hilo and KAGB(FM) Waimea, from Big Island Radio to
    Pacific Radio Group, Inc., against which Hilo Broadcasting, L.L.C. (KHBC(AM)) petitioned (docslib.org copy);
  - the Audio Division's letter DA 13-1792 released 22 August 2013 (reference 1800B3-HOD; File No. BALH-20130104ABX)
    denying 3 Daughters Media Inc.'s petition to deny and granting the assignment of WLNI(FM), Lynchburg, Virginia,
    from Centennial Licensing, LLC to Mel Wheeler, Inc. (docslib.org copy).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: docslib's page chrome (its title line,
'Total Page:16', 'File Type:pdf, Size:1020Kb'), the letterheads ('Federal Communications Commission Washington, D.C.
20554'), 'DA 05-2270' / 'DA 13-1792', the reference lines ('In Reply Refer to: 1800B3-BSH', '... 1800B3-HOD'), the
addressee blocks and the salutation 'Dear Counsel:' (as 52y left KFCD's and KNOE's out); footnote markers the copies
run into the text; in WLNI's, the letter's date 'August 22, 2013' (the same day as the release line kept) and the
run-in heading 'Background.' (the paragraph after it set apart by a blank line). KKON's letter (2005) has no
'Released:' line: its date 'August 11, 2005' is kept as its first line in the release line's place. KKON's text is
cut before 'For the reasons stated below, we deny KHBC’s' (the excerpt breaks off inside it, before the ruling);
WLNI's before 'Applicants also argue that 3 Daughters has failed to make a prima facie case that the proposed
assignment' (broken off by the run-in footnotes). Kept: the date or 'Released:' line and the 'Re:' / 'In re:' line
(its parts in one run, as 52p, 52v, 52w and 52y), each on its own line, then the body's sentences. No word added or
changed. Per-item notes in `notes`. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch52zc.py [POOL_DIR] [--dry]   (default /tmp/gather53zc/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53zc/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-53 pools and sources /tmp/gather53*/ (53a-53zb "
         "at the last check; none on these matters): ")
R = []

# ---- Five Hawaii stations: Big Island Radio -> Pacific Radio Group, Hilo Broadcasting's petition, DA 05-2270 (2005) --
U1 = "https://docslib.org/doc/5995356/federal-communications-commission-washington-d-c-20554-august-11"
R.append(federal(
 "us-fcc-big-island-radio-pacific-radio-group-kkon-kpvs-klua-kapa-kagb-hawaii-assignments-hilo-broadcasting-petition-letter-2005",
 U1, "2005-08-11",
 "KKON(AM), Kealakekua, HI; KPVS(FM), Hilo, HI; KLUA(FM), Kailua Kona, HI; KAPA(FM), Hilo, HI; KAGB(FM), Waimea, HI; "
 "Applications for Assignment of Licenses",
 "August 11, 2005\n\n"
 "Re: KKON(AM), Kealakekua, HI Facility ID No. 70382 File No. BAL-20031002AAZ KPVS(FM), Hilo, HI Facility ID No. "
 "51240 File No. BALH-20031002AAY KLUA(FM), Kailua Kona, HI Facility ID No. 60504 File No. BALH-20031002ABA "
 "KAPA(FM), Hilo, HI Facility ID No. 5254 File No. BALH-20031002ABB KAGB(FM), Waimea, HI Facility ID No. 35507 File "
 "No. BALH-20031002ABC Applications for Assignment of Licenses\n\n"
 "This letter refers to the above-captioned applications (the \u201cAssignment Applications\u201d) to assign the "
 "licenses of stations KKON(AM), Kealakekua, KPVS(FM), Hilo, KLUA(FM), Kailua Kona, KAPA(FM), Hilo, and KAGB(FM), "
 "Waimea, all in Hawaii (the \u201cHawaii Stations\u201d) from Big Island Radio (a Hawaii Limited Partnership) "
 "(\u201cBIR\u201d) to Pacific Radio Group, Inc. (\u201cPRG\u201d). On November 6, 2003, Hilo Broadcasting, L.L.C. "
 "(\u201cKHBC\u201d), licensee of station KHBC(AM), Hilo, Hawaii, filed a Petition to Deny the assignment to PRG "
 "(\u201cPetition\u201d). KHBC asserts that grant of the applications would result in violation of the "
 "Commission\u2019s multiple ownership rule and in undue market concentration. Additionally, Petitioner argues that "
 "PRG has assumed unauthorized control of the subject stations. On November 4, 2004, PRG requested a waiver of "
 "Section 73.3555(a) of the Commission\u2019s rules (the \u201cWaiver Request\u201d).",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division letter DA 05-2270, 'Re: KKON(AM), Kealakekua, "
 "HI, Facility ID No. 70382, File No. BAL-20031002AAZ; KPVS(FM), Hilo, HI, ...; KLUA(FM), Kailua Kona, HI, ...; "
 "KAPA(FM), Hilo, HI, ...; KAGB(FM), Waimea, HI, ...; Applications for Assignment of Licenses', reference "
 "1800B3-BSH, dated August 11, 2005, US federal government work (public domain); text as docslib.org's copy of the "
 "FCC's letter holds it, from the search tool's page store at " + U1,
 "docslib.org copy of an FCC letter (search tool page store)",
 "The Audio Division's letter DA 05-2270 dated 11 August 2005 (reference 1800B3-BSH; File Nos. BAL-20031002AAZ, "
 "BALH-20031002AAY, BALH-20031002ABA, BALH-20031002ABB, BALH-20031002ABC) on the applications to assign the licences "
 "of KKON(AM), KPVS(FM), KLUA(FM), KAPA(FM) and KAGB(FM), all in Hawaii, from Big Island Radio to Pacific Radio "
 "Group, Inc., with Hilo Broadcasting, L.L.C.'s petition to deny and PRG's waiver request, as docslib.org's copy of "
 "the FCC's letter holds it (one run of text, footnote markers run in); an FCC letter is a US federal work, public "
 "domain (batch 15f); 52p and 52y took docslib copies. Two stored renderings came back for one query: this docslib "
 "copy and the FCC's own text file (https://docs.fcc.gov/public/attachments/DA-05-2270A1.txt, its words split by "
 "conversion spaces, 'KKON( AM)', 'L. L. C.', and two footnote markers '1 2' run into the station list); the cleaner "
 "docslib copy taken, its words checked against the FCC file's (the same words). Left out: docslib's chrome "
 "('Federal Communications Commission Washington, D.C. 20554 August 11 Total Page:16 File Type:pdf, Size:1020Kb'); "
 "the letterhead; 'DA 05-2270'; 'In Reply Refer to: 1800B3-BSH'; the addressee block ('Hilo Broadcasting, L.L.C. c/o "
 "Christopher D. Imlay, Esq. ... Pacific Radio Group, Inc. c/o Dan J. Alpert, Esq. The Law Office of Dan J. Alpert "
 "2120 N. 21st Road Arlington, VA 22201': three parties' counsel); 'Dear Counsel:'; the footnote markers '1' (after "
 "'(\u201cPRG\u201d).'), '2' (after '(\u201cPetition\u201d).'), '3' (after 'multiple ownership rule'), '4' (after "
 "'the subject stations.') and '5' (after 'the Commission\u2019s rules'). The letter has no 'Released:' line; its "
 "date 'August 11, 2005' (before 'DA 05-2270' in the copy) is kept as the first line, in the place 52y gave the "
 "release line, and is `published`. Kept: that date and the 'Re:' line (its parts in one run), each on its own "
 "line; the first paragraph's first six sentences. Cut before 'For the reasons stated below, we deny KHBC\u2019s' "
 "(the excerpt breaks off inside it: the ruling is not in the kept text) and all after; `truncated`. `title` is the "
 "'Re:' line without its facility and file numbers, its parts joined with '; ' (as 52p and 52y). Kept as written: "
 "the curly quotation marks and apostrophes, 'Big Island Radio (a Hawaii Limited Partnership)', 'Hilo Broadcasting, "
 "L.L.C.', the alias '(\u201cKHBC\u201d)' (the company's short name, the same letters as its station's call sign), "
 "'Section 73.3555(a)'. One text per matter. Found with 'KTHO assignment of license PBI Audio Division 2005' (rank 8; "
 "the FCC file at rank 7; the query aimed at another letter). " + CHECK +
 "'KKON', 'KPVS', 'KLUA', 'KAPA', 'KAGB', 'Big Island Radio', 'Pacific Radio Group', 'Hilo Broadcasting', "
 "'05-2270', 'BAL-20031002AAZ': in no corpus file, GATHERING.md line, script, note or pool. 'KHBC' only as "
 "KHBC(TV), Denver (the Denver Post's 1960s television permit in 53d's Mount Hood/KOIN file), another station and "
 "matter; '1800B3-BSH' (a staff reference code shared by many letters) only in other matters' files.",
 True))

# ---- WLNI(FM) Lynchburg: Centennial Licensing -> Mel Wheeler, 3 Daughters Media's petition, DA 13-1792 (2013) --------
U2 = "https://docslib.org/doc/3233819/federal-communications-commission-washington-d-c-20554-da"
R.append(federal(
 "us-fcc-centennial-licensing-mel-wheeler-wlni-fm-lynchburg-assignment-3-daughters-media-petition-to-deny-letter-2013",
 U2, "2013-08-22",
 "WLNI(FM), Lynchburg, VA; Application for Assignment of License; Petition to Deny",
 "Released: August 22, 2013\n\n"
 "In re: WLNI(FM), Lynchburg, VA Facility ID No. 22663 File No. BALH-20130104ABX Application for Assignment of "
 "License Petition to Deny\n\n"
 "We have before us the referenced application (\u201cApplication\u201d) seeking approval for the proposed assignment "
 "of the license of Station WLNI(FM), Lynchburg, Virginia (\u201cStation\u201d), from Centennial Licensing, LLC "
 "(\u201cCentennial\u201d), to Mel Wheeler, Inc. (\u201cMWI\u201d) (collectively, \u201cApplicants\u201d). We also "
 "have before us a Petition to Deny (\u201cPetition\u201d) filed by 3 Daughters Media Inc. (\u201c3 Daughters\u201d) "
 "on February 1, 2013. For the reasons discussed below, we deny the Petition and grant the Application.\n\n"
 "The Applicants filed the Application on January 4, 2013. 3 Daughters timely filed its Petition to Deny, asserting "
 "that the proposed assignment violates the Commission\u2019s local radio ownership rule, \u201cwill upset the "
 "competitive balance in the [Roanoke-Lynchburg Arbitron] market\u201d and \u201cdiscourage opportunities for "
 "females, minorities and small business to secure financing and to expand the marketplace.\u201d In response, "
 "Applicants argue that 3 Daughters lacks standing to file the Petition.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division letter DA 13-1792, 'In re: WLNI(FM), "
 "Lynchburg, VA, Facility ID No. 22663, File No. BALH-20130104ABX; Application for Assignment of License; Petition "
 "to Deny', reference 1800B3-HOD, released August 22, 2013, US federal government work (public domain); text as "
 "docslib.org's copy of the FCC's letter holds it, from the search tool's page store at " + U2,
 "docslib.org copy of an FCC letter (search tool page store)",
 "The Audio Division's letter DA 13-1792 released 22 August 2013 (reference 1800B3-HOD; File No. BALH-20130104ABX) "
 "denying 3 Daughters Media Inc.'s petition to deny and granting the assignment of WLNI(FM), Lynchburg, Virginia, "
 "from Centennial Licensing, LLC to Mel Wheeler, Inc., as docslib.org's copy of the FCC's letter holds it (one run of "
 "text, footnotes run in where the page breaks); an FCC letter is a US federal work, public domain (batch 15f). Two "
 "stored docslib copies of the same letter came back (docslib 3233819 and 5573532, the same words); 3233819 taken, "
 "its excerpt running further. Left out: docslib's chrome ('Federal Communications Commission Washington, D.C. 20554 "
 "DA Total Page:16 File Type:pdf, Size:1020Kb'); the letterhead; the letter's date 'August 22, 2013' (the same day "
 "as the release line kept); 'DA 13-1792'; 'In Reply Refer to: 1800B3-HOD'; the addressee block ('John F. Garziglia, "
 "Esq. Womble Carlyle Sandridge & Rice, LLP ... Leonard Wheeler, President Mel Wheeler, Inc. 3934 Electric Road "
 "Roanoke, VA 24018 Gary E. Burns, CEO 3 Daughters Media Inc. PO Box 348 Forest, VA 24551'); 'Dear Counsel:'; the "
 "footnote markers '1' (after 'on February 1, 2013.') and '2' (after 'to expand the marketplace.\u201d'); the run-in "
 "heading 'Background.' (its paragraph set apart by a blank line). Kept: 'Released: August 22, 2013' and the 'In "
 "re:' line (its parts in one run), each on its own line; the first paragraph whole (three sentences); the "
 "Background's first three sentences as a second paragraph. Cut after '... lacks standing to file the Petition.', "
 "before the footnote marker '3', the sentence the excerpt breaks off inside ('Applicants also argue that 3 Daughters "
 "has failed to make a prima facie case that the proposed assignment'), the footnotes' text run in after it ('1 "
 "Applicants filed a Joint Opposition ... on March 4, 2013. 2 Petition at 2. 3 Opposition at 2-3.') and all after; "
 "`truncated`. `title` is the 'In re:' line without its facility and file numbers, its parts joined with '; ' (as "
 "52p and 52y). Kept as written: the curly quotation marks and apostrophe, the petition's quoted words with the "
 "letter's bracketed insertion '[Roanoke-Lynchburg Arbitron]', 'Mel Wheeler, Inc.', '3 Daughters Media Inc.' (no "
 "comma). One text per matter. Found with 'Audio Division letter 2009 assignment of license FM station licensee "
 "petition to deny multiple ownership market concentration docslib' (ranks 6 and 7). " + CHECK +
 "'WLNI', 'Mel Wheeler', 'Centennial Licensing', '3 Daughters', '13-1792', 'BALH-20130104ABX', '1800B3-HOD', "
 "'Lynchburg': in no corpus file, GATHERING.md line, script, note or pool.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
