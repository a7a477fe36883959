#!/usr/bin/env python3
"""Batch 45g (session 46, gatherer 45g): two bank and metals matters told in US federal public-domain press releases of
the Justice Department's Antitrust Division (17 U.S.C. 105), a second round of session 46 after batch 45b in the DOJ
lane of batches 16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m,
43o, 43q, 43s, 43v, 44a, 44c, 44e, 44f, 44i, 44j, 44m, 44n, 44q, 44t and 45b, taking up batch 45b's leads (Bank of
Boston / BayBanks, 1996; Alcoa / ACX's Golden Aluminum, 1999; the Division's 1990s releases), first-party text only,
before the year 2000:
  - the Division's release of 18 June 1996, 'JUSTICE DEPARTMENT REQUIRES BANK OF BOSTON AND BAYBANKS TO DIVEST MORE
    THAN 20 BRANCHES, WORTH $860 MILLION, IN ORDER TO MERGE', Anne K. Bingaman quoted with her post (justice.gov's
    archive of the Division's releases, press_releases/1996/0688.htm);
  - the Division's release of 5 November 1999, 'JUSTICE DEPARTMENT REQUIRES DIVESTITURE IN ALCOA'S ACQUISITION OF
    GOLDEN ALUMINUM COMPANY', 'Alcoa's $41 million acquisition of Golden Aluminum Company from ACX Technologies Inc.'
    (usdoj.gov, press_releases/1999/3830.htm, as the UNT Libraries' End of Term 2008 web archive holds it).
Texts are the search tool's page-store excerpts (corpus `pages`). The format note ('This document is available in two
formats ...'), 'U.S. Department of Justice Seal and Letterhead', the letterhead lines (release, date, web address,
'AT', telephone and TDD lines) and the headline (kept as `title`) are left out; each text is cut at the last full
sentence before its excerpt breaks off. No word added or changed. Written before any extractor ran on the texts (newskg
was not run on them).
usage: batch45g.py [POOL_DIR] [--dry]   (default /tmp/gather46g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import ARC
from batch42z import ATRPR

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46g/pool"
# a check note of this batch's own (as 45b's): the session-42 to -45 pools earlier notes named are gone from /tmp, so
# the note names the session-46 pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45e.py and batch45e_annotate.py the latest) and every /tmp/gather46*/pool present (at the last check "
         "/tmp/gather46a to /tmp/gather46i: SEC, DOJ (Raytheon 1997; AT&T/MediaOne 2000; Enterasys 2004), FCC and "
         "outage texts on other matters, with none of the names below): ")
R = []

# ---- Bank of Boston / BayBanks, Antitrust Division release, 18 June 1996 --------------------------------------------
U1 = "https://www.justice.gov/archive/atr/public/press_releases/1996/0688.htm"
T1 = ("JUSTICE DEPARTMENT REQUIRES BANK OF BOSTON AND BAYBANKS TO DIVEST MORE THAN 20 BRANCHES, WORTH $860 MILLION, IN "
      "ORDER TO MERGE")
R.append(federal(
 "us-doj-bank-of-boston-baybanks-divest-branches-ustrust-1996", U1, "1996-06-18", T1,
 "WASHINGTON, D.C. \u2014 The Department of Justice reached an agreement today with Bank of Boston and BayBanks that "
 "will allow their $2 billion proposed merger to go forward after they agreed to sell off 20 bank branch offices with "
 "total deposits of about $860 million to USTrust to resolve concerns about preserving competition. The Department's "
 "Antitrust Division conducted a joint investigation with the Office of the Massachusetts Attorney General.\n\n"
 "The banks agreed to sell 16 BayBanks and four Bank of Boston branch offices in the Boston metropolitan area in "
 "response to the Antitrust Division's concerns that the merger as originally proposed would lessen competition for "
 "banking services available to small and medium-sized businesses.\n\n"
 "Anne K. Bingaman, Assistant Attorney General in charge of the Department's Antitrust Division, said, \"The Bank of "
 "Boston and BayBanks merger presented a significant risk to competition for business banking services in Boston and "
 "the surrounding metropolitan area. These divestitures will preserve competition in banking services provided to "
 "small and middle-sized businesses.\"\n\n"
 "The Department said it will advise the Federal Reserve Board that, subject to divestiture of the branch offices and "
 "associated loans and deposits, the Department will not challenge the merger.",
 "banking", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T1 + "', 1996-06-18, US federal government "
 "work (public domain); text of the justice.gov page (the Division's archived releases, 1996/0688), from the search "
 "tool's page store at " + U1,
 ATRPR,
 "The Antitrust Division's press release of Tuesday, 18 June 1996 (kept as `published`; the date from the letterhead "
 "line 'TUESDAY, JUNE 18, 1996'), the Department's own page in justice.gov's archive of the Division's releases "
 "(atr/public/press_releases/1996/0688.htm; batch 42z took the Division's justice.gov releases the same way, origin "
 "string `ATRPR`). Left out: the format note ('This document is available in two formats: ... contact the Antitrust "
 "Documents Group.'), 'U.S. Department of Justice Seal and Letterhead', the letterhead lines ('FOR IMMEDIATE "
 "RELEASE', 'TUESDAY, JUNE 18, 1996', 'AT', '(202) 616-2771', 'TDD (202) 514-1888') and the headline (kept as "
 "`title`, in capitals as printed). The page's paragraphs kept as it splits them. Cut after the fourth paragraph "
 "('... the Department will not challenge the merger.'), before 'Bingaman added that the agreement also exemplifies "
 "the close cooperation between federal and state antitrust enforcement agenci', where the excerpt breaks off "
 "(`truncated`: the rest of the release is not in the kept text, so the surname-alone 'Bingaman' is not either). "
 "Kept as written: the dateline 'WASHINGTON, D.C. \u2014' with its spaced em dash, 'sell off', '16 BayBanks and four "
 "Bank of Boston branch offices', 'small and medium-sized businesses' beside 'small and middle-sized businesses', the "
 "straight quotation marks. 195 words. Batch 45b's lead (it named the release and left it: a merger with no buyer "
 "stated, taken here for the official's role, the Division's ties and the companies named); one text per event: the "
 "Federal Reserve Board's order on the merger, the banks' SEC filings and news stories on the deal not looked for. "
 "Found with 'Justice Department Bank of Boston BayBanks divest branches Bingaman 1996' (rank 1). "
 + CHECK + "'BayBanks', 'Bank of Boston', 'USTrust', '0688.htm': 0 in the corpus files' texts and the scripts (only in "
 "GATHERING.md, batch 45b's section: the lead); 'Massachusetts Attorney General' only in dev us-doj-varney-remarks-"
 "ticketmaster-live-nation-settlement-2010 and '$860 million' only in dev ftc-software-databases-cases-costar-"
 "loopnet-xceligent-fidelity-landamerica, test wp-abilio-diniz and batches 16i's and 29a's scripts (other matters, "
 "by their names); 'Bingaman' in five corpus files on other matters (the Division's 1996 USA Waste/Sanifill, "
 "Jacor/Citicasters, Smith/Baroid and American Skiing texts and a 2011 House letter, by their names: the official "
 "recurs, the matter does not); no dev or test file's text read.",
 True))

# ---- Alcoa / Golden Aluminum from ACX Technologies, Antitrust Division release, 5 November 1999 ---------------------
U2 = ("https://webarchive.library.unt.edu/eot2008/20090509144043/http:/www.usdoj.gov/atr/public/press_releases/1999/"
      "3830.htm")
U2F = "http://federal.elaws.us/fr/12/29/1999/99-33410"
U2J = ("https://webarchive.library.unt.edu/eot2008/20080916072307/http:/www.usdoj.gov/atr/cases/f3800/3847.htm")
U2C = "https://www.justice.gov/atr/case-document/competitive-impact-statement-7"
T2 = "JUSTICE DEPARTMENT REQUIRES DIVESTITURE IN ALCOA'S ACQUISITION OF GOLDEN ALUMINUM COMPANY"
R.append(federal(
 "us-doj-alcoa-golden-aluminum-acx-technologies-fort-lupton-divestiture-1999", U2, "1999-11-05", T2,
 "WASHINGTON, D.C.\u2014 The Department of Justice today announced that Alcoa Inc. has agreed to sell a manufacturing "
 "facility in Fort Lupton, Colorado to resolve antitrust concerns involving Alcoa's $41 million acquisition of Golden "
 "Aluminum Company from ACX Technologies Inc.\n\n"
 "The Department's Antitrust Division filed a civil lawsuit today in U.S. District Court in Washington, D.C. to block "
 "Alcoa's proposed acquisition of Golden. At the same time, the Department filed a proposed consent decree that, if "
 "approved by the court, would resolve the Department's competitive concerns.\n\n"
 "According to the Department, Alcoa controls over 50 percent of the aluminum can lid stock market in North America. "
 "Golden is one of only four other companies that manufactures lid stock in North America. Alcoa's acquisition of "
 "Golden, as originally proposed, would have increased Alcoa's ability to raise prices, reduce quality and decrease "
 "production of lid stock through the elimination of a low-cost competitor in a highly concentrated industry.\n\n"
 "Lid stock is aluminum sheet that is used by can manufacturers to make the ends, tabs, and lids of food and beverage "
 "cans.\n\n"
 "The proposed consent decree requires Alcoa to divest Golden's Fort Lupton, Colorado manufacturing facility in order "
 "to preserve competition in the $1.6 billion market for the manufacture and sale of aluminum food and beverage can "
 "lid stock.",
 "manufacturing/aluminium", "deal,regulatory,ownership",
 "U.S. Department of Justice, Antitrust Division, press release '" + T2 + "', 1999-11-05, US federal government "
 "work (public domain); text of the usdoj.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from "
 "the search tool's page store at " + U2,
 ARC,
 "The Antitrust Division's press release of Friday, 5 November 1999 (kept as `published`; the date from the "
 "letterhead line 'FRIDAY, NOVEMBER 5, 1999') on usdoj.gov (atr/public/press_releases/1999/3830.htm) as the End of "
 "Term 2008 web archive (webarchive.library.unt.edu) holds the page: the Department's own page, archived unchanged "
 "(batches 41h, 43v and 44i took the archive's copies the same way, origin string `ARC`). Left out: the format note "
 "('This document is available in two formats: ... contact the Antitrust Documents Group.'), 'U.S. Department of "
 "Justice Seal and Letterhead', the letterhead lines ('FOR IMMEDIATE RELEASE', 'FRIDAY, NOVEMBER 5, 1999', "
 "'WWW.USDOJ.GOV', 'AT', '(202) 514-2007', 'TDD (202) 514-1888') and the headline (kept as `title`, in capitals as "
 "printed). The page's paragraphs kept as it splits them. Cut after the fifth paragraph ('... aluminum food and "
 "beverage can lid stock.'), before the quotation the excerpt breaks off inside ('\"The sale of Golden's Fort Lupton "
 "facility ensures that compet': `truncated`, so the official it quotes is not in the kept text). Kept as written: "
 "the dateline 'WASHINGTON, D.C.\u2014' with the em dash after the full stop and a space after the dash, 'U.S. "
 "District Court in Washington, D.C. to block' with no comma after 'D.C.', 'one of only four other companies that "
 "manufactures', 'the court' in lower case, the straight apostrophes. 214 words. Batch 45b's lead (GATHERING.md's "
 "sections of batches 42z, 44a and 45b named the Division's notice on the matter, not this release, as a lead and a "
 "near-miss: the notice says only 'ACX Technologies, Inc.'s (``ACX'') interest in Golden Aluminum Company', an "
 "interest of untold size; this release says 'acquisition of Golden Aluminum Company from ACX Technologies Inc.', the "
 "whole company). One text per event: the Division's Federal Register notice (64 FR 73066, FR Doc. 99-33410, 29 "
 "December 1999, " + U2F + "), the Final Judgment (" + U2J + ", a court paper) and the Competitive Impact Statement "
 "(" + U2C + ", a court paper) not taken. Found with 'Alcoa ACX Technologies Golden Aluminum proposed final judgment "
 "1999' (rank 5) and 'JUSTICE DEPARTMENT REQUIRES DIVESTITURE ALCOA GOLDEN ALUMINUM Klein Assistant Attorney General "
 "lid stock Fort Lupton' (rank 1). "
 + CHECK + "'Fort Lupton', 'lid stock', '3830.htm', '$41 million acquisition': 0 in the corpus files' texts and the "
 "scripts ('Fort Lupton' once in GATHERING.md, batch 44a's not-used note on the notice); 'Golden Aluminum', 'ACX' and "
 "'99-33410' only in GATHERING.md's lead and not-used notes (batches 42z, 44a, 45b), batch 44a's script and the "
 "`notes` of test us-doj-federal-register-alcoa-alumax-proposed-final-judgment-1998 (another Alcoa matter, its notes "
 "naming this one as another event: grep -l by name only, the file's text not read); 'Alcoa' in other Alcoa matters' "
 "files (Alumax 1998, Reynolds 2000, by their names); no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
