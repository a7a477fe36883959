#!/usr/bin/env python3
"""Batch 52r (session 53, gatherer 52r): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a fifty-third round in the FCC transaction lane of batches 15f, 43n-49f,
49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k and 52p (50l a null round), on two
broadcast-licence letters of the Audio Services Division, Mass Media Bureau, of 1996 and 1998 no corpus file holds --
  - the letter of 6 May 1998, released 8 May 1998 (da980877), on the application to assign the licence of WZNY(FM),
    Augusta, Georgia, from Richard L. Rhoden, Executor to Cumulus Licensing Corp., granting GHB of Augusta, Inc.'s
    petition to deny and dismissing the application (the UNT web archive's copy of the FCC's ASCII text file; 52p's
    lead);
  - the letter of 16 December 1996 granting Western States Broadcasting, Inc.'s and Sandra Ann Falk's application to
    assign the licence of KWSA(AM), West Klamath, Oregon, over Wynne Broadcasting Company, Inc.'s petition to deny
    (the UNT web archive's copy of the Audio Services Division's HTML decision page; 52p's lead).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the ASCII file's NOTICE block (the
conversion notice between its rows of asterisks), the HTML page's site lines ('[ Federal Communications Commission ]',
'[icon bar]', 'Audio Services Division --- Mass Media Bureau', 'ASD Decision Document', the rules of hyphens), the
letterheads, the 'In reply refer to:' lines, the addressee blocks and salutations ('Dear Counsel:', 'Dear Messrs.
Zawila and Hayes:', as 51e left Withers's out), the HTML page's dot leaders ('. . . .', the page's rendering of the
letter's indents: layout, no words), the run-in heading 'Background' of the 1998 letter and the sentence the excerpt
breaks off inside; each text is cut at the last full sentence before the excerpt breaks off. Kept: the date line
('May 6, 1998 Released: May 8, 1998', two page items on one line as 51e's 'DA 17-387 Released: April 24, 2017';
'December 16, 1996'), the letters' 'In re:' / 'Re:' line (as 51e and 52p kept theirs, its parts in one run), each on
its own line, then the body's sentences; the pages' line wraps, blank and space-only lines joined (whitespace only).
No word added or changed. Per-item notes in `notes`. Written before any extractor ran on the texts (newskg was not run
on them).
usage: batch52r.py [POOL_DIR] [--dry]   (default /tmp/gather53r/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53r/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes (.md files) and the session-53 pools /tmp/gather53*/pool (53a-53t "
         "at the last check; 53t's KHHO(AM) and WZNP(FM) items other matters; none on these matters): ")
R = []

# ---- WZNY(FM), Augusta: Richard L. Rhoden, Executor -> Cumulus Licensing Corp., application dismissed, 1998 --------
U1 = ("https://webarchive.library.unt.edu/eot2008/20090508022648/http://www.fcc.gov/Bureaus/Mass_Media/Orders/1998/"
      "da980877.txt")
R.append(federal(
 "us-fcc-wzny-fm-augusta-rhoden-executor-cumulus-licensing-ghb-petition-to-deny-assignment-dismissed-letter-1998",
 U1, "1998-05-08",
 "WZNY(FM), Augusta, GA; Assignment of License",
 "May 6, 1998 Released: May 8, 1998\n\n"
 "In re: WZNY(FM), Augusta, GA Assignment of License BALH-970917EG\n\n"
 "This letter is in reference to the above-captioned application to assign the license of WZNY(FM), Augusta, "
 "Georgia, from Richard L. Rhoden, Executor to Cumulus Licensing Corp. (\"Cumulus\"). On October 27, 1997, GHB of "
 "Augusta, Inc. (\"GHB\") filed a petition to deny this application. For the reasons stated below, we will grant the "
 "petition to deny, to the extent indicated herein, and dismiss the application as inadvertently accepted for "
 "filing.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Mass Media Bureau, Audio Services Division letter, 'In re: WZNY(FM), "
 "Augusta, GA, Assignment of License, BALH-970917EG', May 6, 1998, released May 8, 1998 (da980877), US federal "
 "government work (public domain); text as the University of North Texas web archive's copy of the FCC's ASCII text "
 "file holds it, from the search tool's page store at " + U1,
 "UNT web archive copy of an FCC text file (search tool page store)",
 "The Audio Services Division's letter of 6 May 1998, released 8 May 1998 (file da980877; In reply refer to: "
 "1800B3-BSH; File No. BALH-970917EG), on the application to assign the licence of WZNY(FM), Augusta, Georgia, from "
 "Richard L. Rhoden, Executor to Cumulus Licensing Corp., granting GHB of Augusta, Inc.'s petition to deny and "
 "dismissing the application as inadvertently accepted for filing, as the University of North Texas web archive "
 "(eot2008 crawl) holds the FCC's ASCII rendering of the WordPerfect letter (one run of text); an FCC letter is a US "
 "federal work, public domain (batch 15f). One stored rendering came back, by three queries (the same excerpt each "
 "time). Left out: the conversion NOTICE block between its rows of asterisks; the letterhead 'Federal Communications "
 "Commission Washington, D.C. 20554'; 'In reply refer to: 1800B3-BSH'; the addressee block (counsel at Reddy, Begley "
 "& McCormick, Holland & Knight and Paul, Hastings, Janofsky &Walker LLP, as 51e left Withers's out); 'Dear "
 "Counsel:'. Kept: 'May 6, 1998 Released: May 8, 1998' (the letter's date and its release, two page items on one "
 "line, as 51e), the 'In re:' line, each on its own line, then the first paragraph whole. Cut after '... as "
 "inadvertently accepted for filing.', before the run-in heading 'Background' and the sentence the excerpt breaks "
 "off inside ('Cumulus is currently the licensee of four stations in the relevant market: WGUS(AM), North Augusta, "
 "Georgia; WEKL(FM), Augusta, Georgia; WRXR-FM, Aiken, South Carolina; and WUUS(FM), Ma'), and all after it; "
 "`truncated` (the reasons lie past the excerpt). `title` is the 'In re:' line without its file number, its two "
 "parts joined with '; '. Kept as written: the straight quotation marks ('(\"Cumulus\")', '(\"GHB\")'), 'Richard L. "
 "Rhoden, Executor to Cumulus' without a comma after 'Executor'. `published` is the release day (as 52p's W244BC). "
 "In the lane (an FCC letter naming a station, its proposed buyer, the seller (an estate's executor) and an objecting "
 "company, 1998; the deal denied). One text per matter. Found with 'WZNY(FM) Augusta Rhoden Executor Cumulus "
 "Licensing Corp. assignment petition to deny GHB of Augusta' (rank 2), 'Cumulus Licensing Corp. WGUS(AM) North "
 "Augusta WEKL(FM) WRXR-FM Aiken WUUS(FM) WZNY petition to deny dismissed inadvertently accepted' (rank 3) and 'This "
 "letter is in reference to the above-captioned application to assign the license of FM Augusta ...' (rank 2); the "
 "other results Cumulus matters of other years (DA 20-776, DA 07-3419, FCC 08-80, EB orders) and a local radio "
 "history page (qsl.net, not a federal work), not used. " + CHECK +
 "'WZNY', 'Rhoden', 'GHB', 'BALH-970917EG', 'da980877', 'Begley': in no corpus file, script or pool; in GATHERING.md "
 "and /work/notes/gather53/52p.md only as 52p's lead for this very letter; 'Cumulus Licensing Corp.' in corpus files "
 "only in other matters (51zd's Hilco/KAYD-FM, 51r's High I-Q/KOLI(FM)).",
 True))

# ---- KWSA(AM), West Klamath: Western States Broadcasting, Inc. and Sandra Ann Falk, assignment granted, 1996 -------
U2 = ("https://webarchive.library.unt.edu/eot2008/20090508022648/http://www.fcc.gov/mb/audio/decdoc/letter/"
      "1996--12--16--kwsa.html")
R.append(federal(
 "us-fcc-western-states-broadcasting-kwsa-west-klamath-falk-wynne-petition-to-deny-assignment-granted-letter-1996",
 U2, "1996-12-16",
 "Western States Broadcasting, Inc.; KWSA(FM), West Klamath, Oregon",
 "December 16, 1996\n\n"
 "Re: Western States Broadcasting, Inc. KWSA(FM), West Klamath, Oregon File No. BAL-960913EM\n\n"
 "We have on file Western States Broadcasting, Inc.'s (Western) and Sandra Ann Falk's September 13, 1996 "
 "Application for Consent to Assignment of Broadcast Station License (File No. BAL-960913EM) for KWSA(AM), West "
 "Klamath, Oregon. We also have on file Wynne Broadcasting Company, Inc.'s (Wynne) October 15, 1996 Petition to Deny, "
 "Western's October 30, 1996 Opposition, and Wynne's November 13, 1996 Response. We have given this case expedited "
 "consideration as requested by the applicant because KWSA(AM) is a silent station and the assignee seeks to return "
 "the station to the air before its license expires as a matter of law pursuant to the Telecommunications Act of "
 "1996. For the reasons stated below, we grant the assignment application and deny the Petition to Deny.\n\n"
 "KWSA(AM) has been silent since March 4, 1994.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Mass Media Bureau, Audio Services Division letter, 'Re: Western States "
 "Broadcasting, Inc., KWSA(FM), West Klamath, Oregon, File No. BAL-960913EM', December 16, 1996, US federal government "
 "work (public domain); text as the University of North Texas web archive's copy of the Audio Services Division's "
 "decision page holds it, from the search tool's page store at " + U2,
 "UNT web archive copy of an FCC decision page (search tool page store)",
 "The Audio Services Division's letter of 16 December 1996 (In reply refer to: 1800B1-JD; File No. BAL-960913EM) "
 "granting the application of Western States Broadcasting, Inc. and Sandra Ann Falk to assign the licence of the "
 "silent station KWSA(AM), West Klamath, Oregon, and denying Wynne Broadcasting Company, Inc.'s petition to deny, as "
 "the University of North Texas web archive (eot2008 crawl) holds the Division's HTML decision page (line breaks and "
 "dot leaders of a plain-text rendering); an FCC letter is a US federal work, public domain (batch 15f). One "
 "readable rendering came back, by two queries; a WordPerfect (.wp) file of the next item in the same series "
 "(1997--01--23--kchq.wp, to the same counsel) came back binary-garbled, not used. Left out: the page's lines '[ "
 "Federal Communications Commission', ']', '[icon bar]', 'Audio Services Division --- Mass Media Bureau', 'ASD "
 "Decision Document' and its rules of hyphens; the letterhead 'FEDERAL COMMUNICATIONS COMMISSION WASHINGTON, DC "
 "20554'; 'In reply refer to: 1800B1-JD'; the addressee block (William W. Zawila, Esq., Garden Grove, California; "
 "Richard J. Hays, Jr., Esq., Spotsylvania, Virginia) and 'Dear Messrs. Zawila and Hayes:'; the dot leaders before "
 "the reference lines ('. . . . .', the page's indents: layout, no words). Kept: 'December 16, 1996', the 'Re:' "
 "line (its three lines joined in one run, as 52p kept W244BC's 'In re:' line), each on its own line; the first "
 "paragraph whole; the second paragraph's first sentence. Cut after 'KWSA(AM) has been silent since March 4, "
 "1994.', before the sentence the excerpt breaks off inside ('On October 23, 1996, we granted Western's request to "
 "extend special temporary authority to'), and all after it; `truncated`. `title` is the 'Re:' line without its "
 "file number, its two parts joined with '; '. Kept as written: 'KWSA(FM)' in the 'Re:' line beside 'KWSA(AM)' in "
 "the body (the letter's own inconsistency; the body, the application and the silence are the AM station's), "
 "\"Inc.'s (Western)\" and \"Inc.'s (Wynne)\" with straight apostrophes, 'Application for Consent to Assignment of "
 "Broadcast Station License', 'Petition to Deny' in capitals. In the lane (an FCC grant naming a station, its "
 "licensee, the assignee and an objecting company, 1996). One text per matter. Found with 'KWSA Western States "
 "Broadcasting assignment of license letter 1996 Audio Services Division' (rank 1), after 'KWSA West Klamath Oregon "
 "Western States Broadcasting assignment FCC letter' gave allotment orders and a docslib KFEG(FM) letter (other "
 "matters, not used). " + CHECK +
 "'KWSA', 'Western States', 'West Klamath', 'Wynne Broadcasting', 'Sandra Ann Falk', 'BAL-960913EM', 'Zawila', "
 "'1996--12--16--kwsa': in no corpus file, script or pool; in GATHERING.md and /work/notes/gather53/52p.md only as "
 "52p's lead for this very letter; 'Falk' elsewhere only as other people (batches 29e, 36p, 40v, 40z, 51zh).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
