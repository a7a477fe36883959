#!/usr/bin/env python3
"""Batch 52z (session 53, gatherer 52z): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a fifty-second round in the FCC transaction lane of batches 15f, 43n-49f,
49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v and 52x (50l and 52s null
rounds), on three television licence assignments of 2006-2008 (Media Bureau / Video Division letters; 52x's lead:
queries worded as the letters' openings) no corpus file holds --
  - the Media Bureau's letter DA 06-1914 released 22 September 2006 (File No. BALCT-20060728AGC et al.) on the
    applications to assign the licences of KWCH-TV, Hutchinson (written 'Hutchison'), KBSD-TV, Ensign, KBSL-TV,
    Goodland, and KBSH-TV, Hays, Kansas, from MG Broadcasting, LLC as E.A.T. to Sunflower Broadcasting, with KBSD-TV
    and KBSH-TV to go on as satellites of KWCH-TV (docs.fcc.gov text);
  - the Media Bureau's letter DA 07-383 released 30 January 2007 (File No. BALCT-20060513ACT) on the application to
    assign the licence of WTVK(TV), Naples, Florida, from Acme Television Licenses of Florida, LLC to Sun
    Broadcasting, Inc., on which Journal Broadcasting Corporation, licensee of WFTX(TV), Cape Coral, filed comments
    (docs.fcc.gov text);
  - the Media Bureau's letter DA 08-2454 released 5 November 2008 (File Nos. BALCT-20080630AEA et al.) on the
    applications to assign five television licences and one radio licence (KFDA-TV, KWAB-TV, KWES-TV, KXXV(TV),
    KSWO-TV, KTXC(FM)) to wholly-owned subsidiaries of London Broadcasting Company, with KWES License Company, LLC's
    request to run KWAB-TV as a satellite of KWES-TV (docs.fcc.gov text).
Three matters, one text each.
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the EDOCS page line (KWCH: '*Pages 1--3
from Microsoft Word - 59767.doc*'), the letterhead ('Federal Communications Commission Washington, D.C. 20554'), the
KWCH letter's date line above its DA number, the office code (London: 'SMH-1800E3'), 'DA 06- 1914' / 'DA 07-383' /
'DA 08-2454', the addressee blocks (the parties' counsel and addresses), the salutations ('Dear Counsel:',
'Counsel:'), the footnote markers (' 1'-' 5' in the KWCH rendering, '1' and '2' run into words in the other two);
each text is cut at the last full sentence before the excerpt breaks off or the footnotes' text runs in. Kept: the
'Released:' line and the 'Re:' line (its parts in one run, as 52p, 52v and 52x kept theirs), each on its own line,
then the body as one paragraph (the renderings set no break). The KWCH rendering's spaces are kept as written
('KWCH- TV', 'E. A. T.': 45c kept an EDOCS rendering's spaces likewise). No word added or changed. Per-item notes in
`notes`. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch52z.py [POOL_DIR] [--dry]   (default /tmp/gather53z/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53z/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -ai), every "
         "gather script, the notes under /work/notes and the session-53 pools and sources /tmp/gather53*/ (53a-53x at "
         "the last check, 53y's pool empty; none on these matters): ")
R = []

# ---- KWCH-TV and satellites: MG Broadcasting, LLC as E.A.T. -> Sunflower Broadcasting, DA 06-1914 (2006) -----------
U1 = "https://docs.fcc.gov/public/attachments/DA-06-1914A1.txt"
R.append(federal(
 "us-fcc-mg-broadcasting-eat-sunflower-broadcasting-kwch-tv-kbsd-kbsh-kbsl-satellites-assignment-letter-2006",
 U1, "2006-09-22",
 "KWCH- TV, Hutchison, Kansas; Application for Assignment of License",
 "Released: September 22, 2006\n\n"
 "Re: KWCH- TV, Hutchison, Kansas, Application for Assignment of License, File No. BALCT- 20060728AGC, ID No. 66413, "
 "et al.\n\n"
 "This letter is in regard to the above referenced applications seeking consent to the assignment of the licenses of "
 "television stations KWCH- TV, Hutchison, Kansas; KBSD- TV, Ensign, Kansas; KBSL- TV, Goodland, Kansas; and KBSH- "
 "TV, Hays, Kansas, from MG Broadcasting, LLC as E. A. T. to Sunflower Broadcasting, LLC, Inc. (Sunflower). In "
 "connection with the acquisition, Sunflower proposes to continue operating KBSH- TV and KBSD- TV as satellites of "
 "KWCH- TV, pursuant to Note 5 of Section 73.3555 of the Commission's Rules, which exempts satellite stations from "
 "application of the local television multiple ownership rule. As discussed below, KBSL- TV does not require a "
 "satellite waiver to permit its common ownership with the other stations. Sunflower has submitted an exhibit in "
 "support of its proposal. Stations KBSD- TV, KBSH- TV and KBSL- TV have operated as satellites of KWCH- TV for "
 "several decades, and the Commission previously approved their common ownership and satellite operation in 1982, "
 "1988, 1989, 1992, 1994, and 2000.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau letter DA 06-1914, 'Re: KWCH-TV, Hutchison, Kansas, "
 "Application for Assignment of License, File No. BALCT-20060728AGC, ID No. 66413, et al.', released September 22, "
 "2006, US federal government work (public domain); text as the FCC's EDOCS text rendering holds it, from the search "
 "tool's page store at " + U1,
 "docs.fcc.gov text of an FCC letter (search tool page store)",
 "The Media Bureau's letter DA 06-1914 released 22 September 2006 (File Nos. BALCT-20060728AGC, AGD, AGE, AGF; the "
 "Video Division's television letter form, no division named in the kept text) on the applications to assign the "
 "licences of KWCH-TV, Hutchinson (the letter writes 'Hutchison'), KBSD-TV, Ensign, KBSL-TV, Goodland, and KBSH-TV, "
 "Hays, Kansas, from MG Broadcasting, LLC as E.A.T. (an exchange accommodation titleholder, not spelt out in the "
 "text) to Sunflower Broadcasting, with KBSD-TV and KBSH-TV to go on as satellites of KWCH-TV, as the FCC's EDOCS text "
 "rendering holds it (one run of text, the PDF converter's spaces after hyphens and full stops); an FCC letter is a US "
 "federal work, public domain (batch 15f). One stored rendering came back, by one query. Left out: the page line "
 "'*Pages 1--3 from Microsoft Word - 59767.doc*'; the letterhead 'Federal Communications Commission Washington, D. C. "
 "20554'; the date line 'September 22, 2006' above 'DA 06- 1914' (the release line repeats it); 'DA 06- 1914'; the "
 "addressee blocks ('MG Broadcasting, LLC, as E. A. T. c/ o Alan C. Campbell, Esq. Irwin, Campbell & Tannenwald ...' "
 "and 'Sunflower Broadcasting, Inc. c/ o Jack N. Goodman, Esq. Wilmer Cutler Pickering Hale and Dorr, LLP ...'); the "
 "salutation 'Dear Counsel:'; the footnote markers ' 1' (after 'Ensign, Kansas;'), ' 2' (after 'Goodland, Kansas;'), "
 "' 3' (after 'Hays, Kansas,'), ' 4' (after 'ownership rule.') and ' 5' (after '2000.'). Kept: 'Released: September "
 "22, 2006' and the 'Re:' line, each on its own line; the body through '... 1994, and 2000.' (five sentences, one "
 "paragraph). Cut before the sentence the footnotes' text runs into ('Although the past satellite authorizations "
 "have included KBSL- TV, stations in a single DMA may be commonly owned, without the need for a waiver, if their') "
 "and all after; `truncated`. `title` is the 'Re:' line without its file and ID numbers, its parts joined with '; ' "
 "(station first, as 52x's). Kept as written: 'KWCH- TV', 'KBSD- TV', 'KBSL- TV', 'KBSH- TV' (a space after the "
 "hyphen; 'KBSH-' and 'TV' split across the rendering's words), 'E. A. T.', 'Hutchison' (so spelt in the letter, "
 "for Hutchinson), 'Sunflower Broadcasting, LLC, Inc.' (so written in the body; the left-out addressee block has "
 "'Sunflower Broadcasting, Inc.'), 'the above referenced applications' (no hyphen), 'the Commission's Rules' "
 "(straight apostrophe). In the lane (an FCC letter naming four stations, their assignor and assignee, 2006). "
 "Found with 'we grant the application for transfer of control of the licensee of television station continued "
 "satellite authority Released 2006' (rank 8). " + CHECK +
 "'KWCH', 'KBSD', 'KBSH', 'KBSL', 'Sunflower', 'MG Broadcasting', 'E. A. T.', '06-1914', 'BALCT-20060728': in no "
 "corpus file, GATHERING.md line, script, note or pool; 'Hutchison'/'Hutchinson' only in other matters (Hutchison "
 "Whampoa/Vodafone items; 1969's Minneapolis Star/KTVH order, another station and matter).",
 True))

# ---- WTVK(TV), Naples: Acme Television Licenses of Florida -> Sun Broadcasting; Journal's comments, DA 07-383 (2007) -
U2 = "https://docs.fcc.gov/public/attachments/DA-07-383A1.txt"
R.append(federal(
 "us-fcc-acme-television-licenses-of-florida-sun-broadcasting-wtvk-naples-journal-comments-assignment-letter-2007",
 U2, "2007-01-30",
 "Assignment of License of WTVK(TV), Naples, FL",
 "Released: January 30, 2007\n\n"
 "Re: Assignment of License of WTVK(TV), Naples, FL File No. BALCT-20060513ACT Facility ID No. 61504\n\n"
 "This is with regard to above-captioned application to assign the license of Television Station WTVK(TV), Naples, "
 "Florida, from Acme Television Licenses of Florida, LLC (\u201cAcme\u201d) to Sun Broadcasting, Inc. "
 "(\u201cSun\u201d). On June 23, 2006, Journal Broadcasting Corporation (\u201cJournal\u201d), licensee of WFTX(TV), "
 "Cape Coral, Florida, filed \u201cComments\u201d on the proposed transaction, to which Sun filed a reply.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau letter DA 07-383, 'Re: Assignment of License of WTVK(TV), "
 "Naples, FL, File No. BALCT-20060513ACT, Facility ID No. 61504', released January 30, 2007, US federal government "
 "work (public domain); text as the FCC's EDOCS text file holds it, from the search tool's page store at " + U2,
 "docs.fcc.gov text of an FCC letter (search tool page store)",
 "The Media Bureau's letter DA 07-383 released 30 January 2007 (File No. BALCT-20060513ACT; the Video Division's "
 "television letter form) on the application to assign the licence of WTVK(TV), Naples, Florida, from Acme "
 "Television Licenses of Florida, LLC to Sun Broadcasting, Inc., on which Journal Broadcasting Corporation, licensee "
 "of WFTX(TV), Cape Coral, filed comments, as the FCC's own EDOCS text file holds it (one run of text); an FCC letter "
 "is a US federal work, public domain (batch 15f). One stored rendering came back, by one query. Left out: the "
 "letterhead 'Federal Communications Commission Washington, D.C. 20554'; 'DA 07-383'; the three addressee blocks "
 "('ACME Television Licenses of Florida, LLC c/o Lewis J. Paper, Esquire Dickstein Shapiro LLP ...', 'Sun "
 "Broadcasting, Inc. c/o Matthew L. Leibowitz, Esquire Liebowitz & Associates, P.A. ...', 'Journal Broadcasting "
 "Corporation c/o Meredith S. Senter, Jr., Esquire Leventhal, Senter & Lerman, PLLC ...'); the salutation "
 "'Counsel:'; the footnote marker '1' run into 'reply.1'. Kept: 'Released: January 30, 2007' and the 'Re:' line, "
 "each on its own line; the body's first two sentences. Cut before the sentence that footnote 1's text runs into "
 "('In addition, Acme filed a Motion to Expedite the [footnote 1: comments of EBC Southwest Florida, Inc., licensee "
 "of WUVF-CA ...] processing of the assignment application, whi...', where the excerpt breaks off) and all after; "
 "`truncated` (a short text: 62 words of body). `title` is the 'Re:' line without its file and facility numbers. "
 "Kept as written: 'with regard to above-captioned application' (no article), 'Television Station WTVK(TV)' "
 "(capitalised), the curly quotation marks, 'Acme' (the left-out addressee block writes 'ACME'). In the lane (an FCC "
 "letter naming a station, its assignor, its assignee and a commenting licensee, 2007). Found with 'This is in "
 "reference to the above-captioned application for transfer of control of licensee of television station' (rank 8). "
 + CHECK +
 "'WTVK', 'WFTX', '07-383', 'BALCT-20060513ACT', 'Sun Broadcasting', 'Journal Broadcasting', 'Cape Coral', 'EBC "
 "Southwest', 'WUVF', 'KTFA': in no corpus file, GATHERING.md line, script, note or pool. 'Acme Television' only in "
 "52p's WBUI(TV) letter (test: ACME Television Licenses of Illinois, LLC -> GOCOM, 2007: another licensee, station "
 "and matter); 'Journal Communications' only in 44o's Q-Comm/Norlight notice (another company and matter).",
 True))

# ---- Six licences to subsidiaries of London Broadcasting Company; KWAB-TV satellite of KWES-TV, DA 08-2454 (2008) ---
U3 = "https://docs.fcc.gov/public/attachments/DA-08-2454A1.txt"
R.append(federal(
 "us-fcc-london-broadcasting-kwes-license-company-six-licenses-kwab-tv-satellite-assignment-letter-2008",
 U3, "2008-11-05",
 "Applications for Assignment of Licenses; KFDA-TV, Amarillo, Texas; KWAB-TV, Big Spring, Texas; KWES-TV, Odessa, "
 "Texas; KXXV(TV), Waco, Texas; KSWO-TV, Lawton, Oklahoma; KTXC(FM), Lamesa, Texas; Request for Continuing Satellite "
 "Authorization, KWAB-TV, Big Spring, Texas",
 "Released: November 5, 2008\n\n"
 "Re: Applications for Assignment of Licenses KFDA-TV, Amarillo, Texas (Fac. ID No. 51466) KWAB-TV, Big Spring, "
 "Texas (Fac. ID No. 42008) KWES-TV, Odessa, Texas (Fac. ID No. 42007) KXXV(TV), Waco, Texas (Fac. ID No. 9781) "
 "KSWO-TV, Lawton, Oklahoma (Fac. ID No. 35645) KTXC(FM), Lamesa, Texas (Fac. ID No. 71650) File Nos. "
 "BALCT-20080630AEA; ADW; ADS; ADU; ADY Request for Continuing Satellite Authorization KWAB-TV, Big Spring, Texas\n\n"
 "This is in reference to the above-captioned applications for the assignment of five television station licenses "
 "and one radio station license to various wholly-owned subsidiaries of London Broadcasting Company "
 "(\u201cLondon\u201d). As part of this transaction, KWES License Company, LLC (hereinafter \u201cLondon "
 "Subsidiary\u201d), the proposed assignee of KWAB-TV, Big Spring, Texas and KWES-TV, Odessa, Texas, requests "
 "continued authority pursuant to Section 73.3555, Note 5 of the Commission\u2019s rules, to operate KWAB-TV as a "
 "satellite of KWES-TV. The stations have Grade B overlap and are located within the Odessa-Midland, Texas, DMA. In "
 "Television Satellite Stations, the Commission established the requirement that all applicants seeking to transfer "
 "or assign satellite stations justify continued satellite status by demonstrating compliance with a three-part "
 "\"presumptive\" satellite exemption standard applicable to new satellite stations.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau letter DA 08-2454, 'Re: Applications for Assignment of "
 "Licenses, KFDA-TV, Amarillo, Texas ... KTXC(FM), Lamesa, Texas, File Nos. BALCT-20080630AEA; ADW; ADS; ADU; ADY; "
 "Request for Continuing Satellite Authorization, KWAB-TV, Big Spring, Texas', released November 5, 2008, US federal "
 "government work (public domain); text as the FCC's EDOCS text file holds it, from the search tool's page store at "
 + U3,
 "docs.fcc.gov text of an FCC letter (search tool page store)",
 "The Media Bureau's letter DA 08-2454 released 5 November 2008 (File Nos. BALCT-20080630AEA; ADW; ADS; ADU; ADY; "
 "the Video Division's television letter form, office code 'SMH-1800E3') on the applications to assign five "
 "television licences and one radio licence (KFDA-TV, Amarillo; KWAB-TV, Big Spring; KWES-TV, Odessa; KXXV(TV), "
 "Waco; KSWO-TV, Lawton, Oklahoma; KTXC(FM), Lamesa) to wholly-owned subsidiaries of London Broadcasting Company, and "
 "KWES License Company, LLC's request to run KWAB-TV as a satellite of KWES-TV, as the FCC's own EDOCS text file "
 "holds it (one run of text); an FCC letter is a US federal work, public domain (batch 15f). One stored rendering "
 "came back, by two queries. The assignor (the seller) is not named in the kept text. Left out: the letterhead "
 "'Federal Communications Commission Washington, D.C. 20554'; 'SMH-1800E3'; 'DA 08-2454'; the addressee block "
 "('Kathleen A. Kirby, Esq. Wiley Rein LLP 1776 K Street, NW Washington, DC 20006'); the salutation 'Dear Counsel:'; "
 "the footnote markers run into 'rules,1' and 'Stations,2' (the digits dropped). Kept: 'Released: November 5, 2008' "
 "and the 'Re:' line (station list, file numbers and the satellite request in one run, as 52x's), each on its own "
 "line; the body through '... applicable to new satellite stations.' (four sentences, one paragraph). Cut before the "
 "sentence the footnotes' text runs into ('The presumptive satellite exemption is met if ... (3) no alternative "
 "operator is ready and able [1 47 C.F.R. ... Report and Order,]', where the excerpt breaks off) and all after; "
 "`truncated`. `title` is the 'Re:' line without its facility and file numbers, its parts joined with '; ' and ', '. "
 "Kept as written: the curly quotation marks and apostrophe beside the straight '\"presumptive\"', 'KWAB-TV, Big "
 "Spring, Texas and KWES-TV' (no comma), 'the Odessa-Midland, Texas, DMA', 'In Television Satellite Stations, the "
 "Commission' (the decision's short name, its footnote marker dropped). In the lane (an FCC letter naming six "
 "stations, the buyer group and a named assignee, 2008). Found with 'This is in reference to the above-captioned "
 "application for transfer of control of licensee of television station' (rank 6) and 'we grant the application for "
 "transfer of control of the licensee of television station continued satellite authority Released 2006' (rank 4). "
 + CHECK +
 "'London Broadcasting', 'KWES', 'KWAB', 'KFDA', 'KXXV', 'KSWO', 'KTXC', 'Odessa', '08-2454', 'BALCT-20080630': in "
 "no corpus file, GATHERING.md line, script, note or pool.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
