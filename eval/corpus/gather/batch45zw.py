#!/usr/bin/env python3
"""Batch 45zw (session 46, gatherer 45zw): a satellite-television company controlled by five cable operators sued over
its planned purchase of two other companies' direct broadcast satellite assets (Primestar Inc., News Corporation
Limited and MCI; Time Warner Inc., Tele-Communications Inc., Comcast Corporation, Cox Enterprises Inc. and US
West/MediaOne named as Primestar's controllers, 1998), and a publisher's purchase of another company's educational
and reference publishing businesses cleared on a settlement once textbooks are sold (Pearson plc, Pearson Inc. and
Viacom International Inc., 1998), told in US federal public-domain press releases of the Justice Department's
Antitrust Division (17 U.S.C. 105), each with the Division's head quoted with the post, a round of session 46 after
batch 45zt in the DOJ lane (batches 45b, 45g, 45l, 45s, 45w, 45zb, 45zf, 45zn, 45zq and 45zt this session),
first-party text only, before the year 2000:
  - the Division's release of 12 May 1998, 'JUSTICE DEPARTMENT SUES TO BLOCK PRIMESTAR'S ACQUISITION OF NEWS
    CORP./MCI'S DIRECT BROADCAST SATELLITE ASSETS' (usdoj.gov atr/public/press_releases/1998/1758.htm as the UNT
    Libraries' End of Term 2008 web archive holds it), Joel I. Klein quoted with his post;
  - the Division's release on the Pearson / Viacom settlement (23 November 1998 by the suit's filing date; justice.gov
    atr/public/press_releases/1998/2096.htm; the stored page has no headline and no date line: its one heading, the
    sub-headline 'Divestitures of Elementary School Science Program and of Textbooks in 32 College Subjects
    Required', kept as `title`), Joel I. Klein quoted with his post.
Texts are the search tool's page-store excerpts (corpus `pages`). The pages' format notes, seal and letterhead lines
are left out, the 1998 Primestar headline kept as `title` and its sub-headline left out; paragraphs kept as the
excerpts give them (one line each, a blank line between). Each text is cut at the last full sentence before the
excerpt breaks off. No word or character added or changed (both pages' encodings are clean: the Primestar page's em
dashes are U+2014 as stored).
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45zw.py [POOL_DIR] [--dry]   (default /tmp/gather46zw/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import ARC
from batch42z import ATRPR

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46zw/pool"
# a check note of this batch's own (as 45zn's, 45zq's and 45zt's), naming the session-46 pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45zt.py and batch45zt_annotate.py the latest of this lane), the session-46 notes (/work/notes/gather46) "
         "and every /tmp/gather46*/pool present (at the last check /tmp/gather46a to /tmp/gather46z and 46za to 46zu: "
         "SEC, DOJ (45zt's Sprint / France Telecom / Deutsche Telekom 1995 and Chancellor / Kunz 1998; 45zq's 1997 "
         "business reviews; 45zn's 1994 hospital suits), FCC and outage texts on other matters, with none of the names "
         "below; no pool of 45zv, 45zx or 45zy yet): ")
LEFT = ("Left out: the page's note on its two formats ('This document is available in two formats: ... contact the "
        "Antitrust Documents Group.'), the line 'U.S. Department of Justice Seal and Letterhead', the letterhead lines "
        "(")
R = []

# ---- Primestar / News Corp. / MCI, Division release, 12 May 1998 -----------------------------------------------------
U1 = ("https://webarchive.library.unt.edu/eot2008/20080916180247/http:/www.usdoj.gov/atr/public/press_releases/1998/"
      "1758.htm")
T1 = ("JUSTICE DEPARTMENT SUES TO BLOCK PRIMESTAR'S ACQUISITION OF NEWS CORP./MCI'S DIRECT BROADCAST SATELLITE "
      "ASSETS")
R.append(federal(
 "us-doj-primestar-news-corp-mci-direct-broadcast-satellite-assets-suit-1998", U1, "1998-05-12", T1,
 "WASHINGTON, D.C. \u2014 The Department of Justice filed a civil antitrust suit today to block Primestar Inc. from "
 "acquiring the direct broadcast satellite assets of News Corporation Limited and MCI because it would allow five of "
 "the largest cable companies in the U.S., which control Primestar, to protect their monopolies and keep out new "
 "competitors. Direct broadcast satellite or DBS, is a service that uses orbiting satellites to transmit video "
 "programming directly to a subscriber's home.\n\n"
 "The Department said that the companies\u2014Time Warner Inc., Tele-Communications Inc., Comcast Corporation, Cox "
 "Enterprises Inc., and US West/MediaOne\u2014would have little incentive to use the satellite service assets to "
 "compete aggressively against cable television. The lessened competition could ultimately result in higher cable "
 "rates for consumers, the Department said.\n\n"
 "\"DBS presents the first real threat to the cable monopoly,\" said Joel I. Klein, Assistant Attorney General of the "
 "Department's Antitrust Division. \"Cable prices continue to increase rapidly, and unless this acquisition is "
 "blocked, consumers will be denied the benefits of competition\u2014lower prices, more innovation, and better "
 "services and quality.\"\n\n"
 "Klein said that Primestar's acquisition of the DBS assets would prevent independent firms from using the assets to "
 "compete head-to-head against cable.",
 "media/satellite television", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T1 + "', 1998-05-12, US federal government work "
 "(public domain); text of the usdoj.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from the "
 "search tool's page store at " + U1,
 ARC,
 "The Antitrust Division's press release of Tuesday, 12 May 1998 (kept as `published`; the date from the letterhead "
 "line 'TUESDAY, MAY 12, 1998') on usdoj.gov (atr/public/press_releases/1998/1758.htm) as the End of Term 2008 web "
 "archive (webarchive.library.unt.edu) holds it (origin string `ARC`, as batches 41h, 43c, 43q, 45s, 45w and 45zt). "
 + LEFT + "'FOR IMMEDIATE RELEASE', 'TUESDAY, MAY 12, 1998', 'AT', '(202) 616-2771', 'TDD (202) 514-1888'), the "
 "sub-headline 'Unless Deal is Blocked, Consumers Could Face Higher Cable Rates' and the headline (kept as `title`, "
 "one printed line, in capitals as printed). Paragraphs as the excerpt gives them, one line each with a blank line "
 "between. Cut after the fourth paragraph ('... to compete head-to-head against cable.'), before 'Under the proposed "
 "acqu', where the excerpt breaks off (`truncated`: the deal's terms and the complaint's account are not in the kept "
 "text). Kept as written: the dateline 'WASHINGTON, D.C. \u2014' with its em dash (U+2014, spaced), "
 "'companies\u2014Time Warner' and 'MediaOne\u2014would' and 'competition\u2014lower prices' (em dashes with no "
 "spaces), 'Direct broadcast satellite or DBS, is a service' (the comma as printed), 'US West/MediaOne' with its "
 "slash, 'Klein, Assistant Attorney General of the Department's Antitrust Division' ('of', not 'in charge of'), "
 "'head-to-head', the straight quotation marks and apostrophes. 196 words. One text per event: the complaint and "
 "other court papers in United States v. Primestar, Inc. et al. (another lane's form) not looked for; news on the "
 "suit (Los Angeles Times, Bloomberg, Variety, a Dow Jones item on the deal's abandonment on a message board) not "
 "used. Found with 'Justice Department sues to block Primestar acquisition News Corporation MCI satellite Klein 1998' "
 "(rank 3) and the headline (rank 3). "
 + CHECK + "'Primestar' and 'PrimeStar', '1758.htm', 'US West/MediaOne': 0 in the corpus files, GATHERING.md, the "
 "scripts, the notes and the pools; 'News Corporation Limited' only on 45x's 2003 News/Hughes transfer (another "
 "matter), 'Tele-Communications Inc' only in an FCC search note on AT&T/TCI, 'Cox Enterprises' and 'MCI' in files on "
 "other matters, 'direct broadcast satellite' only in a Sky Deutschland Wikipedia text; 'Joel I. Klein' in files on "
 "other matters; no dev or test file's text read.",
 True))

# ---- Pearson / Viacom International, Division release, 23 November 1998 ---------------------------------------------
U2 = "http://www.justice.gov/atr/public/press_releases/1998/2096.htm"
T2 = "Divestitures of Elementary School Science Program and of Textbooks in 32 College Subjects Required"
R.append(federal(
 "us-doj-pearson-viacom-publishing-businesses-textbook-divestitures-1998", U2, "1998-11-23", T2,
 "WASHINGTON, D.C. -- The Department of Justice reached a settlement today allowing Pearson plc and Pearson Inc. to "
 "proceed with their $4.6 billion acquisition of educational, professional and reference publishing businesses from "
 "Viacom International Inc., after Pearson agreed to resolve the Department's antitrust concerns by selling off an "
 "elementary school science textbook program and textbooks in numerous college subjects.\n\n"
 "Pearson and Viacom are two of only four publishers of major comprehensive elementary school science programs, which "
 "include textbooks and related educational materials and services. They also are two of few publishers of textbooks "
 "and other educational materials for over thirty college courses in which DOJ required divestitures.\n\n"
 "\"Education is an important national priority, and competition is essential to ensure that our students have the "
 "best available educational materials,\" said Joel I. Klein, Assistant Attorney General of the Department's "
 "Antitrust Division. \"With these divestitures, students, elementary schools and colleges will continue to receive "
 "high quality textbooks and supporting materials at the lowest prices, as well as continued innovation.\"\n\n"
 "In recent years, Pearson and Viacom have consistently led in sales of important elementary school science "
 "programs, facing few competitors.",
 "media/educational publishing", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release on the Pearson plc / Viacom International Inc. "
 "settlement, '" + T2 + "' (the stored page's only heading; no headline in it), 1998-11-23, US federal government "
 "work (public domain); text of the justice.gov page (the Division's releases, 1998/2096), from the search tool's "
 "page store at " + U2,
 ATRPR,
 "The Antitrust Division's press release on the Pearson / Viacom settlement, the Department's own page on "
 "justice.gov (atr/public/press_releases/1998/2096.htm; origin string `ATRPR`, as batches 42z, 45g, 45zb and 45zf). "
 + LEFT + "'(202) 616-2771', 'TDD (202) 514-1888'; the stored page has no 'FOR IMMEDIATE RELEASE' line, no date line "
 "and no headline). The page's one heading, the sub-headline 'Divestitures of Elementary School Science Program and "
 "of Textbooks in 32 College Subjects Required' (two printed lines joined with a space after 'Program'), kept as "
 "`title` (**doubtful**: 45zt left a sub-headline out beside a headline; here it is the only heading). `published` "
 "1998-11-23 (a Monday) is not printed in the kept page: it is the day the Department's own notice gives for the "
 "complaint and the proposed final judgment filed with it ('On November 23, 1998, the United States filed a "
 "Complaint ...', 'filed at the same time as the Complaint', United States v. Pearson plc, Pearson Inc. and Viacom "
 "International Inc., No. 1:98CV02836 (D.D.C.), 63 FR 70422, FR Doc. 98-33653), the settlement the release says "
 "was reached 'today'; the page's number (2096) falls after the Division's 12 November 1998 release (2075) "
 "(**doubtful**: a release may go out a day after its filing; every date in the gold rests on it). Paragraphs as "
 "the excerpt gives them, one line each with a blank line between. Cut after the first sentence of the fourth "
 "paragraph ('... facing few competitors.'), before 'Pearson publishes the \"Discover the Wonder\" program under the "
 "Scott Foresman Science brand name, and Viacom publishes \"Discovery Works,\" under the brand name Silver Burdett "
 "Ginn S', where the excerpt breaks off mid-sentence (`truncated`). Kept as written: the dateline 'WASHINGTON, D.C. "
 "--' with its double hyphen, 'Pearson plc' (lower case 'plc'), 'Viacom International Inc., after' (the comma as "
 "printed), 'two of few publishers', 'DOJ' bare, 'high quality' (no hyphen), the straight quotation marks. 187 "
 "words. One text per event: the proposed final judgment (scribd copy), the Federal Register notice and the court's "
 "memorandum (55 F. Supp. 2d 43) not used (court papers, another lane's form, third parties' copies). Found with "
 "'JUSTICE DEPARTMENT REQUIRES PEARSON TO DIVEST SIMON & SCHUSTER acquisition textbooks Klein' (rank 2). "
 + CHECK + "'Viacom International', 'Pearson Inc', '2096.htm', 'Silver Burdett', 'Scott Foresman', '98CV02836': 0 in "
 "the corpus files, GATHERING.md, the scripts, the notes and the pools; 'Pearson plc' in files on other matters "
 "(RTL Group and Penguin Random House Wikipedia texts, an SEC final judgment of 2013, a Wikipedia biography of a "
 "Pearson chief executive, by their names), 'Simon & Schuster' only in the Penguin Random House text (the 2020s "
 "deal), 'Viacom' in files on other matters (Westinghouse/Infinity 1996, the 2000 Viacom/CBS order and others); "
 "'Joel I. Klein' in files on other matters; no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
