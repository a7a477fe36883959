#!/usr/bin/env python3
"""Batch 54zp (session 55, gatherer 54zp): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC broadcast-transaction lane of batches 15f,
43n-49f, 49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v, 52w, 52y, 52zc, 53a,
53g, 53o, 53s, 53y, 53za, 53zd, 53zf, 54c, 54k, 54q, 54w, 54zd and 54zi (50l and 52s null rounds), on one television
deal of 2001 that no corpus file holds --
  - the Mass Media Bureau's letter decision DA 01-1250 of 21 May 2001 to Univision Communications, Inc.'s counsel on
    the applications to transfer control of 13 licenses held by wholly owned subsidiaries of USA Broadcasting, Inc. to
    Univision (WQHS-TV, Cleveland, et al.; File Nos. BTCCT-20010123AAL-AAX), with the petition to deny of Urban
    Broadcasting Corporation, permittee of WTMW(TV), Arlington, Virginia (a docslib.org copy of the FCC's PDF, clean:
    no spaces inside names or call signs; a Bureau letter, not a Commission order -- **doubtful** for the brief's
    'Commission orders', as 55c's and 55k's Bureau letters).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: docslib's three 'Federal Communications
Commission Washington, D.C. 20554' lines, the reference codes '1800E1-DB DA 01-1250', the address block ('Univision
Communications, Inc. c/o Scott R. Flick, Esq. ShawPittman 2300 N Street, NW Washington, D.C. 20037'), the 'Re:' line
(kept as `title`, its file numbers 'BTCCT-20010123AAL-AAX' dropped), the salutation 'Dear Mr. Flick:', the footnote
markers '1' (after '(Univision).') and '2' (after 'petition to deny.'), and the footnotes that follow the paragraph
('1 A complete list ... 2 On March 23, 2001, Dan L. and Betty Jo Johnson filed ', where the excerpt breaks off). Kept:
the date line 'May 21, 2001' on its own line (as 55c's letters keep theirs), then the letter's first paragraph whole.
Whitespace only between the kept lines (blank line between them); no word added or changed. Per-item notes in
`notes`. The excerpts saved by hand in /tmp/gather55zp/src (univision.json with the docslib rendering and the govdocs1
ASCII rendering, not taken; each with its address and query; save.py wrote them); /tmp/gather55zp/src/check.py shows
each kept paragraph a run of its excerpt once the footnote markers and whitespace are set aside, and the `title` a run
of its excerpt.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch54zp.py [POOL_DIR] [--dry]   (default /tmp/gather55zp/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55zp/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -aciF), every "
         "gather script, the notes under /work/notes/gather5* and the session-55 pools /tmp/gather55*/pool (55a-55zn "
         "at the last check; none on this matter): ")
R = []

# ---- USA Broadcasting subsidiaries -> Univision Communications, DA 01-1250 (Urban Broadcasting's petition) ----
U1 = "https://docslib.org/download/921667/federal-communications-commission-washington-d-c-20554"
R.append(federal(
 "us-fcc-usa-broadcasting-univision-communications-urban-broadcasting-wtmw-transfer-of-control-letter-2001",
 U1, "2001-05-21",
 "Applications for Transfer of Control WQHS-TV, Cleveland, OH, et al.",
 "May 21, 2001\n\n"
 "This is with regard to the above-referenced applications seeking consent to the transfer of control of 13 licenses "
 "currently held by various wholly owned subsidiaries of USA Broadcasting, Inc. (USA Broadcasting), to Univision "
 "Communications, Inc. (Univision). On March 2, 2001, Theodore M. White, Chief Executive Officer and sole voting "
 "shareholder of Urban Broadcasting Corporation (Urban), the permittee of WTMW(TV), Arlington, Virginia, filed a "
 "petition to deny. USA Broadcasting has a nonvoting stock interest in and contractual relationship with Urban, the "
 "substance of which the Commission addressed in Roy M. Speer, 11 FCC Rcd 18393 (1996) (Speer III). Although "
 "Univision challenges Urban\u2019s standing, we will consider Urban\u2019s arguments. 47 C.F.R. \u00a773.3587. In "
 "connection with the transaction, Univision requests a continued satellite exception pursuant to Note 5 of the "
 "television duopoly rule, 47 C.F.R. \u00a773.3555(b), in the New York, New York DMA.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Mass Media Bureau, letter DA 01-1250 to Univision Communications, Inc. "
 "(c/o Scott R. Flick, Esq.), 'Re: Applications for Transfer of Control WQHS-TV, Cleveland, OH, et al.' (File Nos. "
 "BTCCT-20010123AAL-AAX), May 21, 2001, US federal government work (public domain); text as docslib.org's copy of "
 "the FCC's document holds it, from the search tool's page store at " + U1,
 "docslib.org copy of an FCC Mass Media Bureau letter decision (search tool page store)",
 "The Mass Media Bureau's letter decision DA 01-1250 of 21 May 2001 (the letter's date kept as `published`; no "
 "separate release line in the excerpt) to Univision Communications, Inc.'s counsel on the applications of January "
 "2001 (File Nos. BTCCT-20010123AAL-AAX) for consent to transfer control of 13 licenses held by wholly owned "
 "subsidiaries of USA Broadcasting, Inc. to Univision, opposed by Urban Broadcasting Corporation, permittee of "
 "WTMW(TV), Arlington, Virginia; as docslib.org's text extraction of the FCC's PDF holds it; an FCC letter decision "
 "is a US federal work, public domain (docslib copies of FCC texts as in 52zd, 54k, 54q, 54zd, 54zi). In the lane "
 "(a TV group's transfer of control, 2001, buyer, seller and petitioner named in the text); **doubtful** for the "
 "brief's 'Commission orders': a Bureau letter (DA), not a Commission order (FCC), as 55c's and 55k's letters. Two "
 "renderings came back: (a) docslib (clean, with the date line and section signs; taken) and (b) "
 "corpora.tika.apache.org govdocs1 181593.txt (the FCC's ASCII conversion: '47 C.F.R. 73.3587' without the section "
 "sign, straight apostrophes, no date line, breaks off at 'in the New '; the kept paragraph otherwise agrees word "
 "for word). Left out: docslib's three 'Federal Communications Commission Washington, D.C. 20554' lines; '1800E1-DB "
 "DA 01-1250'; the address block 'Univision Communications, Inc. c/o Scott R. Flick, Esq. ShawPittman 2300 N "
 "Street, NW Washington, D.C. 20037'; 'Re: Applications for Transfer of Control WQHS-TV, Cleveland, OH, et al. "
 "BTCCT-20010123AAL-AAX' (kept as `title` without 'Re:' and the file numbers); 'Dear Mr. Flick:'; the footnote "
 "markers '1' after '(Univision).' and '2' after 'petition to deny.'; the footnotes after the paragraph ('1 A "
 "complete list of the applications filed ... In addition to the 13 stations Univision proposes to acquire in this "
 "proceeding, Univision will also acquire USA Broadcasting\u2019s interests in four additional stations: WHSL(TV) ... "
 "KTVJ(TV) ... KPST-TV ... and WTMW(TV) ... On April 11, 2001, Urban, as debtor-in-possession, filed an application "
 "assigning the license of WTMW(TV) to a wholly owned subsidiary of Univision. ... 2 On March 23, 2001, Dan L. and "
 "Betty Jo Johnson filed ' -- the excerpt breaks off there); `truncated`. Kept: the date line 'May 21, 2001' (on "
 "its own line, as 55c's letters keep theirs) and the first paragraph whole. Kept as written: 'wholly owned', "
 "'nonvoting', 'Urban\u2019s' (curly apostrophe), '47 C.F.R. \u00a773.3587' (no space after the section sign), "
 "'New York, New York DMA'. Found with 'Univision Communications USA Broadcasting transfer of control television "
 "stations FCC memorandum opinion and order 2001' (rank 4) and 'DA 01-1250 Univision Communications USA "
 "Broadcasting Urban Broadcasting WTMW petition to deny Flick' (rank 2; rendering (b) rank 1). " + CHECK +
 "'USA Broadcasting', '01-1250', '921667', 'Urban Broadcasting', 'WTMW', 'Theodore M. White', 'WQHS', "
 "'20010123AAL', 'Speer', 'ShawPittman', 'WHSL', 'KTVJ', 'KPST', 'BAPCT-20010411AAX': in no corpus file, "
 "GATHERING.md line, script, note or pool; 'Univision' in corpus files on other matters only (the 2003 DOJ "
 "Univision/Hispanic Broadcasting/Entravision consent decree, train; the 2007 Paxson/Univision KTFF(TV) Porterville "
 "order, dev; wp-televisa, train; a 2003 DOJ juice-can equipment file, train; file names only) and 44f's HBC lines; "
 "'Scott R. Flick' in one corpus file on another matter (the Cunningham/KMTR assignment letter, test; file name only).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
