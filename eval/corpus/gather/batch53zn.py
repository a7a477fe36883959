#!/usr/bin/env python3
"""Batch 53zn (session 54, gatherer lane zn): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC transaction lane of batches 15f, 43n-53zk (the
television side, after 53zk), on three television licence assignments no corpus file holds (53zk's leads: Denali
Media Juneau / Ketchikan TV with Ketchikan Public Utilities' petition; the state-name queries for Maine, Vermont,
Florida, Georgia -- the Maine query brought back the WPME order, the Florida query the KTFF order):
  - DA 14-662 adopted and released 15 May 2014, the Video Division's Memorandum Opinion and Order granting the
    assignment of KUBD(TV), Ketchikan and KTNL-TV, Sitka, Alaska from Ketchikan TV, LLC to Denali Media Juneau, Corp.
    and denying the petition to deny of the City of Ketchikan, d/b/a Ketchikan Public Utilities (fcc.gov's document
    page);
  - DA 05-357 adopted 9 February and released 10 February 2005, the Media Bureau's Memorandum Opinion and Order on KB
    Prime Media, LLC's application to assign WPME( TV), Lewiston, Maine to Pegasus Satellite Communications, Inc.,
    Debtor- in- Possession, a subsidiary of Pegasus Communications Corporation (the FCC's own EDOCS text file);
  - FCC 06-121 adopted 14 August 2006 and released 2 March 2007, the Commission's Memorandum Opinion and Order denying
    Kimberly Mayhew's application for review of the 2003 letter ruling that granted the assignment of KTFF(TV),
    Porterville, California from Paxson Communications License Company, LLC to Univision Communications, Inc. (the
    FCC's own EDOCS text file).
Three matters, one text each. Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the page
chrome (fcc.gov's 'Skip Navigation', 'English Display Options', 'Commission Document', the page heading, 'Download
Options', the first 'Released:' line; DA 05-357's '*Pages 1--4 from Microsoft Word - 46007.doc*'), the letterheads
('Federal Communications Commission', the DA/FCC number, 'Before the', 'Washington, D.C. 20554'), the caption blocks
(parties, '(assignor)' / '(Assignee)', the ')' column, file and facility numbers; they give the `title`), the section
headings ('I. BACKGROUND'; 'I. Introduction'), the paragraph numbers, and the footnote markers (DA 14-662: '1' after
'(“KUBD”).', '2' after 'the application.'; DA 05-357: '1' after '(“ PCC”).'; FCC 06-121: '1' after '(Univision).', '2'
after '(CNI).'). Kept, each on its own line: 'MEMORANDUM OPINION AND ORDER', the adopted/released line (DA 14-662's two
lines joined into one, 53zb's call), the 'By the ...:' line, then the paragraphs (line wraps joined). Cuts at the last
full sentence before the excerpt breaks off or runs into footnote text: DA 14-662 after 'KPU is one of two cable
television system providers in Ketchikan, Alaska.', before 'The other cable provider in Ketchikan is General
Communications, Inc. (“GCI”), the parent company of the proposed' (breaks off, then footnote text); DA 05-357 after
'... Channel 51 (WB), Portland, Maine.', before 'Through another subsidiary, B. T. Satellite,' (runs into footnote 1's
text and the page header of page 2); FCC 06-121 after '... so long as certain conditions are met.', before 'In her
original Petition to Deny, the Petitioner argued ...' (runs into footnote text and breaks off). No word added or
changed; the EDOCS file's spaces are kept as written ('WPME( TV)', 'WPXT( TV)', 'above- captioned', 'Debtor- in-
Possession', '(“ KB Prime”)', '(" WPME Corp.”)' with its straight opening quote, '(“ PCC”)'; 52z's and 53zk's calls).
Titles: the caption parties and the consent line joined ('; ' between parts, 52z's, 53zb's and 53zk's calls; the ')'
column, the role words and the numbers dropped). Per-item notes in `notes`. Written before any extractor ran on the
texts (newskg was not run on them). `verify()` checks that every kept run and each title part occurs in the saved
excerpt (/tmp/gather54zn/src/ketchikan.txt, wpme.txt, ktff.txt) when that file is present.
usage: batch53zn.py [POOL_DIR] [--dry]   (default /tmp/gather54zn/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54zn/pool"
SRC = "/tmp/gather54zn/src"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -ai), every "
         "gather script, the notes under /work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (54a-54zm "
         "at the last check): ")
R = []
RUNS = {}

# ---- Ketchikan TV, LLC -> Denali Media Juneau, Corp.; KUBD(TV), KTNL-TV; KPU's petition denied; DA 14-662 (2014) ----
U1 = "http://www.fcc.gov/document/ketchikan-tv-llc-assignor-and-denali-media-juneau-corp-assignee"
I1 = "us-fcc-ketchikan-tv-denali-media-juneau-kubd-ketchikan-ktnl-sitka-assignment-kpu-petition-denied-order-2014"
T1P = ["Ketchikan TV, LLC", "Denali Media Juneau, Corp.",
       "For Consent to Assign the Licenses of Station KUBD(TV), Ketchikan, Alaska; and Station KTNL-TV, Sitka, Alaska"]
T1 = "; ".join(T1P)
H1 = ["MEMORANDUM OPINION AND ORDER", "Adopted: May 15, 2014 Released: May 15, 2014",
      "By the Chief, Video Division, Media Bureau:"]
P1 = [["By this Memorandum Opinion and Order, the Commission, by the Chief, Video Division, Media Bureau, pursuant to "
       "delegated authority, grants consent to the assignment of the licenses of stations KUBD(TV), Ketchikan, Alaska "
       "and KTNL-TV, Sitka, Alaska, to Denali Media Juneau, Corp. (\u201cDenali\u201d), from Ketchikan TV, LLC "
       "(\u201cKetchikan TV\u201d), and denies a Petition to Deny (\u201cPetition\u201d) filed by the City of "
       "Ketchikan, Alaska, d/b/a Ketchikan Public Utilities (\u201cKPU\u201d) opposing the assignment application of "
       "KUBD(TV) (\u201cKUBD\u201d).", " Specifically, the Petition requests that the Commission impose conditions on "
       "any grant of the application."],
      ["KPU is one of two cable television system providers in Ketchikan, Alaska."]]
RUNS[I1] = ("ketchikan.txt", T1P[:2] + ["For Consent to Assign the Licenses of Station", "KUBD(TV), Ketchikan, Alaska; and Station",
                                    "KTNL-TV, Sitka, Alaska"] + [H1[0], "Adopted: May 15, 2014", "Released: May 15, 2014", H1[2]] +
            [x.strip() for p in P1 for x in p])
R.append(federal(
 I1, U1, "2014-05-15", T1,
 "\n\n".join(H1) + "\n\n" + "\n\n".join("".join(p) for p in P1),
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau (Video Division) Memorandum Opinion and Order DA 14-662, "
 "'Ketchikan TV, LLC (assignor) and Denali Media Juneau, Corp. (assignee); For Consent to Assign the Licenses of "
 "Station KUBD(TV), Ketchikan, Alaska; and Station KTNL-TV, Sitka, Alaska', adopted May 15, 2014, released May 15, "
 "2014, US federal government work (public domain); text as the FCC's document page holds it, from the search tool's "
 "page store at " + U1,
 "FCC document page (fcc.gov) of a Media Bureau order (search tool page store)",
 "The Video Division's Memorandum Opinion and Order DA 14-662 (adopted and released 15 May 2014) granting the "
 "applications (File Nos. BALCDT-20131209XYP, BALCDT-20131209XYQ) to assign the licences of KUBD(TV), Ketchikan and "
 "KTNL-TV, Sitka, Alaska from Ketchikan TV, LLC to Denali Media Juneau, Corp., and denying the Petition to Deny of the "
 "City of Ketchikan, Alaska, d/b/a Ketchikan Public Utilities (KPU), as fcc.gov's document page holds it; an FCC order "
 "is a US federal work, public domain (batch 15f). `published` is the release day. Two renderings came back: fcc.gov's "
 "document page (rank 2 under two queries) and the EDOCS text file docs.fcc.gov/public/attachments/DA-14-662A1.txt "
 "(rank 6, the same words run together, and the same break); the document page was taken, as 53zk's DA 13-2098. Left "
 "out: the page chrome ('Skip Navigation', 'English Display Options', 'Commission Document', the heading 'Ketchikan TV, "
 "LLC Assignor and Denali Media Juneau, Corp., Assignee', 'Download Options', the first 'Released: May 15, 2014'); the "
 "letterhead ('Federal Communications Commission', 'DA 14-662', 'Before the', 'Washington, D.C. 20554'); the caption "
 "block ('In the Matter of', the parties with '(assignor)' / '(assignee)', the ')' column, the file and facility "
 "numbers, the consent line -- it gives the title); the paragraph numbers '1.' and '2.'; the section heading 'I. "
 "BACKGROUND'; the footnote markers '1' after '(\u201cKUBD\u201d).' and '2' after 'the application.'. Kept: 'MEMORANDUM "
 "OPINION AND ORDER'; 'Adopted: May 15, 2014 Released: May 15, 2014' (two lines of the page joined into one, 53zb's "
 "call); 'By the Chief, Video Division, Media Bureau:'; the first paragraph (two sentences, line wraps joined) and the "
 "first sentence of the second. Cut at the last full sentence before the excerpt breaks off (after 'KPU is one of two "
 "cable television system providers in Ketchikan, Alaska.', before 'The other cable provider in Ketchikan is General "
 "Communications, Inc. (\u201cGCI\u201d), the parent company of the proposed', which breaks off and runs into footnote 1's "
 "text 'While we take action on the above captioned applications simultaneously ...'); `truncated`. GCI is thus not in "
 "the kept text. Kept as written: the curly quotes round the short names, 'd/b/a', 'Ketchikan, Alaska and KTNL-TV' (no "
 "comma after 'Alaska'). Title: the caption's two parties and its consent line, joined with '; '. In the lane (an FCC "
 "order granting a television assignment, naming assignor, assignee, stations and a petitioner, 2014). " + CHECK +
 "'14-662', 'Denali Media Juneau', 'KUBD', 'KTNL', 'Ketchikan Public', 'BALCDT-20131209': in no corpus file, script or "
 "pool; 'Denali Media Juneau' and 'Ketchikan Public' only in 53zk's leads (GATHERING.md and its note). Other matters "
 "only: 'Denali Media' (53zk's KTVA order, DA 13-2098, in which Ketchikan TV is a petitioner: another matter), "
 "'Ketchikan TV' (the same 53zk text).",
 True))

# ---- KB Prime Media, LLC -> Pegasus Satellite Communications (Pegasus Communications Corp.); WPME( TV); DA 05-357 ----
U2 = "https://docs.fcc.gov/public/attachments/DA-05-357A1.txt"
I2 = "us-fcc-kb-prime-media-pegasus-satellite-communications-pcc-wpme-lewiston-assignment-order-2005"
T2P = ["KB PRIME MEDIA, LLC", "PEGASUS SATELLITE COMMUNICATIONS, INC., DEBTOR- IN- POSSESSION",
       "For Consent to Assign the License of Station WPME( TV), Lewiston, Maine"]
T2 = "; ".join(T2P)
H2 = ["MEMORANDUM OPINION AND ORDER", "Adopted: February 9, 2005 Released: February 10, 2005",
      "By the Chief, Media Bureau:"]
P2 = ["We herein consider, pursuant to delegated authority, the above- captioned application of KB Prime Media, LLC "
      "(\u201c KB Prime\u201d), for consent to assign the license of station WPME( TV), Channel 35 (UPN), Lewiston, Maine "
      "to Pegasus Satellite Communications, Inc., Debtor- in- Possession (\" WPME Corp.\u201d), a subsidiary of Pegasus "
      "Communications Corporation (\u201c PCC\u201d).", " PCC also owns HMW, Inc., the licensee of WPXT( TV), Channel 51 "
      "(WB), Portland, Maine."]
RUNS[I2] = ("wpme.txt", T2P + H2 + [x.strip() for x in P2])
R.append(federal(
 I2, U2, "2005-02-10", T2,
 "\n\n".join(H2) + "\n\n" + "".join(P2),
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau Memorandum Opinion and Order DA 05-357, 'In Re Application of "
 "KB Prime Media, LLC (Assignor) and Pegasus Satellite Communications, Inc., Debtor-in-Possession (Assignee), For "
 "Consent to Assign the License of Station WPME(TV), Lewiston, Maine', adopted February 9, 2005, released February 10, "
 "2005, US federal government work (public domain); text as the FCC's own EDOCS text file holds it, from the search "
 "tool's page store at " + U2,
 "FCC EDOCS text file of a Media Bureau order (search tool page store)",
 "The Media Bureau's Memorandum Opinion and Order DA 05-357 (adopted 9 February, released 10 February 2005) on KB Prime "
 "Media, LLC's application (File No. BALCT-20040227AAA) to assign the licence of WPME(TV), Lewiston, Maine to Pegasus "
 "Satellite Communications, Inc., Debtor-in-Possession, a subsidiary of Pegasus Communications Corporation, which also "
 "owns HMW, Inc., licensee of WPXT(TV), Portland, as the FCC's own text file holds it (one run of text, the PDF "
 "converter's spaces after hyphens, before parentheses and after opening quotes); an FCC order is a US federal work, "
 "public domain (batch 15f). `published` is the release day. One rendering came back, under the Maine query (rank 2; "
 "the query named the 1997 WCSH/WLBZ order DA 97-2722, whose excerpt breaks off inside its first sentence -- not "
 "used). Left out: '*Pages 1--4 from Microsoft Word - 46007.doc*'; the letterhead ('Federal Communications Commission "
 "DA 05- 357 Before the Federal Communications Commission Washington, D. C. 20554'); the caption ('In Re Application "
 "of KB PRIME MEDIA, LLC (Assignor) and PEGASUS SATELLITE COMMUNICATIONS, INC., DEBTOR- IN- POSSESSION (Assignee) For "
 "Consent to ...', the ')' column, the file and facility numbers -- it gives the title); the section heading 'I. "
 "Introduction'; the paragraph number '1.'; the footnote marker '1' after '(\u201c PCC\u201d).'. Kept: 'MEMORANDUM OPINION "
 "AND ORDER'; 'Adopted: February 9, 2005 Released: February 10, 2005'; 'By the Chief, Media Bureau:'; the first two "
 "sentences of the first paragraph. Cut at the last full sentence before the excerpt runs into footnote text (after "
 "'... Channel 51 (WB), Portland, Maine.', before 'Through another subsidiary, B. T. Satellite, 1 In the application "
 "as originally filed ...', where footnote 1 and the page-2 header run in before the sentence goes on 'Inc., PCC "
 "currently programs station WPME( TV) pursuant to a time brokerage agreement.'; that sentence and 'This application "
 "is unopposed.' are left out with the rest, not spliced round the footnote); `truncated`. The ruling is not in the "
 "kept text ('We herein consider'). Kept as written: 'WPME( TV)', 'WPXT( TV)', 'above- captioned', 'Debtor- in- "
 "Possession', '(\u201c KB Prime\u201d)', '(\" WPME Corp.\u201d)' (a straight opening quote, a curly closing one), "
 "'(\u201c PCC\u201d)', 'Maine to Pegasus' (no comma). Title: the caption's two parties (capitals and converter spaces as "
 "written) and its consent line, joined with '; ' (the role words dropped). In the lane (an FCC order on a television "
 "assignment naming assignor, assignee, its parent, a sister licensee and two stations, 2005). " + CHECK +
 "'05-357', 'KB Prime', 'WPME', 'WPXT', 'HMW, Inc', 'B. T. Satellite', 'BALCT- 20040227': in no corpus file, "
 "GATHERING.md line, script, note or pool. 'Pegasus' only in GATHERING.md lines on Pegasus Wireless (an SEC matter).",
 True))

# ---- Paxson Communications License Company -> Univision Communications; KTFF(TV), Porterville; FCC 06-121 (2006/2007) --
U3 = "https://docs.fcc.gov/public/attachments/FCC-06-121A1.txt"
I3 = "us-fcc-paxson-communications-license-univision-ktff-porterville-assignment-mayhew-review-denied-order-2007"
T3P = ["Paxson Communications License Company, LLC", "Univision Communications, Inc.",
       "For Consent to the Assignment of the License for Station KTFF(TV), Porterville, California"]
T3 = "; ".join(T3P)
H3 = ["MEMORANDUM OPINION AND ORDER", "Adopted: August 14, 2006 Released: March 2, 2007",
      "By the Commission: Commissioner Copps issuing a statement."]
P3 = [["By this Memorandum Opinion and Order, we deny an Application for Review filed by Kimberly Mayhew (Petitioner) "
       "seeking review of a February 7, 2003, letter ruling (\u201cGrant Letter\u201d) granting the application to assign "
       "KTFF(TV), Porterville, CA, (formerly KPXF(TV)) from Paxson Communications License Company, LLC (Paxson) to "
       "Univision Communications, Inc. (Univision).", " The Bureau conditioned the grant upon compliance with any further "
       "order of the Commission requiring amendment or deletion of a Station Agreement for Overnight Programming, Use of "
       "Digital Capacity, and Public Interest Programming (Station Agreement) between Paxson and the Christian Network, "
       "Inc. (CNI)."],
      ["Under the Station Agreement, CNI has the right to program KTFF(TV)\u2019s primary analog and digital channel from 1 "
       "am to 6 am, Eastern and Pacific Time, seven days a week. If, during the transition to digital television, the "
       "licensee decides to commence multicasting using 2 multicast channels, then the licensee must also make available "
       "a third digital channel for CNI\u2019s exclusive use, so long as certain conditions are met."]]
RUNS[I3] = ("ktff.txt", T3P[:2] + ["For Consent to the Assignment of the License for Station KTFF(TV), Porterville, California"] +
            H3 + [x.strip() for p in P3 for x in p])
R.append(federal(
 I3, U3, "2007-03-02", T3,
 "\n\n".join(H3) + "\n\n" + "\n\n".join("".join(p) for p in P3),
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Memorandum Opinion and Order FCC 06-121, 'In the Matter of Paxson "
 "Communications License Company, LLC (Assignor) and Univision Communications, Inc. (Assignee), For Consent to the "
 "Assignment of the License for Station KTFF(TV), Porterville, California', adopted August 14, 2006, released March 2, "
 "2007, US federal government work (public domain); text as the FCC's own EDOCS text file holds it, from the search "
 "tool's page store at " + U3,
 "FCC EDOCS text file of a Commission order (search tool page store)",
 "The Commission's Memorandum Opinion and Order FCC 06-121 (adopted 14 August 2006, released 2 March 2007) denying "
 "Kimberly Mayhew's Application for Review of the Media Bureau's letter ruling of 7 February 2003, which granted the "
 "application (File No. BALCT-20020730ABO) to assign KTFF(TV), Porterville, California (formerly KPXF(TV)) from Paxson "
 "Communications License Company, LLC to Univision Communications, Inc., on condition as to a Station Agreement between "
 "Paxson and the Christian Network, Inc., as the FCC's own text file holds it (one run of text); an FCC order is a US "
 "federal work, public domain (batch 15f). `published` is the release day. One rendering came back, under the Florida "
 "query (rank 4; the Florida texts that came back were must-carry and radio orders). Left out: the letterhead ('Federal "
 "Communications Commission FCC 06-121 Before the Federal Communications Commission Washington, D.C. 20554'); the "
 "caption ('In the Matter of Paxson Communications License Company, LLC (Assignor) and Univision Communications, Inc. "
 "(Assignee) For Consent to ...', the ')' column, the file and facility numbers -- it gives the title); the paragraph "
 "numbers '1.' and '2.'; the footnote markers '1' after '(Univision).' and '2' after '(CNI).'. Kept: 'MEMORANDUM "
 "OPINION AND ORDER'; 'Adopted: August 14, 2006 Released: March 2, 2007'; 'By the Commission: Commissioner Copps "
 "issuing a statement.'; the first paragraph (two sentences) and the first two sentences of the second. Cut at the last "
 "full sentence before the excerpt runs into footnote text and breaks off (after '... so long as certain conditions are "
 "met.', before 'In her original Petition to Deny, the Petitioner argued that the Station Agreement violated, ... and "
 "the 1 Letter from W. Kenneth Ferree, Chief, Media Bureau, to John P. Feore, Jr., e'); `truncated`. Kept as written: "
 "'Porterville, CA, (formerly KPXF(TV))' (the comma before the parenthesis), 'the Christian Network, Inc.', "
 "'KTFF(TV)\u2019s' and 'CNI\u2019s' with curly apostrophes, '1 am to 6 am', '2 multicast channels'. Title: the caption's "
 "two parties and its consent line, joined with '; ' (the role words dropped). In the lane (an FCC order on a television "
 "assignment naming assignor, assignee, station and a programming counterparty, 2003-2007). " + CHECK +
 "'06-121' (only the SEC's release 2006-121 on Brocade, GATHERING.md: another matter), 'KTFF', 'KPXF', 'Porterville', "
 "'Paxson Communications License', 'Christian Network', 'BALCT-20020730': in no corpus file, GATHERING.md line, script, "
 "note or pool. Other matters only: 'Univision' (Televisa in batch 26c; Univision/Hispanic Broadcasting, 44f, a DOJ "
 "matter), 'Mayhew' (Stewart Mayhew of the SEC, another person).",
 True))


def verify():
    """Each kept run (and title part) occurs in the saved excerpt (whitespace normalised), when the file is present."""
    norm = lambda s: re.sub(r"\s+", " ", s).strip()
    for rid, (fn, runs) in RUNS.items():
        p = os.path.join(SRC, fn)
        if not os.path.exists(p):
            continue
        src = norm(open(p, encoding="utf-8").read())
        for x in runs:
            assert norm(x) in src, (rid, x[:60])


if __name__ == "__main__":
    verify()
    write_all(R, POOL, dry="--dry" in sys.argv)
