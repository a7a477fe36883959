#!/usr/bin/env python3
"""Batch 54zi (session 55, gatherer 54zi): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC broadcast-transaction lane of batches 15f,
43n-49f, 49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v, 52w, 52y, 52zc, 53a,
53g, 53o, 53s, 53y, 53za, 53zd, 53zf, 54c, 54k, 54q, 54w and 54zd (50l and 52s null rounds), on two broadcast deals of
1999 and 2001-2002 that no corpus file holds --
  - the Commission's Memorandum Opinion and Order FCC 02-159 (adopted 24 May, released 29 May 2002) on Clear Channel
    Communications, Inc.'s applications to take control of three wholly owned subsidiaries of The Ackerley Group, Inc.
    (Ackerley Media Group, Inc., Central NY News, Inc., Ackerley Broadcasting Fresno, LLC), licensees of 16 television
    and four radio stations (a docslib.org copy of the FCC's PDF; a clean Commission order, the brief's third kind);
  - Commissioner Gloria Tristani's statement on the Commission's order on Great Empire Broadcasting, Inc.'s transfer
    of control of Omaha Great Empire Broadcasting, Inc., licensee of WOW(AM) and WOW(FM), Omaha, Nebraska, to Journal
    Broadcast Corp. (1999; the FCC's own HTML page on transition.fcc.gov; 54zd's lead: the Omaha WOW(AM)/WOW(FM)
    matter if a text naming the parties in its body turns up -- this one names Journal, WOW(AM), KESY(AM) and KDSN(AM)
    in its body).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: docslib's title line ('Federal
Communications Commission FCC 02-159 Before the Federal'), 'Total Page:16', 'File Type:pdf, Size:1020Kb', the order's
running head and 'Before the Federal Communications Commission Washington, D.C. 20554', the caption with its ')'
column, file numbers and the station list (the party line kept as `title`, as the docs.fcc.gov rendering runs it
without the ')' column), 'I. INTRODUCTION', the paragraph number '1.' and the footnote marker '1'; the statement
page's '[ Text | WordPerfect ]' line, its 'In Re' heading (kept as `title`, the file numbers dropped) and the
footnote markers '(1)'-'(3)'. Kept: the order's 'MEMORANDUM OPINION AND ORDER', 'Adopted: ... Released: ...' and 'By
the Commission: ...' lines (each on its own line, as 54q's and 54zd's orders), then paragraph 1's first sentence (the
next is broken by the run-in footnote 1); the statement's paragraphs 1 and 2 up to the last full sentence before the
excerpt breaks off. Whitespace only between the kept lines (blank line between paragraphs); no word added or
changed. Per-item notes in `notes`. The excerpts saved by hand in /tmp/gather55zi/src (ackerley.json with both
renderings, omaha.json with Commissioner Ness's companion statement, not taken; each with its address and query;
save.py wrote them); /tmp/gather55zi/src/check.py shows each kept paragraph a run of its excerpt once the footnote
markers and whitespace are set aside, and each `title` a run of its excerpt.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch54zi.py [POOL_DIR] [--dry]   (default /tmp/gather55zi/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55zi/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -aciF), every "
         "gather script, the notes under /work/notes/gather5* and the session-55 pools /tmp/gather55*/pool (55a-55zl "
         "at the last check; none on these matters): ")
R = []

# ---- Ackerley Group subsidiaries -> Clear Channel Communications, FCC 02-159 ----
U1 = "https://docslib.org/doc/5777601/federal-communications-commission-fcc-02-159-before-the-federal"
R.append(federal(
 "us-fcc-ackerley-group-clear-channel-ak-media-central-ny-news-ackerley-broadcasting-fresno-transfer-of-control-order-2002",
 U1, "2002-05-29",
 "In the Matter of Shareholders of the Ackerley Group, Inc. (Transferor) and Clear Channel Communications, Inc. "
 "(Transferee)",
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: May 24, 2002 Released: May 29, 2002\n\n"
 "By the Commission: Commissioner Copps approving in part, dissenting in part and issuing a statement.\n\n"
 "On October 17, 2001, Clear Channel filed applications seeking Commission consent to the transfer of control of "
 "Ackerley Media Group, Inc. (AK Media), Central NY News, Inc., and Ackerley Broadcasting Fresno, LLC, wholly owned "
 "subsidiaries of the Ackerley Group, Inc. (Ackerley) and licensees of 16 full-service television stations, as well "
 "as two FM and two AM radio stations.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Memorandum Opinion and Order FCC 02-159, 'In the Matter of Shareholders of "
 "the Ackerley Group, Inc. (Transferor) and Clear Channel Communications, Inc. (Transferee), For Transfer of Control "
 "of the Ackerley Group, Inc., and Certain Subsidiaries' (File Nos. BTCCT, BTCTTA, BTCTTL, BTC, BTCH, BTCTTV, BTCTT, "
 "and BTCFT-20011017ACI-AED), adopted May 24, released May 29, 2002, US federal government work (public domain); "
 "text as docslib.org's copy of the FCC's document holds it, from the search tool's page store at " + U1,
 "docslib.org copy of an FCC Memorandum Opinion and Order (search tool page store)",
 "The Commission's Memorandum Opinion and Order FCC 02-159, adopted 24 May and released 29 May 2002 (the release "
 "day kept as `published`), on Clear Channel Communications, Inc.'s applications of 17 October 2001 for consent to "
 "take control of Ackerley Media Group, Inc. (AK Media), Central NY News, Inc. and Ackerley Broadcasting Fresno, LLC, "
 "wholly owned subsidiaries of The Ackerley Group, Inc., licensees of 16 full-service TV stations and two FM and two "
 "AM stations (KCOY-TV Santa Maria ... KGPE(TV) Fresno in the caption); as docslib.org's text extraction of the FCC's "
 "PDF holds it; a Commission order is a US federal work, public domain (docslib copies of FCC texts as in 52zd, 54k, "
 "54q, 54zd). The brief's 'clean Commission orders' of 1997-2003. Two renderings came back: (a) docslib (clean; "
 "taken) and (b) docs.fcc.gov FCC-02-159A1.txt (the Word conversion with spaces inside names: 'KCOY- TV', 'KTVF( "
 "TV)', '16 full- service'; the kept sentence otherwise agrees word for word). Left out: docslib's title line "
 "('Federal Communications Commission FCC 02-159 Before the Federal'), 'Total Page:16', 'File Type:pdf, "
 "Size:1020Kb'; 'Federal Communications Commission FCC 02-159 Before the Federal Communications Commission "
 "Washington, D.C. 20554'; the caption ('In the Matter of ) ) Shareholders of the Ackerley Group, Inc. ) (Transferor) "
 ") File Nos. ... ) Clear Channel Communications, Inc. ) (Transferee) ) ) For Transfer of Control of the Ackerley "
 "Group, ) Inc., and Certain Subsidiaries, Licensees of ) KCOY-TV, Santa Maria, CA; ... KGPE(TV), Fresno, CA and "
 "Associated ) Television Translator Stations. )': 'In the Matter of Shareholders of the Ackerley Group, Inc. "
 "(Transferor) and Clear Channel Communications, Inc. (Transferee)' kept as `title`, as rendering (b) runs it "
 "without the ')' column; the stations and file numbers dropped); 'I. INTRODUCTION', '1.'; the footnote marker '1' "
 "after 'radio stations.'. Kept: 'MEMORANDUM OPINION AND ORDER', 'Adopted: May 24, 2002 Released: May 29, 2002', 'By "
 "the Commission: Commissioner Copps approving in part, dissenting in part and issuing a statement.' (each on its "
 "own line, as 54q's and 54zd's orders), and paragraph 1's first sentence. Cut from 'Buckley' (the next sentence "
 "runs into footnote 1 -- 'Buckley 1 A list of the stations ... Pursuant to the merger agreement, Clear Channel will "
 "assume Ackerley\u2019s Local (continued....) ... Broadcasting of Monterey (Buckley), lic' -- and the excerpt breaks "
 "off); `truncated`. Short (one sentence of the order's body; **doubtful** as an item for its length: 85 words with the three heading lines). "
 "Kept as written: 'the Ackerley Group, Inc.' (lower-case 'the'), '(AK Media)', '(Ackerley)', '16 full-service'. In "
 "the lane (a Commission order on a broadcast group's transfer of control, buyer, sellers' parent and licensee "
 "subsidiaries named in the text, 2002). Found with 'FCC news release Mass Media Bureau grants transfer of control "
 "television stations merger 1999 Chancellor Capstar Hearst-Argyle' (rank 1) and 'Shareholders of the Ackerley "
 "Group Clear Channel Communications transfer of control FCC 02-159 memorandum opinion and order' (rank 1; "
 "rendering (b) rank 3). " + CHECK + "'Ackerley', '02-159', '5777601', 'Central NY News', 'Ackerley Broadcasting "
 "Fresno', 'KCOY', 'KGPE': in no corpus file, GATHERING.md line, script, note or pool; 'AK Media' in corpus files "
 "on other matters only (the 1999 KTVF(TV) Fairbanks assignment from Northern Television to AK Media Group, reviewed "
 "2004, train; 2014 Gray/Hoak and Mission/Gray letters) and lines of 53z-53zn on them; 'Clear Channel "
 "Communications' in many lane files on other stations.",
 True))

# ---- Great Empire -> Journal, WOW(AM)/WOW(FM) Omaha, Tristani statement (1999) ----
U2 = "https://transition.fcc.gov/Speeches/Tristani/Statements/stgt915.html"
R.append(federal(
 "us-fcc-commissioner-tristani-statement-great-empire-broadcasting-journal-wow-am-kesy-am-omaha-transfer-1999",
 U2, None,
 "In Re Application of Great Empire Broadcasting, Inc. and Journal Broadcast Corp. for Transfer of Control of Omaha "
 "Great Empire Broadcasting, Inc., Licensee of WOW(AM) and WOW(FM), Omaha, Nebraska",
 "I have written before about the Commission's illogical and indefensible rules for defining the relevant radio "
 "\"market\" when assessing compliance with our local ownership caps. My previous statements have focused on two "
 "specific problems. First, our rules preclude a meaningful assessment of market concentration because they apply "
 "different definitions of the relevant \"market\" for purposes of counting the total number of stations in the "
 "market and for purposes of determining the number of stations that count toward the ownership cap. Second, and "
 "the problem highlighted by this case, our rules create unrealistic markets that do not exist anywhere but in the "
 "halls of the FCC.\n\n"
 "Here, Journal proposes to acquire eight stations in the Omaha area. The composite principal community contour of "
 "two of those stations, WOW(AM) and KESY(AM), extends approximately 20-30 miles beyond the other stations in the "
 "proposed combination. At the outermost edges of their contours, WOW(AM), and, to a lesser extent, KESY(AM), "
 "intersect with the principal community contours of approximately a dozen stations from distant communities. Many "
 "of these are small stations, like Denison, Iowa's KDSN(AM) that operates at 500 watts daytime and 13 watts "
 "nighttime some 60-70 miles from Omaha. No listener survey, no advertiser, and no economist would consider "
 "KDSN(AM) to be a competitor in the Omaha market. Nevertheless, under the Commission's rules, KDSN(AM) and the other "
 "distant stations count as being in the same \"market\" as the eight Omaha stations in the proposed combination, "
 "simply because its signal overlaps with a sliver of the outermost reaches of WOW(AM)'s signal contour.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, statement of Commissioner Gloria Tristani, 'In Re Application of Great "
 "Empire Broadcasting, Inc. and Journal Broadcast Corp. for Transfer of Control of Omaha Great Empire Broadcasting, "
 "Inc., Licensee of WOW(AM) and WOW(FM), Omaha, Nebraska' (File Nos. BTC-980831GH, BTCH-980831GI), 1999, US federal "
 "government work (public domain); text as the FCC's own HTML page on transition.fcc.gov holds it, from the search "
 "tool's page store at " + U2,
 "FCC Commissioner's statement, HTML page on transition.fcc.gov (search tool page store)",
 "Commissioner Gloria Tristani's statement on the Commission's order on the application of Great Empire "
 "Broadcasting, Inc. and Journal Broadcast Corp. for transfer of control of Omaha Great Empire Broadcasting, Inc., "
 "licensee of WOW(AM) and WOW(FM), Omaha, Nebraska (File Nos. BTC-980831GH, BTCH-980831GI), as the FCC's own HTML "
 "page (Speeches/Tristani/Statements/stgt915.html: the 1999 series, by the file name) holds it; a Commissioner's "
 "official statement issued by the FCC is a US federal work, public domain (as 54w's and 54zd's Tristani "
 "statements; **doubtful** for the lane in the same way: a Commissioner's statement, not an order). The brief's and "
 "54zd's lead: the Omaha WOW(AM)/WOW(FM) deal (Great Empire to Journal, 1999) 'if a text naming the parties in its "
 "body turns up' (54zd's not-used line held Furchtgott-Roth's concurrence sthfr924.html, the parties only in its "
 "'In Re' heading). This one names Journal, WOW(AM), KESY(AM) and KDSN(AM) in its body; the seller, Great Empire, "
 "only in the heading (kept as `title`). `published` null: the page's excerpt gives no date (Commissioner Ness's "
 "concurring statement on the same order, transition.fcc.gov stsn917.txt, is dated 'June 10, 1999'; not carried "
 "over, the two pages being separate releases -- **doubtful**: a reader may set 1999-06-10). Ness's statement (saved "
 "in omaha.json) not taken: one text per matter, and hers names only 'Journal, the licensee of six stations in the "
 "Omaha area' with no station in its body before the excerpt breaks off. Left out: '[ Text | WordPerfect ]'; the "
 "'In Re' heading (kept as `title`, its file numbers 'File Nos. BTC-980831GH, BTCH-980831GI' dropped); the "
 "footnote markers '(1)' after 'ownership caps.', '(2)' after 'proposed combination.', '(3)' after 'from Omaha.' "
 "(the footnotes are not in the excerpt). Kept: paragraph 1 whole and paragraph 2 to 'WOW(AM)'s signal contour.'. "
 "Cut before 'Without these distant stations, there would be fewer than 45 ' (the excerpt breaks off); `truncated`. "
 "Kept as written: straight quotation marks around 'market', 'Commission's', 'Iowa's', 'WOW(AM)'s', '20-30', "
 "'60-70'. No speaker line in the excerpt (the address names Tristani; the text's 'I' is not annotated). In the lane "
 "(a Commissioner's statement on a named radio transfer, 1999). Found with 'Concurring Statement of Commissioner "
 "Susan Ness Great Empire Broadcasting Journal Broadcast Corp. WOW Omaha principal community contour' (rank 3; "
 "Ness's statement rank 1). " + CHECK + "'KESY', 'KDSN', 'Denison', 'stgt915': in no corpus file, GATHERING.md "
 "line, script, note or pool; 'WOW(FM)' and 'Great Empire' only in 54zd's not-used and lead lines (and 'Great "
 "Empire' in the 1969 WBOK/KXLR order, Little Rock Great Empire Broadcasting, another matter); 'Journal Broadcast' "
 "in 54zd's KOEZ(FM) Wichita statement (train; another transfer) and 52z's WFTX(TV) file (2007); 'Omaha' in files "
 "on other matters.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
