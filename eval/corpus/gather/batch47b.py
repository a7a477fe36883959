#!/usr/bin/env python3
"""Batch 47b (session 48, gatherer 47b): a weekly summary of the Justice Department Antitrust Division's enforcement
actions with a price-fixing charge beside a civil suit against a direct-broadcast satellite joint venture of cable
companies, settled by a consent decree filed with the complaint (Russell-Stanley Corporation; Primestar Partners L.P.
and three of its named member companies, 1993), and the Division's Federal Register notice on the suit against the
merger of the first and second largest theatre chains in Manhattan and Chicago (LTM Holdings, Inc., 'Loews', and
Cineplex Odeon Corporation, 1998) -- told in US federal public-domain texts of the Division (17 U.S.C. 105), a round
of session 48 after batches 46b, 46e, 46i and 46k in the DOJ lane, first-party text only:
  - the Division's weekly summary 'SUMMARY OF ANTITRUST ENFORCEMENT ACTIONS' dated 14 June 1993 for 7-11 June 1993
    (usdoj.gov atr/public/press_releases/1993/211618.htm as the UNT Libraries' End of Term 2008 web archive holds
    it): Russell-Stanley Corporation's price-fixing, mail-fraud and obstruction charge (6/8/93) and the civil
    complaint and consent decree on Primestar Partners L.P. and its members (6/9/93);
  - the Division's notice 'Proposed Final Judgment and Competitive Impact Statement United States of America, State
    of New York, and State of Illinois v. Sony Corporation of America, LTM Holdings, Inc. d/b/a Loews Theatres,
    Cineplex Odeon Corporation, and J.E. Seagram Corp.' (63 FR 25071, FR Doc. 98-11958, 6 May 1998, as
    federal.elaws.us reproduces it).
Texts are the search tool's page-store excerpts (corpus `pages`). The summary page's format note, seal line and date
line are left out, its three heading lines joined as `title`; each item's own lines kept in the text as the excerpt
gives them (the first item's date '6/8/93' on a line of its own, as printed; each case's number line after a single
line break, as 46i and 46k; the members list's lines after single line breaks, their leading '--' kept). The notice's
host and GPO header lines, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the civil action line are left out, its
title (four printed lines) joined as `title`; the printed column's line breaks joined with spaces, the notice's two
paragraphs set off by a blank line. Each text is cut at the last full sentence or list item before the excerpt
breaks off. No word or character added or changed.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch47b.py [POOL_DIR] [--dry]   (default /tmp/gather48b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import ARC
from batch41c import FRE

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48b/pool"
# a check note of this batch's own (as 46b's, 46e's, 46i's and 46k's), naming the session-48 pools present at the last
# check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch46k.py the latest of this lane), the session-46 and session-47 notes (/work/notes/gather46, "
         "/work/notes/gather47), /work/notes/gather48 and every /tmp/gather48*/pool present (at the last check "
         "48a's SEC texts, 48c's FCC notices and an empty 48d, none naming these matters): ")
R = []

# ---- Russell-Stanley; Primestar Partners L.P., weekly summary, 14 June 1993 ------------------------------------------
U1 = ("https://webarchive.library.unt.edu/eot2008/20081105075522/http:/www.usdoj.gov/atr/public/press_releases/1993/"
      "211618.htm")
T1 = ("SUMMARY OF ANTITRUST ENFORCEMENT ACTIONS FOR PUBLIC RELEASE FOR MONDAY JUNE 7, 1993 THROUGH FRIDAY, JUNE 11, "
      "1993")
R.append(federal(
 "us-doj-primestar-partners-russell-stanley-weekly-summary-1993", U1, "1993-06-14", T1,
 "6/8/93\n\n"
 "U.S. v. Russell-Stanley Corporation\nCriminal No.: 93-299 (E.D. Pa.)\n\n"
 "Three-count information was filed in U.S. District Court in Philadelphia, Pennsylvania, charging Russell-Stanley "
 "Corporation of Red Bank, New Jersey, with fixing the prices, in violation of Section 1 of the Sherman Act, of new "
 "steel drums offered for sale to customers in Maine, New Hampshire, Vermont, Massachusetts, Connecticut, Rhode "
 "Island, eastern New York, eastern Pennsylvania, New Jersey, Maryland, Delaware, Virginia and the District of "
 "Columbia. Russell-Stanley Corporation was also charged with one count of mail fraud, 18 U.S.C. \u00a7 1341 and one "
 "count of obstruction of justice, 18 U.S.C. \u00a7 1503.\n\n"
 "6/9/93 U.S. v. Primestar Partners. L.P., et al.\nCivil No.: 93-CIV-3913 (S.D.N.Y.)\n\n"
 "A civil complaint was filed in U.S. District Court in the Southern District of New York, against Primestar "
 "Partners L.P., its 10 member companies, and the parent companies of its multiple system operator members. "
 "Primestar Partners, L.P., based in Bala Cynwyd, Pennsylvania, is a joint venture partnership formed by some of the "
 "nation's largest cable television companies, some of which are also leading suppliers of video programming. "
 "Simultaneously, a consent decree was filed which, if approved by the court, will resolve the suit.\n\n"
 "The defendant Primestar members and their principal offices are:\n\n"
 "--ATC Satellite Inc., Stamford, CT;\n"
 "--Comcast DBS Inc., Philadelphia, PA;\n"
 "--Continental Satellite Company Inc., Findlay, OH;",
 "satellite television/cable", "regulatory,legal",
 "U.S. Department of Justice, Antitrust Division, 'SUMMARY OF ANTITRUST ENFORCEMENT ACTIONS' for 7-11 June 1993, "
 "1993-06-14, US federal government work (public domain); text of the usdoj.gov page as the UNT Libraries' End of "
 "Term 2008 web archive holds it, from the search tool's page store at " + U1,
 ARC,
 "The Antitrust Division's weekly summary dated 14 June 1993 (a Monday), the Division's page on usdoj.gov "
 "(atr/public/press_releases/1993/211618.htm) as the End of Term 2008 web archive (webarchive.library.unt.edu) "
 "holds it (origin string `ARC`, as batches 41h, 43q, 45s, 45w, 45zt, 45zw, 46b, 46e, 46i and 46k). Left out: the "
 "page's note on its two formats ('This document is available in two formats: ... contact the Antitrust Documents "
 "Group.'), the line 'U.S. Department of Justice Seal and Letterhead' and the date line ('June 14, 1993', kept as "
 "`published`). The heading's three lines ('SUMMARY OF ANTITRUST ENFORCEMENT ACTIONS' / 'FOR PUBLIC RELEASE' / 'FOR "
 "MONDAY JUNE 7, 1993 THROUGH FRIDAY, JUNE 11, 1993') kept as `title`, joined with a space. The items' lines kept "
 "in the text as the excerpt gives them, since they carry each item's date (**doubtful**, as 46i and 46k: a reader "
 "may move them out as headings): the first item's date '6/8/93' stands on a line of its own before its caption "
 "'U.S. v. Russell-Stanley Corporation' (a paragraph of its own, as printed), the caption and 'Criminal No.: 93-299 "
 "(E.D. Pa.)' after a single line break; '6/9/93 U.S. v. Primestar Partners. L.P., et al.' with 'Civil No.: "
 "93-CIV-3913 (S.D.N.Y.)' after a single line break. The members list ('The defendant Primestar members and their "
 "principal offices are:' and its items, each after a single line break and with its leading '--', as printed) "
 "kept through its third item ('--Continental Satellite Company Inc., Findlay, OH;'), cut before the fourth, "
 "'--Cox Satellite Inc.', where the excerpt breaks off (`truncated`: the last full list item kept, as batches 18e and "
 "32d cut lists; **doubtful**: the list's introduction promises the members, and only three of the ten stand in the "
 "kept text; the rest of the week's items are not in it). The deal lane's item is the second of two; the text is "
 "taken whole for it, the price-fixing charge beside it (**doubtful** for a merger lane, as 46i's and 46k's "
 "summaries; this item is a civil suit against a joint venture, not a merger). Kept as written: 'Primestar Partners. "
 "L.P.' (a full stop for the comma, the heading), 'Primestar Partners L.P.' and 'Primestar Partners, L.P.' (the "
 "body, without and with a comma), 'Three-count information', the section signs, 'the nation's', the postal "
 "abbreviations 'CT', 'PA', 'OH', the dates '6/8/93', '6/9/93' as printed. 221 words (whitespace-split, the "
 "date, caption, number and list lines included). Found with 'SUMMARY OF ANTITRUST ENFORCEMENT ACTIONS FOR PUBLIC "
 "RELEASE FOR MONDAY, MAY 1993 THROUGH FRIDAY, MAY 1993' (rank 4) and again with '... FOR MONDAY AUG. 1993 THROUGH "
 "FRIDAY civil complaint consent decree acquisition' (rank 4). One text per event: no other Division page on the "
 "1993 Primestar decree came back. " + CHECK + "'Russell-Stanley', '211618', '93-299', '93-CIV-3913', 'ATC "
 "Satellite', 'Comcast DBS', 'Continental Satellite', 'Cox Satellite', 'Bala Cynwyd': 0 in the corpus files, "
 "GATHERING.md, the scripts, the notes and the pools; 'Primestar' in one train text only (batch 45zw's Division "
 "release of 1998 on Primestar Inc.'s planned purchase of News Corp. and MCI's satellite assets, by its name: "
 "another matter, five years on; its text names neither the 1993 suit nor a consent decree nor 'Primestar Partners'; "
 "**doubtful**: the same venture under a later form) and GATHERING.md, batch 45zw's scripts and the session-46/47 "
 "notes on it; no dev or test file's text read.",
 True))

# ---- LTM Holdings (Loews) / Cineplex Odeon, Federal Register notice, 6 May 1998 -------------------------------------
U2 = "http://federal.elaws.us/fr/5/6/1998/98-11958"
T2 = ("Proposed Final Judgment and Competitive Impact Statement United States of America, State of New York, and State "
      "of Illinois v. Sony Corporation of America, LTM Holdings, Inc. d/b/a Loews Theatres, Cineplex Odeon "
      "Corporation, and J.E. Seagram Corp.")
R.append(federal(
 "us-doj-federal-register-loews-cineplex-odeon-proposed-final-judgment-1998", U2, "1998-05-06", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation and Order, and Competitive Impact Statement have been filed with the United "
 "States District Court for the Southern District of New York, Case No. 98-CIV-2716. The proposed Final Judgment is "
 "subject to approval by the Court after the expiration of the statutory 60-day public comment period and "
 "compliance with the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h).\n\n"
 "The United States, the State of New York, and the State of Illinois filed a civil antitrust Complaint on April 16, "
 "1998, alleging that the proposed merger of LTM Holdings, Inc. (``Loews'') and Cineplex Odeon Corporation "
 "(``Cineplex'') would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The Complaint alleges that the proposed "
 "merger would have combined the first and second largest theatre chains in Manhattan and Chicago. In Manhattan and "
 "Chicago, the combined chains would have had market shares, by revenue, of 67 percent and 77 percent, "
 "respectively. The complaint states that the merger would have reduced competition in both markets, leading to "
 "higher ticket prices and reduced theatre quality for first-run movies. It also would have allowed the newly "
 "merged firm to reduce competition by lowering film rentals paid to distributors for first-run movies.",
 "movie theatres", "deal,regulatory,legal",
 "U.S. Department of Justice, Antitrust Division, Federal Register notice '" + T2 + "' (63 FR 25071, FR Doc. "
 "98-11958), 1998-05-06, US federal government work (public domain); text as federal.elaws.us reproduces the notice, "
 "from the search tool's page store at " + U2,
 FRE,
 "The Antitrust Division's notice in the Federal Register of Wednesday, 6 May 1998 (63 FR 25071-25080, FR Doc. "
 "98-11958; kept as `published`) as federal.elaws.us reproduces its text (origin string `FRE`, as batches 40zk and "
 "41c). The page store holds the page twice under one address: one copy opens with the host's heading ('98-11958. "
 "Proposed Final Judgment ... and J.E. ...') and indents the GPO text; the other, taken, gives the GPO text plain "
 "and runs further; the two agree word for word as far as both run. Left out: the GPO header lines ('[Federal "
 "Register Volume 63, Number 87 (Wednesday, May 6, 1998)]', '[Notices]', '[Pages 25071-25080]', the GPO line, '[FR "
 "Doc No: 98-11958]'), 'DEPARTMENT OF JUSTICE', 'Antitrust Division', '[Civil Action No. 98-CIV-2716]' and the "
 "notice's title (four printed lines, joined as `title`). The printed column's line breaks joined with spaces; the "
 "two paragraphs (the second opening 'The United States, the State of New York, ...', a new paragraph in the GPO "
 "text's indentation) set off by a blank line. Cut after the second paragraph's last full sentence ('... film "
 "rentals paid to distributors for first-run movies.'), before 'The prayer for relie', where the excerpt breaks off "
 "(`truncated`: the relief sought, the decree's terms and the Competitive Impact Statement are not in the kept "
 "text). Kept as written: the GPO quotation marks (``Loews'') and (``Cineplex''), 'Case No. 98-CIV-2716', "
 "'60-day', 'Complaint' and 'complaint', 'theatre', '67 percent and 77 percent'. The title's 'Sony Corporation of "
 "America', 'd/b/a Loews Theatres' and 'J.E. Seagram Corp.' are not in the kept text (the gold annotates the text "
 "only). 216 words. Found with 'JUSTICE DEPARTMENT REQUIRES DIVESTITURE movie theatres acquisition Assistant "
 "Attorney General Antitrust Division said consent decree' (ranks 5 and 8, the two copies). One text per event: no "
 "Division release on the 1998 suit came back (AMC / Loews 2005 and AMC / SMH Theatres 2015 notices came back, "
 "other matters). " + CHECK + "'LTM Holdings', 'Loews Theatres', 'Loews Cineplex', 'Cineplex', 'J.E. Seagram', "
 "'98-11958', '98-CIV-2716': 0 in the corpus files, GATHERING.md, the scripts, the notes and the pools; 'Sony "
 "Corporation of America' (the title only) in a train Wikipedia text on Sony BMG (by its name; another matter) and "
 "batch 32d's scripts; no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
