#!/usr/bin/env python3
"""Batch 52x (session 53, gatherer 52x): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a fifty-second round in the FCC transaction lane of batches 15f, 43n-49f,
49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t and 52v (50l and 52s null rounds),
on two television licence transactions of 2007 and 2014 (Video Division letters; 52v's lead: name a TV call sign)
no corpus file holds --
  - the Media Bureau's letter DA 07-4103 released 28 September 2007 (File No. BTCCT-20070717ACZ) granting the
    transfer of control of Comcorp of Bryan License Corp., licensee of KYLE(TV), Bryan, Texas, from Shareholders of
    Communications Corporation of America, Inc. (Debtor-in-Possession) to SP ComCorp LLC, with continued authority to
    run KYLE as a satellite of KWKT(TV), Waco (docs.fcc.gov text);
  - the Media Bureau's letter DA 14-1757 released 4 December 2014 (File Nos. BALCDT-20130503ACM et al.) granting the
    assignment of eight television licences (KVEO-TV, KWKT-TV, KYLE-TV, KTSM-TV, WGMB-TV, KETK-TV, KADN-TV,
    WNTZ-TV) from subsidiaries of Communications Corporation of America to Nexstar Broadcasting, Inc., with continued
    satellite authority for KYLE-TV (docsbay.net copy of the FCC's letter).
The two letters concern one station group seven years apart (a transfer of control out of bankruptcy, then a sale):
two matters, one text each.
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the letterhead (KYLE: 'FEDERAL
COMMUNICATIONS COMMISSION Washington, D.C. 20554'), 'DA 07-4103' / 'DA 14-1757', the addressee blocks (the
parties' counsel and addresses), the salutations ('Dear Mr. Latek:', 'Dear Counsel:'), the footnote markers ('1'-'4'
run into words in the KYLE file; '[1]'-'[3]' in the docsbay copy); each text is cut at the last full sentence before
the excerpt breaks off. Kept: the 'Released:' line and the 'Re:' line (its parts in one run, as 52p and 52v kept
theirs), each on its own line, then the body (KYLE: one paragraph, as the text file sets no break; Nexstar: the copy's
two paragraphs). No word added or changed. Per-item notes in `notes`. Written before any extractor ran on the texts
(newskg was not run on them).
usage: batch52x.py [POOL_DIR] [--dry]   (default /tmp/gather53x/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53x/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-53 pools and sources /tmp/gather53*/ (53a-53v at "
         "the last check; none on these matters): ")
R = []

# ---- KYLE(TV), Bryan: Comcorp of Bryan License Corp., CCA shareholders -> SP ComCorp LLC, DA 07-4103 (2007) ---------
U1 = "https://docs.fcc.gov/public/attachments/DA-07-4103A1.txt"
R.append(federal(
 "us-fcc-comcorp-of-bryan-license-sp-comcorp-kyle-tv-bryan-transfer-of-control-satellite-letter-2007",
 U1, "2007-09-28",
 "KYLE(TV), Bryan, TX; Application for Consent to Transfer of Control",
 "Released: September 28, 2007\n\n"
 "Re: Application for Consent to Transfer of Control KYLE(TV), Bryan, TX Fac. ID 60384 File No. "
 "BTCCT-20070717ACZ\n\n"
 "This is in reference to the above-captioned application for transfer of control of Comcorp of Bryan License "
 "Corp., licensee of KYLE(TV), Bryan, TX (Channel 28), from Shareholders of Communications Corporation of America, "
 "Inc. (Debtor-in-Possession) to SP ComCorp LLC (\"SP ComCorp\"). The application is unopposed. SP ComCorp requests "
 "authority to continue operating KYLE as a satellite of KWKT(TV), Waco, TX. For the reasons set forth below, we will "
 "grant the request for continuing satellite authority and grant the application for transfer of control of KYLE. "
 "In Television Satellite Stations the Commission established the requirement that all applicants seeking to "
 "transfer or assign satellite stations justify continued satellite status by demonstrating compliance with a "
 "three-part \"presumptive\" satellite exemption standard applicable to new satellite stations. The presumptive "
 "satellite exemption is met if the following three public interest criteria are satisfied: (1) there is no City "
 "Grade overlap between the parent and the satellite; (2) the proposed satellite would provide service to an "
 "underserved area; and (3) no alternative operator is ready and able to construct or to purchase and operate the "
 "satellite as a full-service station. If an applicant does not qualify for the presumption, the Commission will "
 "evaluate the proposal on an ad hoc basis and grant the application if there are compelling circumstances that "
 "warrant approval. KYLE has been operating as a satellite of KWKT under authority first granted in 1996, and most "
 "recently continued in 2004.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau letter DA 07-4103, 'Re: Application for Consent to Transfer "
 "of Control, KYLE(TV), Bryan, TX, Fac. ID 60384, File No. BTCCT-20070717ACZ', released September 28, 2007, US "
 "federal government work (public domain); text as the FCC's EDOCS text file holds it, from the search tool's page "
 "store at " + U1,
 "docs.fcc.gov text of an FCC letter (search tool page store)",
 "The Media Bureau's letter DA 07-4103 released 28 September 2007 (File No. BTCCT-20070717ACZ; the Video Division's "
 "television letter form, no division named in the kept text) granting the unopposed transfer of control of Comcorp "
 "of Bryan License Corp., licensee of KYLE(TV), Bryan, Texas (Channel 28), from Shareholders of Communications "
 "Corporation of America, Inc. (Debtor-in-Possession) to SP ComCorp LLC, and SP ComCorp's request to keep running "
 "KYLE as a satellite of KWKT(TV), Waco, as the FCC's own EDOCS text file holds it (one run of text); an FCC letter "
 "is a US federal work, public domain (batch 15f). One stored rendering came back, by one query. Left out: the "
 "letterhead 'FEDERAL COMMUNICATIONS COMMISSION Washington, D.C. 20554'; 'DA 07-4103'; the addressee block "
 "('ComCorp of Bryan License Corp. c/o Kevin P. Latek, Esquire Dow Lohnes, PLLC 1200 New Hampshire Avenue, NW, "
 "Suite 800 Washington, DC 20036', the licensee's name there spelled 'ComCorp', in the body 'Comcorp'); the "
 "salutation 'Dear Mr. Latek:' (as 52v left 'Dear Counsel:' out); the footnote markers the file runs into the words "
 "('Stations1', 'station.2', 'approval.3', '2004.4': the digits dropped). Kept: 'Released: September 28, 2007' and "
 "the 'Re:' line (its parts in one run, as 52p's WBUI), each on its own line; the body through '... most recently "
 "continued in 2004.' (seven sentences, one paragraph, the file setting no break). Cut before the sentence the "
 "excerpt breaks off inside ('SP ComCorp argues that it meets the presumptive criteria') and all after it; "
 "`truncated`. `title` is the 'Re:' line without its facility and file numbers, its parts joined with '; ' "
 "(station first, as 52v's). Kept as written: the straight quotation marks ('(\"SP ComCorp\")', '\"presumptive\"'), "
 "'Bryan, TX (Channel 28)', '(Debtor-in-Possession)', 'In Television Satellite Stations the Commission' (the "
 "decision's short name, its footnote marker dropped). In the lane (an FCC grant naming a station, its licensee, the "
 "transferors' company and the transferee, 2007). One text per matter (the 2014 Nexstar letter in this round is a "
 "later sale of the same group's licences, another matter). Found with 'By this letter we grant the above-captioned "
 "application for the assignment of the license of television station ... satellite exemption Dear Counsel "
 "Released 2012' (rank 4). " + CHECK +
 "'ComCorp', 'SP ComCorp', '07-4103', 'BTCCT-20070717ACZ', 'KYLE(TV)', 'KWKT', 'Communications Corporation of "
 "America', 'Latek', 'Bryan, TX': in no corpus file, GATHERING.md line, script, note or pool ('KWKT' only inside "
 "binary model files under /work/notes).",
 True))

# ---- Eight TV licences: subsidiaries of Communications Corporation of America -> Nexstar Broadcasting, DA 14-1757 ----
U2 = "https://docsbay.net/Nexstar-Broadcasting-Inc"
R.append(federal(
 "us-fcc-communications-corporation-of-america-nexstar-broadcasting-eight-tv-licenses-kyle-tv-satellite-assignment-letter-2014",
 U2, "2014-12-04",
 "Applications for Consent to Assignment of Licenses; KVEO-TV, Brownsville, TX; KWKT-TV, Waco, TX; KYLE-TV, Bryan, "
 "TX; KTSM-TV, El Paso, TX; WGMB-TV, Baton Rouge, LA; KETK-TV, Jacksonville, MS; KADN-TV, Lafayette, LA; WNTZ-TV, "
 "Natchez, MS",
 "Released: December 4, 2014\n\n"
 "Re: Applications for Consent to Assignment of Licenses KVEO-TV, Brownsville, TX, Fac. ID No. 12523 KWKT-TV, Waco, "
 "TX, Fac. ID No. 12522 KYLE-TV, Bryan, TX, Fac. ID No. 60384 KTSM-TV, El Paso, TX, Fac. ID No. 67760 WGMB-TV, Baton "
 "Rouge, LA, Fac. ID No. 12520 KETK-TV, Jacksonville, MS, Fac. ID No. 55643 KADN-TV, Lafayette, LA, Fac. ID. No. "
 "33261 WNTZ-TV, Natchez, MS, Fac. ID No. 16539 File Nos. BALCDT-20130503ACM, ACN, ABY, ACA, ABR, ACP, ACH, ABV\n\n"
 "By this letter we grant the above-captioned uncontested applications for the assignment of eight television "
 "licenses from subsidiaries of Communications Corporation of America (\u201cCCA\u201d) to Nexstar Broadcasting, "
 "Inc. (\u201cNexstar\u201d). In connection with the sale, we also grant continued authority to operate station "
 "KYLE-TV, Bryan, Texas, as a satellite of KWKT-TV, Waco, Texas, pursuant to Note 5 of Section 73.3555 of the "
 "Commission\u2019s rules.\n\n"
 "In Television Satellite Stations, the Commission adopted \u201ca presumption that TV satellite operations are in "
 "the public interest if individual applicants can satisfy certain public interest criteria.\u201d The presumptive "
 "satellite exemption to the duopoly rule is therefore met if the following three public interest criteria are "
 "satisfied: (1) there is no City Grade overlap between the parent and the satellite; (2) the proposed satellite "
 "would provide service to an underserved area; and (3) no alternative operator is ready and able to construct or to "
 "purchase and operate the satellite as a full-service station.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau letter DA 14-1757, 'Re: Applications for Consent to "
 "Assignment of Licenses, KVEO-TV, Brownsville, TX ... WNTZ-TV, Natchez, MS, File Nos. BALCDT-20130503ACM, ACN, ABY, "
 "ACA, ABR, ACP, ACH, ABV', released December 4, 2014, US federal government work (public domain); text as "
 "docsbay.net's copy of the FCC's letter holds it, from the search tool's page store at " + U2,
 "docsbay.net copy of an FCC letter (search tool page store)",
 "The Media Bureau's letter DA 14-1757 released 4 December 2014 (File Nos. BALCDT-20130503ACM, ACN, ABY, ACA, ABR, "
 "ACP, ACH, ABV; the Video Division's television letter form) granting the uncontested assignment of eight "
 "television licences from subsidiaries of Communications Corporation of America to Nexstar Broadcasting, Inc., and "
 "continued authority to run KYLE-TV, Bryan, as a satellite of KWKT-TV, Waco, as docsbay.net's copy of the letter "
 "holds it (the Word file's paragraphs, footnote markers in brackets); an FCC letter is a US federal work, public "
 "domain (batch 15f; 52p took a docslib.org copy of a letter likewise). One stored rendering came back, by two "
 "queries; no docs.fcc.gov rendering came back. Left out: 'DA 14-1757' (its own line); the addressee blocks "
 "('Nexstar Broadcasting, Inc. Elizabeth Ryder 545 E. John Carpenter Freeway Suite 700 Irving, TX 75062' and "
 "'Communications Corporation of America c/o Robert J. Folliard, III Cooley LLP 1299 Pennsylvania Ave., NW Suite 700 "
 "Washington, DC 20004', as 52v left its addressees out); the salutation 'Dear Counsel:'; the footnote markers "
 "'[1]' (after 'rules.'), '[2]' (after 'criteria.\u201d') and '[3]' (after 'full-service station.', with the space "
 "before it). Kept: 'Released: December 4, 2014' and the 'Re:' line (the copy's lines of the station list and file "
 "numbers joined into one run, as 52v's 'In re:' lines), each on its own line; the copy's first paragraph whole "
 "(two sentences) and the second through '... as a full-service station.' (two sentences). Cut before the sentence "
 "the excerpt breaks off inside ('If an applicant does not qualify for the presumption, ... grant the application if "
 "there are compelling') and all after it; `truncated`. `title` is the 'Re:' line without its facility and file "
 "numbers, its parts joined with '; '. Kept as written: the curly quotation marks and apostrophe, 'KETK-TV, "
 "Jacksonville, MS' (so written in the letter), 'Fac. ID. No. 33261' (KADN-TV's line, with the extra stop), "
 "'eight television licenses'. In the lane (an FCC grant naming eight stations, their seller's group and the buyer, "
 "2014). One text per matter (this round's 2007 KYLE(TV) letter is an earlier transfer of control of one of these "
 "licensees, another matter). Found with 'television station KXXX-TV assignment of license petition to deny Video "
 "Division denied granted 2005 duopoly failing station waiver letter' (rank 8) and 'Nexstar Broadcasting "
 "Communications Corporation of America assignment KVEO-TV Brownsville KYLE-TV satellite DA 14-1757' (rank 1; ranks "
 "2-8 a Nexstar 10-Q, an LMS draft copy and fcc.report copies of the 2017 Nexstar/Media General order, not used). "
 + CHECK +
 "'Communications Corporation of America', '14-1757', 'BALCDT-20130503', 'KVEO', 'KWKT', 'KYLE-TV', 'KTSM', "
 "'WGMB', 'KETK', 'KADN', 'WNTZ': in no corpus file, GATHERING.md line, script, note or pool (the call signs only "
 "inside binary model files under /work/notes); 'Nexstar' only in other matters (train: the DOJ 2019 Sinclair/"
 "Nexstar spot-advertising judgment, the benton.org DOJ media-cases item naming Nexstar/Tribune, and 1998's "
 "Malrite/Raycom order; GATHERING.md's Nexstar/Tribune and Nexstar/Media General not-used lines).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
