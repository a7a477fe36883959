#!/usr/bin/env python3
"""Batch 45zt (session 46, gatherer 45zt): a joint venture of a US long distance carrier with the French and German
telephone monopolies, who were to buy stock in it, let go ahead on a settlement (Sprint Corporation, France Telecom --
printed 'France T\u201al\u201acom' on the archived page -- and Deutsche Telekom A.G., 1995), and a radio and outdoor
advertising group's acquisition of a billboard rival cleared once assets in four counties were sold (Chancellor Media
Corporation and Kunz & Company, 1998), told in US federal public-domain press releases of the Justice Department
(17 U.S.C. 105) on the Antitrust Division's work, each with the Division's head quoted with the post, a tenth round of
session 46 after batches 45b, 45g, 45l, 45s, 45w, 45zb, 45zf, 45zn and 45zq in the DOJ lane of batches 16e, 21c, 22b,
40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v, 44a, 44c,
44e, 44f, 44i, 44j, 44m, 44n, 44q, 44t, 45b, 45g, 45l, 45s, 45w, 45zb, 45zf, 45zn and 45zq, first-party text only,
before the year 2000:
  - the Department's release of (by its suit's filing date) 13 July 1995 on the Sprint / France Telecom / Deutsche
    Telekom deal, Anne K. Bingaman quoted with her post (usdoj.gov's Office of Public Affairs page
    opa/pr/Pre_96/July95/391.txt.html as the UNT Libraries' End of Term 2008 web archive holds it; the stored page
    begins at the dateline: no letterhead, no headline, `title` null);
  - the Division's release of 12 November 1998, 'JUSTICE DEPARTMENT APPROVES CHANCELLOR MEDIA CORPORATION'S
    ACQUISITION OF KUNZ & COMPANY'S OUTDOOR ADVERTISING ASSETS' (usdoj.gov atr/public/press_releases/1998/2075.htm as
    the same archive holds it), Joel I. Klein quoted with his post.
Texts are the search tool's page-store excerpts (corpus `pages`). The 1995 page's hard line wraps are joined with a
space, its paragraph indents dropped and its paragraphs set apart by a blank line; the 1998 page's archive note, seal
and letterhead lines and sub-headline are left out, its headline kept as `title` (two printed lines joined) and its
paragraphs kept as the excerpt gives them. Both are cut at the last full paragraph before the excerpt breaks off. No
word or character added or changed (the archived page's '\u201a' for the accented e of 'T\u00e9l\u00e9com' kept).
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45zt.py [POOL_DIR] [--dry]   (default /tmp/gather46zt/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import ARC

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46zt/pool"
# a check note of this batch's own (as 45zn's and 45zq's), naming the session-46 pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45zq.py and batch45zq_annotate.py the latest of this lane), the session-46 notes (/work/notes/gather46) "
         "and every /tmp/gather46*/pool present (at the last check /tmp/gather46a to /tmp/gather46z and 46za to 46zr: "
         "SEC, DOJ (45zq's 1997 business reviews; 45zn's 1994 hospital suits; 45w's GE/Stewart & Stevenson and U.S. "
         "Bancorp/West One), FCC and outage texts on other matters, with none of the names below; no pool of 45zs or "
         "45zu yet): ")
R = []

# ---- Sprint / France Telecom / Deutsche Telekom, Office of Public Affairs release, 13 July 1995 -----------------------
FT = "France T\u201al\u201acom"
U1 = "https://webarchive.library.unt.edu/eot2008/20090507194535/http:/www.usdoj.gov/opa/pr/Pre_96/July95/391.txt.html"
R.append(federal(
 "us-doj-sprint-france-telecom-deutsche-telekom-joint-venture-settlement-1995", U1, "1995-07-13", None,
 "WASHINGTON, D.C. -- The Justice Department acted today to keep international telephone service competitive by "
 "requiring three of the world's major telecommunications firms to change their more than $4.5 billion joint business "
 "deal to provide global telecommunications services.  The Department said the deal as originally proposed--a "
 "combination of foreign monopoly firms with a U.S. long distance firm--could reduce competition in international "
 "telecommunications by placing other U.S. telecommunications firms at a competitive disadvantage.\n\n"
 "The Department's Antitrust Division filed a suit and proposed settlement involving a plan by " + FT + " and "
 "Deutsche Telekom A.G., to purchase $4 billion of stock in Sprint Corporation and form a joint venture with Sprint "
 "to provide global telecommunications services.  This includes services such as the transmission of data, voice and "
 "other enhanced telecommunications services.\n\n"
 "Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust Division, said, \"The original deal posed a "
 "threat to competition because of the incentive it created to discriminate against competitors in terms and "
 "conditions of access to " + FT + "'s and Deutsche Telekom's monopoly networks and services.  The proposed "
 "settlement will ensure that U.S. competitors will be able to compete for important forms of international "
 "telecommunications by ensuring a level playing field for all competitors.\"\n\n"
 "Sprint, of Westwood, Kansas, is a major provider of long distance telecommunications services, with $12.6 billion "
 "in annual revenues.  Deutsche Telekom, headquartered in Bonn, Germany, is the monopoly provider in Germany and the "
 "second largest provider of telecommunications in the world, with 1994 revenues of $44 billion.  " + FT + ", "
 "headquartered in Paris, France, is the monopoly provider in France and the fourth largest provider of "
 "telecommunications in the world, with $28 billion in 1994 revenues.",
 "telecoms/international long distance", "deal,regulatory",
 "U.S. Department of Justice, press release on the Sprint Corporation, France Telecom and Deutsche Telekom joint "
 "venture (no headline in the stored page), 1995-07-13, US federal government work (public domain); text of the "
 "usdoj.gov page (Office of Public Affairs, Pre_96/July95/391) as the UNT Libraries' End of Term 2008 web archive "
 "holds it, from the search tool's page store at " + U1,
 ARC,
 "The Department's press release on usdoj.gov (opa/pr/Pre_96/July95/391.txt.html: the Office of Public Affairs' "
 "plain-text page) as the End of Term 2008 web archive (webarchive.library.unt.edu) holds it: the Department's own "
 "page, archived unchanged (origin string `ARC`, as batches 41h, 43c, 43q, 43s, 43v, 45s and 45w). The stored page "
 "begins at the indented dateline: no letterhead, date line or headline is in it (`title` null, as 45zn's 211854). "
 "`published` 1995-07-13 (a Thursday) is not printed in the kept page: it is the day the Department's own case papers "
 "give for the suit the release says was filed 'today' ('Filed: July 13, 1995', the Competitive Impact Statement in "
 "United States v. Sprint Corporation and Joint Venture Co., Civil Action No. 95 CV 1304, usdoj.gov atr/cases/f0400/"
 "0452.htm in the same archive, and 60 FR 44049, FR Doc. 95-20834), and the page sits in the archive's 'July95' "
 "folder (**doubtful**: a release may go out a day after its filing; every date in the gold rests on it). The "
 "headline, 'JUSTICE DEPARTMENT PRESERVES COMPETITION IN INTERNATIONAL TELEPHONE SERVICE;REQUIRES SPRINT, FRANCE "
 "TELECOM, DEUTSCHE TELEKOM TO CHANGE BUSINESS DEAL', is printed only in a third party's copy (scribd.com document "
 "308877, 'US Department of Justice Official Release 03038-391-txt'): not used as `title`, the stored page giving "
 "none. The release's hard line wraps joined with a space (no word broken at a wrap); its paragraphs, printed with an "
 "indent and no blank line between them, set apart by a blank line, the indents dropped; two spaces after full stops "
 "inside a line kept as printed. Cut after the fourth paragraph ('... with $28 billion in 1994 revenues.', the two "
 "spaces printed after it dropped), before 'The Depar', where the excerpt breaks off (`truncated`: the terms of the "
 "settlement are not in the kept text). Kept as written: the dateline 'WASHINGTON, D.C. --' with its double hyphen, "
 "'proposed--a combination' and 'firm--could' (double hyphens with no spaces), 'France T\u201al\u201acom' three times "
 "(the archived plain-text page prints U+201A, the low single quotation mark, for each accented 'e' of 'T\u00e9l\u00e9com': "
 "an encoding slip of the page, kept character for character as the brief asks; **doubtful** for the gold, whose "
 "names must be the text's), 'Deutsche Telekom A.G.,' with the comma before 'to purchase', 'Sprint, of Westwood, "
 "Kansas', 'long distance' unhyphenated, 'U.S.' three times, the straight quotation marks. 278 words. One text per "
 "event: the complaint, final judgment and Competitive Impact Statement (court papers) and the Federal Register notice "
 "(another lane's form) not used; the scribd copy (a third party's, the same text with the headline run in) not used. "
 "Found with 'Justice Department Sprint France Telecom Deutsche Telekom joint venture consent decree Bingaman 1995' "
 "(scribd copy rank 7) and 'JUSTICE DEPARTMENT PRESERVES COMPETITION IN INTERNATIONAL TELEPHONE SERVICE REQUIRES "
 "SPRINT, FRANCE TELECOM, DEUTSCHE TELEKOM TO CHANGE BUSINESS DEAL' (rank 1). "
 + CHECK + "'Deutsche Telekom' (corpus files on other matters: a Wikipedia EE, Magyar Telekom, Mannesmann text and "
 "an SEC FCPA release, by their names; none names Sprint), 'France T' (Wikipedia texts on other operators), 'Global "
 "One', 'Joint Venture Co', '391.txt', 'July95', 'Westwood': 0 on this matter in the corpus files, GATHERING.md, "
 "the scripts, the notes and the pools; 'Sprint Corporation' in files on other matters (Sprint Nextel, SoftBank); no "
 "dev or test file's text read.",
 True))

# ---- Chancellor Media / Kunz & Company, Division release, 12 November 1998 -------------------------------------------
U2 = ("https://webarchive.library.unt.edu/eot2008/20080916180247/http:/www.usdoj.gov/atr/public/press_releases/1998/"
      "2075.htm")
T2 = ("JUSTICE DEPARTMENT APPROVES CHANCELLOR MEDIA CORPORATION'S ACQUISITION OF KUNZ & COMPANY'S OUTDOOR ADVERTISING "
      "ASSETS")
R.append(federal(
 "us-doj-chancellor-media-kunz-outdoor-advertising-divestiture-1998", U2, "1998-11-12", T2,
 "WASHINGTON, D.C. -- The Department of Justice reached a settlement today with Chancellor Media Corporation allowing "
 "it to go forward with its $39.5 million acquisition of Kunz & Company after Chancellor agreed to divest outdoor "
 "advertising assets in Kern, Kings, and Inyo Counties, California and Mojave County, Arizona. The assets are valued "
 "at more than $5 million.\n\n"
 "Chancellor and Kunz are head-to-head competitors in the business of selling outdoor advertising, such as billboard "
 "space, to business consumers.\n\n"
 "\"Without this divestiture, local and small business consumers for whom outdoor advertising is an essential form of "
 "media communication would have paid higher prices for advertising,\" said Joel I. Klein, Assistant Attorney General "
 "in charge of the Antitrust Division. \"This divestiture ensures that consumers will continue to have the benefits of "
 "competition.\"\n\n"
 "The Department's Antitrust Division filed suit today in U.S. District Court in Washington, D.C. to block "
 "Chancellor's original proposal to acquire Kunz's outdoor advertising business. At the same time, a proposed "
 "settlement was filed that, if approved by the court, would settle the case.",
 "media/outdoor advertising", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T2 + "', 1998-11-12, US federal government work "
 "(public domain); text of the usdoj.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from the "
 "search tool's page store at " + U2,
 ARC,
 "The Antitrust Division's press release of Thursday, 12 November 1998 (kept as `published`; the date from the "
 "letterhead line 'THURSDAY, NOVEMBER 12, 1998') on usdoj.gov (atr/public/press_releases/1998/2075.htm) as the End of "
 "Term 2008 web archive (webarchive.library.unt.edu) holds it (origin string `ARC`, as above and 45w's 1327). Left "
 "out: the page's note on its formats ('This document is available in two formats: ... Antitrust Documents Group.'), "
 "'U.S. Department of Justice Seal and Letterhead', the letterhead lines ('FOR IMMEDIATE RELEASE', 'THURSDAY, "
 "NOVEMBER 12, 1998', 'WWW.USDOJ.GOV', 'AT', '(202) 616-2771', 'TDD (202) 514-1888'), the sub-headline 'Divestiture "
 "of Certain Kunz Assets Required to Close Deal' and the headline (kept as `title`, its two printed lines joined with "
 "a space after \"CORPORATION'S\", in capitals as printed). The paragraphs kept as the excerpt gives them, one line "
 "each with a blank line between. Cut after the fourth paragraph ('... would settle the case.'), before 'According to "
 "the complaint, the proposed acquisition would substantially lessen competition for outdoor advertising in the four "
 "counties, giving Chancellor a virtual monopoly in some areas and more than 60', where the excerpt breaks off "
 "(`truncated`). Kept as written: the dateline 'WASHINGTON, D.C. --' with its double hyphen, 'Kern, Kings, and Inyo "
 "Counties, California and Mojave County, Arizona' (no comma after 'California'; 'Mojave' as printed), 'head-to-head', "
 "'U.S. District Court in Washington, D.C. to block' (no comma after 'D.C.'), single spaces after full stops, the "
 "straight quotation marks. 173 words. One text per event: the complaint, final judgment and Competitive Impact "
 "Statement and any Federal Register notice on United States v. Chancellor Media Corporation and Kunz & Company not "
 "looked for (court papers, another lane's form). Found with 'JUSTICE DEPARTMENT CLEARS acquisition after company "
 "agrees to sell Klein said 1998 FOR IMMEDIATE RELEASE AT (202) 616-2771' (rank 4). "
 + CHECK + "'Kunz' (only a Zimbabwe VOA text's 'Kunzvi Dam', another word), '2075.htm', 'Kern', 'Inyo', 'Mojave "
 "County': 0 on this matter in the corpus files, GATHERING.md, the scripts, the notes and the pools; 'Chancellor "
 "Media' in files on other matters (43v's 1997 suit on Chancellor's buy of SFX Broadcasting's Long Island stations, "
 "the 1998 Capstar/SFX notice: the company recurs, the matter does not); 'Joel I. Klein' in files on other matters; "
 "no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
