#!/usr/bin/env python3
"""Batch 54w (session 55, gatherer 54w): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC radio-transaction lane of batches 15f,
43n-49f, 49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v, 52w, 52y, 52zc, 53a,
53g, 53o, 53s, 53y, 53za, 53zd, 53zf, 54c, 54k and 54q (50l and 52s null rounds), on three radio licence matters of
2000 and 2002 that no corpus file holds --
  - the Commission's notice in the Federal Register of 10 October 2002 (67 FR 63094, FR Doc. 02-25765) summarising
    its Hearing Designation Order in MB Docket No. 02-284 (FCC 02-251, adopted 16 September, released 18 September
    2002) on the assignment of WAAM(AM), Ann Arbor, Michigan, from Whitehall Enterprises, Inc. to Clear Channel
    Broadcasting Licenses, Inc. (the GPO's text on frwebgate.access.gpo.gov; 54q's lead: the Federal Register
    summaries of the 2002 interim-policy hearing orders);
  - Commissioner Gloria Tristani's press statement of 2 June 2000 on the Mass Media Bureau's grant of the licence
    transfer of WBNQ(FM), WBWN(FM) and WJBC(AM), Bloomington, Illinois, from Bloomington Broadcast Holdings, Inc. to
    Citadel Communications Corp. (a docslib.org copy of the FCC's release);
  - Commissioner Tristani's press statement of 31 March 2000 on the Bureau's grant of the licence transfer of
    WRWC(FM), Rockford, Illinois, from Salter Broadcasting to RadioWorks, Inc. (the FCC's own ASCII text file on
    transition.fcc.gov).
The two statements are a text form new to the lane (a Commissioner's official statement on a staff grant, not a
Commission order: the lane's Commission orders of 2000-2004 came back only as docs.fcc.gov Word conversions with
spaces inside names, or were held already; see the notes and GATHERING.md's section).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the GPO header lines, rule lines, the
agency line and the bracketed docket line of the notice, its heading (kept as `title`, its line wrap joined), its
field labels ('AGENCY:', 'ACTION:', 'SUMMARY:', 'DATES:', 'ADDRESSES:', 'FOR FURTHER INFORMATION CONTACT:',
'SUPPLEMENTARY INFORMATION:') and the fields that are no story (agency, action, dates line, filing address,
contact); the statements' letterhead (telephone lines, 'Internet: http://www.fcc.gov', '(NEWS) ftp.fcc.gov',
'Federal Communications Commission 445 12th Street, S.W. Washington, D. C. 20554'), the standing disclaimer ('This is
an unofficial announcement of Commission action. ... (D.C. Circ 1974).'), the ASCII file's conversion notice (the
starred NOTICE block), the 'Re:' line (kept as `title`, 'Re: ' dropped), footnote marker '1'; docslib's title line,
'Total Page:16' and 'File Type:pdf, Size:1020Kb'. Kept: the notice's summary (three sentences) and the first sentence
of its supplementary information, a blank line between; each statement's release line ('FOR IMMEDIATE RELEASE: ...')
and its 'Press Statement of Commissioner Gloria Tristani' line, each on its own line (as 54k kept the release's date
line), then the statement's paragraphs up to the last full sentence before the excerpt breaks off. GPO line wraps
joined with one space; the ASCII file's run-together lines split only at its own line starts (whitespace only). No
word added or changed. Per-item notes in `notes`. The excerpts saved by hand in /tmp/gather55w/src (waam.json,
bloomington.json with both docslib renderings, rockford.json; each with its address and queries; waam_save.py and
save2.py wrote them); /tmp/gather55w/src/check.py shows each kept paragraph and each `title` a run of its excerpt
once whitespace, the footnote marker and the left-out lines are set aside.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch54w.py [POOL_DIR] [--dry]   (default /tmp/gather55w/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55w/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -aciF), every "
         "gather script, the notes under /work/notes/gather5* and the session-55 pools /tmp/gather55*/pool (55a-55r "
         "at the last check; none on these matters): ")
R = []

# ---- WAAM(AM), Ann Arbor: Whitehall Enterprises -> Clear Channel Broadcasting Licenses, hearing designation, FR ----
U1 = "http://frwebgate.access.gpo.gov/cgi-bin/getdoc.cgi?dbname=2002_register&docid=02-25765-filed"
R.append(federal(
 "us-fcc-federal-register-whitehall-enterprises-clear-channel-broadcasting-licenses-waam-ann-arbor-hearing-"
 "designation-2002",
 U1, "2002-10-10",
 "Whitehall Enterprises, Inc. and Clear Channel Broadcasting Licenses, Inc.",
 "In this document, the FCC designates the application to assign the license of radio station WAAM(AM), Ann "
 "Arbor, Michigan, from Whitehall Enterprises, Inc. (``Whitehall'') to Clear Channel Broadcasting Licenses, Inc. "
 "(``Clear Channel''). The Commission cannot find, based on the record, that grant of this application is "
 "consistent with the public interest, convenience, and necessity. Accordingly, pursuant to 47 U.S.C. 309(e), the "
 "Commission designates the application for hearing to determine whether the public interest, convenience, and "
 "necessity will be served by grant of the application.\n\n"
 "This is a summary of the Federal Communications Commission's Hearing Designation Order, MB Docket No. 02-284, "
 "adopted on September 16, 2002, and released on September 18, 2002.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, notice in the Federal Register 'Whitehall Enterprises, Inc. and Clear "
 "Channel Broadcasting Licenses, Inc.' (MB Docket No. 02-284; FCC 02-251), 67 FR 63094-63095, FR Doc. 02-25765, "
 "October 10, 2002, summarising the Commission's Hearing Designation Order adopted September 16 and released "
 "September 18, 2002, US federal government work (public domain); text as the Government Publishing Office's "
 "Federal Register Online (frwebgate.access.gpo.gov) gives it, from the search tool's page store at " + U1,
 "Federal Register notice of the FCC, GPO text on frwebgate.access.gpo.gov (search tool page store)",
 "The Commission's notice in the Federal Register of Thursday, 10 October 2002 (67 FR 63094-63095, FR Doc. 02-25765; "
 "kept as `published`, as 54q's KLFX notice took the Federal Register day) summarising its Hearing Designation Order "
 "in MB Docket No. 02-284 (FCC 02-251, adopted 16 September, released 18 September 2002) on the application to "
 "assign WAAM(AM), Ann Arbor, Michigan, from Whitehall Enterprises, Inc. to Clear Channel Broadcasting Licenses, "
 "Inc., the GPO text as frwebgate.access.gpo.gov gives it; a Federal Register notice of an agency is a US federal "
 "work, public domain (frwebgate copies as in batches 42z, 43e). 54q's lead (the Federal Register summaries of the "
 "2002 interim-policy hearing designation orders, a second text form). Left out: the GPO header lines ('[Federal "
 "Register Volume 67, Number 197 (Thursday, October 10, 2002)]', '[Notices]', '[Pages 63094-63095]', 'From the "
 "Federal Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: 02-25765]'), the rule "
 "lines, 'FEDERAL COMMUNICATIONS COMMISSION', '[MB Docket No. 02-284; FCC 02-251]' and the heading (kept as "
 "`title`, its line wrap 'Broadcasting \\nLicenses' joined with one space); the field labels; the fields that tell "
 "no story: 'Federal Communications Commission.' (agency), 'Notice.' (action), 'See SUPPLEMENTARY INFORMATION "
 "section for document filing dates.', the filing address (the Enforcement Bureau's Investigations and Hearing "
 "Division, Room 3-B431, 445 12th Street, SW.) and the contact (Charles W. Kelley, its Chief, and his telephone "
 "number, as 54q). Kept: the summary (three sentences) and the supplementary information's first sentence, a blank "
 "line between; the GPO line wraps joined with one space ('418-\\n1420' and 'CY-\\nA257' are in the left-out "
 "parts). Cut after that sentence, before 'The full text is available for inspection and copying ...' (the Reference "
 "Information Center's room and address; the excerpt breaks off at 'The full text may also be'); `truncated`. Kept "
 "as written: the GPO's ``double backquote'' quotation marks around 'Whitehall' and 'Clear Channel' (as the corpus's "
 "other GPO texts keep them), '47 U.S.C. 309(e)', 'Federal Communications Commission's' (straight apostrophe), 'MB "
 "Docket No. 02-284'. In the lane (the Commission's action on a radio licence assignment under the 2002 interim "
 "policy: assignor, assignee and station named). One text per matter: the order itself came back only as the "
 "FCC's Word conversion https://docs.fcc.gov/public/attachments/FCC-02-251A1.txt ('*Pages 1--18 from \u00fe\u00ff*', "
 "spaces inside names: 'WAAM( AM)', '(\u201c Whitehall\u201d)', 'MB Docket No. 02- 284'), which the lane does not "
 "take (54k, 54q), and its paragraph 1 is the standing opening of the 2002 hearing designation orders; so the "
 "Federal Register summary was taken. Found with 'summary of the Federal Communications Commission's Hearing "
 "Designation Order MM Docket No. 02-138 assign the license radio station Clear Channel' (rank 3) and 'Whitehall "
 "Enterprises WAAM Ann Arbor Clear Channel Broadcasting Licenses hearing designation order MB Docket 02-284' (rank "
 "1; one rendering). " + CHECK + "'WAAM', 'Whitehall Enterprises', '02-284', '02-251', '02-25765', '63094': in no "
 "corpus file, GATHERING.md line, script, note or pool ('Whitehall' alone only for the London street; 'Ann Arbor' "
 "in corpus files on other matters: Kmart, ProQuest, DTE Energy); 'Clear Channel Broadcasting Licenses' in corpus "
 "files only for other stations and applications (KMJI(FM) 52k, KAYD-FM's footnote 51zd, 54k's Columbus stations, "
 "54q's KCGY/KOWB and KLFX, and others).",
 True))

# ---- WBNQ(FM), WBWN(FM), WJBC(AM), Bloomington: Bloomington Broadcast Holdings -> Citadel, Tristani statement ----
U2 = "https://docslib.org/doc/9682241/for-immediate-release-june-2-2000-press-statement-of"
R.append(federal(
 "us-fcc-commissioner-tristani-statement-bloomington-broadcast-holdings-citadel-communications-wbnq-wbwn-wjbc-"
 "transfer-2000",
 U2, "2000-06-02",
 "Application for Radio License Transfers in Bloomington, Illinois from Bloomington Broadcast Holdings, Inc. to "
 "Citadel Communications Corp.",
 "FOR IMMEDIATE RELEASE: June 2, 2000\n\n"
 "Press Statement of Commissioner Gloria Tristani\n\n"
 "The Mass Media Bureau has granted a license transfer of WBNQ(FM), WBWN(FM) and WJBC(AM) that will permit one "
 "entity to control a staggering 90.5% of the market revenue in Bloomington, Illinois. I have serious doubts that "
 "this level of concentration of the public airwaves is in the public interest.\n\n"
 "The Bureau\u2019s rationale for its action relies on the fact that this case involves the transfer of an existing "
 "station combination from one entity (Bloomington Broadcast Holdings, Inc.) to another (Citadel Communications "
 "Corp.). In the Bureau\u2019s view, because such a transfer does not change the competitive landscape in "
 "Bloomington, there is no basis on which the Commission could deny the license transfer.\n\n"
 "The Bureau asks the wrong question. Under the Section 310(d) of the Communications Act, the issue is not whether "
 "a license transfer would change the competitive landscape, but whether a license transfer is in the public "
 "interest. While a public interest inquiry includes a competitive analysis, it also includes other vital "
 "considerations like the diversity of voices available to the listening public. Here, the Bureau has approved a "
 "license transfer that will give one entity control over three of five commercial stations in the Bloomington "
 "Arbitron market (representing, as noted above, over 90% of the revenues).",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, 'Press Statement of Commissioner Gloria Tristani. Re: Application for "
 "Radio License Transfers in Bloomington, Illinois from Bloomington Broadcast Holdings, Inc. to Citadel "
 "Communications Corp.', news release, June 2, 2000, US federal government work (public domain); text as "
 "docslib.org's copy of the FCC's document holds it, from the search tool's page store at " + U2,
 "docslib.org copy of an FCC Commissioner's press statement (search tool page store)",
 "Commissioner Gloria Tristani's press statement released by the FCC on 2 June 2000 (kept as `published`, the "
 "release day the text gives) on the Mass Media Bureau's grant of the licence transfer of WBNQ(FM), WBWN(FM) and "
 "WJBC(AM), Bloomington, Illinois, from Bloomington Broadcast Holdings, Inc. to Citadel Communications Corp., as "
 "docslib.org's text extraction of the FCC's release holds it; a Commissioner's official statement issued by the "
 "FCC is a US federal work, public domain (as the Commission's releases, batch 15f, 45c; a Commissioner's "
 "statement is in the corpus already: fcc-rosenworcel-statement-disaster-information-reporting-outages-2024). A text "
 "form new to this lane: the statement tells a staff grant of a radio licence transfer, not a Commission order "
 "(**doubtful** for the lane; the lane's Commission orders of 2000-2004 came back as Word conversions or matters "
 "already held this round). Two renderings of the one docslib page came back: (a) with paragraph breaks, whose "
 "'Re:' line reads 'Transfers in Bloomington, from Bloomington Broadcast Holdings' (no 'Illinois'); (b) run "
 "together after docslib's title line ('FOR IMMEDIATE RELEASE: June 2, 2000 Press Statement Of', 'Total Page:16', "
 "'File Type:pdf, Size:1020Kb'), whose 'Re:' line reads 'Transfers in Bloomington, Illinois from Bloomington "
 "Broadcast Holdings'. Compared (saved in bloomington.json): whitespace aside the kept paragraphs agree word for "
 "word; (b) breaks off earlier ('(representing, a'). Text from (a), whose paragraphs it keeps, up to the last "
 "full sentence; `title` from (b)'s 'Re:' line ('Re: ' dropped; **doubtful**: (a) lacks 'Illinois' there, (b) is "
 "taken as the fuller line, the text itself naming 'Bloomington, Illinois'). Left out: the letterhead ('News media "
 "Information 202 / 418-0500 TTY 202 / 418-2555 Fax-On-Demand 202 / 418-2830 Internet: http://www.fcc.gov NEWS "
 "ftp.fcc.gov Federal Communications Commission 445 12th Street, S.W. Washington, D. C. 20554'); the standing "
 "disclaimer ('This is an unofficial announcement of Commission action. Release of the full text of a Commission "
 "order constitutes official action. See MCI v. FCC. 515 F 2d 385 (D.C. Circ 1974).'); the 'Re:' line (kept as "
 "`title`); the footnote marker '1' after '(representing, as noted above, over 90% of the revenues).' (the "
 "footnote's text is not in the excerpt). Kept: 'FOR IMMEDIATE RELEASE: June 2, 2000' and 'Press Statement of "
 "Commissioner Gloria Tristani', each on its own line (as 54k kept the release's date line), then the statement's "
 "first three paragraphs; cut before the fourth sentence of paragraph 3, 'While other stations\u2019 signals may "
 "reach Bloomington, t', where the excerpt breaks off; `truncated`. Kept as written: the curly apostrophes "
 "('Bureau\u2019s'), 'Under the Section 310(d)', '90.5%', 'over 90%'. In the lane (the FCC's licence-transfer "
 "grant for three radio stations, seller and buyer named, 2000). Found with 'Citadel License Inc. Lafayette "
 "Louisiana assignment radio stations Commission order 2000 concentration Tristani' (rank 4, rendering a) and "
 "'Press Statement of Commissioner Gloria Tristani Bloomington Broadcast Holdings Citadel Communications Corp. "
 "WBNQ WBWN WJBC' (rank 1 rendering a, rank 4 rendering b). " + CHECK + "'WBNQ', 'WBWN', 'WJBC', 'Bloomington "
 "Broadcast', 'Citadel Communications Corp', '9682241', 'Mass Media Bureau has granted', 'Gloria Tristani': in no "
 "corpus file, GATHERING.md line, script, note or pool ('Citadel Communications' only for 52zd's Citadel "
 "Communications, L.L.C., a Nebraska television company, another firm; 'Tristani' in corpus files only as a "
 "Commissioner named in other matters' orders and releases; GATHERING.md's not-used line of 54q names another "
 "Tristani statement, of 20 March 2000 on Cumulus Youngstown and Citadel Lafayette, not this one).",
 True))

# ---- WRWC(FM), Rockford: Salter Broadcasting -> RadioWorks, Tristani statement ----
U3 = "https://transition.fcc.gov/Speeches/Tristani/Statements/2000/stgt018.txt"
R.append(federal(
 "us-fcc-commissioner-tristani-statement-radioworks-wrwc-fm-rockford-transfer-2000",
 U3, "2000-03-31",
 "Application for Radio License Transfer in Rockford, Illinois from Salter Broadcasting to RadioWorks, Inc.",
 "FOR IMMEDIATE RELEASE: March 31, 2000\n\n"
 "PRESS STATEMENT OF COMMISSIONER GLORIA TRISTANI\n\n"
 "The Mass Media Bureau has granted a license transfer of WRWC(FM) that will permit two entities to control a "
 "staggering 94.9% of the market revenue in Rockford, Illinois. With this transfer, RadioWorks' market share jumps "
 "from 35.2% to 49.8%, creating a duopoly with Cumulus (45.1% market share). I have serious doubts that this level "
 "of concentration of the public airwaves is in the public interest.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, 'Press Statement of Commissioner Gloria Tristani. Re: Application for "
 "Radio License Transfer in Rockford, Illinois from Salter Broadcasting to RadioWorks, Inc.', news release, March "
 "31, 2000, US federal government work (public domain); text as the FCC's own ASCII text file on transition.fcc.gov "
 "holds it, from the search tool's page store at " + U3,
 "FCC Commissioner's press statement, ASCII text on transition.fcc.gov (search tool page store)",
 "Commissioner Gloria Tristani's press statement released by the FCC on 31 March 2000 (kept as `published`, the "
 "release day the text gives) on the Mass Media Bureau's grant of the licence transfer of WRWC(FM), Rockford, "
 "Illinois, from Salter Broadcasting to RadioWorks, Inc., as the FCC's own text file (the Word97 conversion "
 "stgt018.txt on transition.fcc.gov) holds it; US federal work, public domain (as the Bloomington statement of this "
 "round; **doubtful** for the lane in the same way: a Commissioner's statement on a staff grant, not an order). One "
 "stored rendering came back (twice, for two queries; a Broadcasting & Cable story on broadcastingcable.com retells "
 "it: not an open licence, not used). The page store gives the file's lines run together with single spaces. "
 "Left out: the conversion notice (the starred 'NOTICE' block: 'This document was converted from Word97 to ASCII "
 "Text format. ... instead of the letters txt.'); the letterhead ('News media Information 202 / 418-0500 TTY 202 / "
 "418-2555 Fax-On-Demand 202 / 418-2830 Internet: http://www.fcc.gov ftp.fcc.gov Federal Communications Commission "
 "445 12th Street, S.W. Washington, D. C. 20554'); the standing disclaimer ('This is an unofficial announcement of "
 "Commission action. ... (D.C. Circ 1974).'); the 'Re:' line (kept as `title`, 'Re: ' dropped). Kept: 'FOR "
 "IMMEDIATE RELEASE: March 31, 2000' and 'PRESS STATEMENT OF COMMISSIONER GLORIA TRISTANI' (capitals as written), "
 "each on its own line (a line break where the run-together text has one space: whitespace only, as the "
 "Bloomington statement's rendering (a) lays out the same heading lines), then the statement's first paragraph "
 "(three sentences). Cut before 'I am at a loss as to why the Bureau is taking this act', where the excerpt breaks "
 "off; `truncated`. Kept as written: 'RadioWorks'' with a straight apostrophe, '94.9%', '(45.1% market share)'. "
 "Short (about 70 words) but whole sentences: the grant, the buyer's market share and the other owner. In the lane "
 "(the FCC's licence-transfer grant for a radio station, buyer named in the text, seller in the title, 2000). Found "
 "with 'Press Statement of Commissioner Gloria Tristani Bloomington Broadcast Holdings Citadel Communications Corp. "
 "WBNQ WBWN WJBC' (rank 7) and 'Tristani Rockford Illinois Salter Broadcasting RadioWorks WRWC(FM) duopoly with "
 "Cumulus market revenue' (rank 1). " + CHECK + "'WRWC', 'RadioWorks', 'Salter Broadcasting', 'stgt018': in no "
 "corpus file, GATHERING.md line, script, note or pool ('Rockford, Illinois' only in a 1994 hospital-merger file, "
 "another matter; 'Cumulus' in many lane files for other stations).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
