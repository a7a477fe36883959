#!/usr/bin/env python3
"""Batch 54zd (session 55, gatherer 54zd): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC radio-transaction lane of batches 15f,
43n-49f, 49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v, 52w, 52y, 52zc, 53a,
53g, 53o, 53s, 53y, 53za, 53zd, 53zf, 54c, 54k, 54q and 54w (50l and 52s null rounds), on two radio licence matters of
2000 and 2001 that no corpus file holds --
  - Commissioner Gloria Tristani's press statement of 24 March 2000 on the Mass Media Bureau's grant of the licence
    transfer of KOEZ(FM), Wichita, Kansas, from Kansas Radio Assets to Journal Broadcast Corporation (the FCC's own
    HTML page on fcc.gov; 54w's lead: Tristani's other 2000 statements, stgtNNN);
  - the Enforcement Bureau's Notice of Apparent Liability for Forfeiture DA 01-344 (adopted 12 February, released 13
    February 2001) against Citicasters Co., Clear Channel Communications, Inc.'s indirect subsidiary, for assuming
    control of WBTJ(FM), Hubbard, Ohio, under a time brokerage agreement tied to the proposed assignment of the
    station from Stop 26-Riverbend, Inc. (a docslib.org copy of the FCC's PDF; 54w's lead: a clean copy of the
    Citicasters/WBTJ(FM) texts -- the forfeiture order DA 01-823 came back only as the spaced ASCII/Word conversions,
    the NAL clean on docslib).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the statement page's chrome ('Text | Word
97', 'fcclogo NEWS', the FCC address, telephone and Internet lines), the standing disclaimer ('This is an unofficial
announcement of Commission action. ... (D.C. Circ 1974).'), the 'Re:' line (kept as `title`, 'Re: ' dropped) and the
footnote marker '(1)'; docslib's title line ('DA-01-344A1.Pdf'), 'Total Page:16', 'File Type:pdf, Size:1020Kb', the
order's running head ('Federal Communications Commission DA 01-344'), 'Before the Federal Communications Commission
Washington, D.C. 20554', the caption with its ')' column, file and NAL account numbers (the party line kept as
`title`), the section headings ('I. INTRODUCTION', 'II. BACKGROUND'), the paragraph numbers and the footnote markers
'1'-'4'. Kept: the statement's release lines ('FOR IMMEDIATE RELEASE', 'March 24, 2000') and its 'PRESS STATEMENT OF
COMMISSIONER GLORIA TRISTANI' line, then three paragraphs; the NAL's title line, its adoption/release line and 'By
the Chief, Enforcement Bureau:' each on its own line (as 54q's orders keep them), then paragraph 1 and paragraph 2's
first three sentences. Each text cut at a sentence end before the excerpt breaks off (or before a sentence broken by a
file number with a space in it, or by the run-in footnotes). Whitespace only between the kept lines (blank line
between paragraphs); no word added or changed. Per-item notes in `notes`. The excerpts saved by hand in
/tmp/gather55zd/src (wichita.json with both renderings, citicasters.json; each with its address and query; save.py
wrote them); /tmp/gather55zd/src/check.py shows each kept paragraph a run of its excerpt once the footnote markers
and whitespace are set aside, and each `title` a run of its excerpt (the caption's ')' column aside).
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch54zd.py [POOL_DIR] [--dry]   (default /tmp/gather55zd/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55zd/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -aciF), every "
         "gather script, the notes under /work/notes/gather5* and the session-55 pools /tmp/gather55*/pool (55a-55zh "
         "at the last check; none on these matters): ")
R = []

# ---- KOEZ(FM), Wichita: Kansas Radio Assets -> Journal Broadcast Corporation, Tristani statement ----
U1 = "https://www.fcc.gov/Speeches/Tristani/Statements/2000/stgt016.html"
R.append(federal(
 "us-fcc-commissioner-tristani-statement-kansas-radio-assets-journal-broadcast-koez-fm-wichita-transfer-2000",
 U1, "2000-03-24",
 "Mass Media Bureau Approval of Radio License Transfer in Wichita, Kansas",
 "FOR IMMEDIATE RELEASE\nMarch 24, 2000\n\n"
 "PRESS STATEMENT OF COMMISSIONER GLORIA TRISTANI\n\n"
 "The Mass Media Bureau has granted a license transfer of KOEZ(FM) from Kansas Radio Assets to Journal Broadcast "
 "Corporation. As a result of this transfer, Journal will own six stations in the Wichita market, including five FM "
 "stations.\n\n"
 "In the Telecommunications Act of 1996, Congress directed the Commission to apply increasing levels of permissible "
 "radio station ownership as markets increase in size. According to Arbitron, the Wichita radio market contains 24 "
 "stations, putting it in the category for mid-size radio markets with 15-29 stations. Applying the Arbitron "
 "definition, however, it appears that the current transaction could not be approved: in a 24-station market, an "
 "entity can only own four FM stations; Journal will own five.\n\n"
 "This transaction could be approved only because the Commission's rules stretch the definition of a radio "
 "\"market\" beyond any realistic meaning. While the real world believes that the Wichita market contains 24 "
 "stations, at the FCC we apparently believe there are 52 stations competing in Wichita. Wichita is thus treated the "
 "same under our rules as the largest markets in the country - i.e., those with 45 stations or more. An entity can "
 "own as many stations in Wichita as it can in New York or Los Angeles. That is absurd.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, 'Press Statement of Commissioner Gloria Tristani. Re: Mass Media Bureau "
 "Approval of Radio License Transfer in Wichita, Kansas', news release, March 24, 2000, US federal government work "
 "(public domain); text as the FCC's own HTML page on fcc.gov holds it, from the search tool's page store at " + U1,
 "FCC Commissioner's press statement, HTML page on fcc.gov (search tool page store)",
 "Commissioner Gloria Tristani's press statement released by the FCC on Friday, 24 March 2000 (kept as `published`, "
 "the release day the text gives) on the Mass Media Bureau's grant of the licence transfer of KOEZ(FM), Wichita, "
 "Kansas, from Kansas Radio Assets to Journal Broadcast Corporation, as the FCC's own HTML page (stgt016.html) holds "
 "it; a Commissioner's official statement issued by the FCC is a US federal work, public domain (as 54w's two "
 "Tristani statements; **doubtful** for the lane in the same way: a Commissioner's statement on a staff grant, not "
 "an order -- the brief's lead allows statements on named transactions). 54w's lead (Tristani's other 2000 "
 "statements). Two renderings came back for one query: (a) www.fcc.gov, with 'FOR IMMEDIATE RELEASE' and 'PRESS "
 "STATEMENT OF COMMISSIONER GLORIA TRISTANI' lines, breaking off in paragraph 4 ('overlaps, in whol'); (b) "
 "transition.fcc.gov, without those two lines (only 'March 24, 2000'), running two sentences further. Compared "
 "(saved in wichita.json): the kept paragraphs agree word for word. Text from (a), which names the speaker. Left "
 "out: 'Text | Word 97', 'fcclogo NEWS', 'Federal Communications Commission', '445 12th Street, S.W.', 'Washington, "
 "D.C. 20554', the news-media, fax-on-demand, Internet and TTY lines; the standing disclaimer ('This is an "
 "unofficial announcement of Commission action. Release of the full text of a Commission order constitutes official "
 "action. See MCI v. FCC. 515 F 2d 385 (D.C. Circ 1974).'); the 'Re:' line (kept as `title`, 'Re: ' dropped); the "
 "footnote marker '(1)' after 'five FM stations.' (the footnote itself is not in the page's excerpt; 54w dropped "
 "Bloomington's marker the same way). The blank-space lines between the date and the heading ('   ', ' ') set as "
 "one blank line (whitespace only). Kept: 'FOR IMMEDIATE RELEASE' and 'March 24, 2000' on their own lines as the "
 "page sets them, the heading line (capitals as written), and paragraphs 1-3 whole. Cut before paragraph 4 ('How do "
 "we more than double the number of stations in the market?' and the broken sentence after it: the paragraph "
 "explains the contour counting and breaks off in both renderings); `truncated`. Kept as written: straight quotation "
 "marks around 'market', 'Commission's', '15-29', ' - i.e.,'. In the lane (the FCC's licence-transfer grant for a "
 "radio station, seller and buyer named in the text, 2000). Found with 'Tristani statement radio license transfer "
 "Omaha Nebraska Wichita Kansas market revenue Bureau approval' (ranks 5 and 6). " + CHECK + "'KOEZ', 'Kansas "
 "Radio Assets', 'stgt016': in no corpus file, GATHERING.md line, script, note or pool; 'Journal Broadcast' in one "
 "corpus file on another matter (52z's WFTX(TV), Journal Broadcasting Corporation, 2007) and GATHERING.md's 43v lead "
 "line on Capstar/Triathlon's Wichita assets (a DOJ matter, not this transfer); 'Wichita' in three corpus files on "
 "other matters (an FTC grocery file, the 1969 KTVH-TV order, the 2007 KSNC letter).",
 True))

# ---- WBTJ(FM), Hubbard: Citicasters Co. (Clear Channel) / Stop 26-Riverbend, NAL DA 01-344 ----
U2 = "https://docslib.org/doc/4586992/da-01-344a1-pdf"
R.append(federal(
 "us-fcc-citicasters-clear-channel-stop-26-riverbend-wbtj-fm-hubbard-unauthorized-control-liability-notice-2001",
 U2, "2001-02-13",
 "In the Matter of Citicasters Co.",
 "NOTICE OF APPARENT LIABILITY FOR FORFEITURE\n\n"
 "Adopted: February 12, 2001 Released: February 13, 2001\n\n"
 "By the Chief, Enforcement Bureau:\n\n"
 "In this Notice of Apparent Liability for Forfeiture (NAL), we find that Citicasters Co. (Citicasters) apparently "
 "willfully and repeatedly violated Section 310(d) of the Communications Act, as amended (the Act), and Section "
 "73.3540 of the Commission\u2019s rules by assuming control of WBTJ(FM), Hubbard, Ohio, without prior Commission "
 "consent. Based upon the facts and circumstances surrounding these apparent violations, we find that Citicasters "
 "is apparently liable for a forfeiture in the amount of $25,000.\n\n"
 "Citicasters is an indirect subsidiary of Clear Channel Communications, Inc., which controls radio station licenses "
 "in and around the Youngstown, Ohio area. Stop 26\u2013Riverbend, Inc. (Stop 26), is the licensee of WBTJ(FM), also "
 "in the Youngstown area. Citicasters and Stop 26 entered into an asset purchase agreement and a related time "
 "brokerage agreement (TBA) in connection with an application proposing the assignment of WBTJ(FM)\u2019s license "
 "from Stop 26 to Citicasters.",
 "broadcasting/radio", "regulatory,ownership,deal",
 "U.S. Federal Communications Commission, Enforcement Bureau, 'In the Matter of Citicasters Co.', Notice of Apparent "
 "Liability for Forfeiture, DA 01-344 (File No. 00-IH-0283), adopted February 12, released February 13, 2001, US "
 "federal government work (public domain); text as docslib.org's copy of the FCC's document holds it, from the "
 "search tool's page store at " + U2,
 "docslib.org copy of an FCC Enforcement Bureau notice of apparent liability (search tool page store)",
 "The Enforcement Bureau's Notice of Apparent Liability for Forfeiture DA 01-344 (File No. 00-IH-0283, NAL/Acct. No. "
 "200132080019/MG), adopted 12 February and released 13 February 2001 (the release day kept as `published`), "
 "finding Citicasters Co. apparently liable for $25,000 for assuming control of WBTJ(FM), Hubbard, Ohio, without "
 "Commission consent, under a time brokerage agreement tied to the proposed assignment of the station's licence from "
 "Stop 26-Riverbend, Inc. to Citicasters; as docslib.org's text extraction of the FCC's PDF holds it; an FCC "
 "bureau's order is a US federal work, public domain (docslib copies of FCC texts as in 52zd, 54k, 54q). 54w's "
 "lead ('a clean copy of the 2001 Citicasters/WBTJ(FM) forfeiture order'; 54w's not-used line names both the NAL and "
 "the forfeiture order DA 01-823 as one matter, 'a lead if a cleaner copy turns up'). This round the forfeiture "
 "order came back again only as transition.fcc.gov's ASCII page (da01823.html: doubled spaces, ``quotes``, '47 U.S.C. "
 "   310(d)' with the section sign lost, paragraph 1's last sentence broken by the page layout) and the docs.fcc.gov "
 "Word conversion (spaces inside names: 'WBTJ( FM)', '(\u201c Citicasters\u201d)'); the NAL came back as the "
 "transition.fcc.gov ASCII page (da01344.html), the docs.fcc.gov conversion (DA-01-344A1.txt, spaced) and this "
 "clean docslib copy -- the NAL taken (one text per matter; **doubtful**: the lead named the forfeiture order, the "
 "NAL is the same matter's first step and tells the parties more fully). An enforcement text, not an assignment "
 "order: in the lane because it tells the proposed assignment of WBTJ(FM) from Stop 26 to Citicasters, the asset "
 "purchase and time brokerage agreements, and Citicasters' parent (**doubtful** as a lane item). Left out: docslib's "
 "'DA-01-344A1.Pdf', 'Total Page:16', 'File Type:pdf, Size:1020Kb'; 'Federal Communications Commission DA 01-344 "
 "Before the Federal Communications Commission Washington, D.C. 20554'; the caption ('In the Matter of ) ) ) "
 "Citicasters Co. ) File No. 00-IH-0283 ) NAL/Acct. No. 200132080019/MG )': 'In the Matter of Citicasters Co.' kept "
 "as `title`, the ')' column and numbers dropped); 'I. INTRODUCTION', 'II. BACKGROUND', '1.', '2.'; the footnote "
 "markers ('(the Act)1,', 'rules2 by', 'area.3 Stop', '(TBA)4 in' -> without the digits). Kept: 'NOTICE OF APPARENT "
 "LIABILITY FOR FORFEITURE', 'Adopted: February 12, 2001 Released: February 13, 2001', 'By the Chief, Enforcement "
 "Bureau:' (each on its own line, as 54q's orders), paragraph 1 (two sentences), paragraph 2's first three sentences. "
 "Cut before 'See File No. BALH- 19990816GE.' (a file number with a space inside it from the PDF line break) and all "
 "after: the next sentence ('The TBA referenced the asset purchase agreement for the proposed sale of the station, "
 "and') runs into the page's footnotes ('1 47 U.S.C. \u00a7 310(d). 2 ... 3 Radio station licenses controlled by "
 "Clear Channel Communications, Inc. include WKBN(AM) and WMXY(FM), Youngstown, Ohio. Citicasters Co. is the licensee "
 "of both of these stations. 4 Time brokerage is defined as ...') and the excerpt breaks off in footnote 4; "
 "`truncated`. Kept as written: 'Commission\u2019s' and 'WBTJ(FM)\u2019s' (curly apostrophes), 'Stop "
 "26\u2013Riverbend, Inc.' (en dash), '$25,000', 'Section 310(d)', 'Section 73.3540'. Found with 'Citicasters Co. "
 "WBTJ(FM) Hubbard Ohio forfeiture order unauthorized transfer of control Stop 26-Riverbend' (rank 7; the forfeiture "
 "order's renderings ranks 1-2, the NAL's others ranks 3 and 6). " + CHECK + "'WBTJ', '01-344', '4586992', "
 "'Riverbend', 'Stop 26', 'WKBN', 'WMXY', 'Hubbard': in no corpus file ('WBTJ', '01-344', '01-823', 'Stop 26' only in "
 "GATHERING.md's and 54w's not-used and lead lines, and 'Stop 26' in the lane's WVKO not-used lines; 'Riverbend' in one "
 "corpus file on another matter, a 2025 DOJ health-care notice); 'Citicasters' in two corpus files on other matters "
 "(the 1996 DOJ Jacor/Citicasters final judgment, a 1996 DOJ bank file) and GATHERING.md lines on FCC 02-165 "
 "(Youngstown Radio License, another matter, not taken); 'Clear Channel Communications' in many lane files on other "
 "stations.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
