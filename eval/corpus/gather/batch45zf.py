#!/usr/bin/env python3
"""Batch 45zf (session 46, gatherer 45zf): two 1998 bank holding company mergers let go forward once branches were
sold -- NationsBank Corporation's proposed merger with BankAmerica Corporation, 17 branch offices in New Mexico to be
sold, and the merger of Banc One Corporation with First Chicago NBD Corporation, 39 branch offices in ten Indiana
counties to be sold after an investigation run jointly with the Indiana Attorney General's Office -- told in US federal
public-domain press releases of the Justice Department's Antitrust Division (17 U.S.C. 105), each with Joel I. Klein,
Assistant Attorney General in charge of the Division, quoted with his post, a seventh round of session 46 after batches
45b, 45g, 45l, 45s, 45w and 45zb in the DOJ lane of batches 16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h,
42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v, 44a, 44c, 44e, 44f, 44i, 44j, 44m, 44n, 44q, 44t,
45b, 45g, 45l, 45s, 45w and 45zb, first-party text only, before the year 2000 (45zb's lead: NationsBank deals):
  - the Division's release of 14 August 1998, 'JUSTICE DEPARTMENT CLEARS NATIONSBANK/BANKAMERICA MERGER AFTER PARTIES
    AGREE TO $491.6 MILLION DIVESTITURE IN NEW MEXICO' (usdoj.gov atr/public/press_releases/1998/1879.htm as the UNT
    Libraries' End of Term 2008 web archive holds it);
  - the Division's release of 8 September 1998, 'JUSTICE DEPARTMENT APPROVES BANC ONE/FIRST CHICAGO BANK MERGER AFTER
    PARTIES AGREE TO $1.47 BILLION DIVESTITURE IN INDIANA' (justice.gov atr/public/press_releases/1998/1929.htm).
Texts are the search tool's page-store excerpts (corpus `pages`). Each page's note on its two formats, the line 'U.S.
Department of Justice Seal and Letterhead', the letterhead lines ('FOR IMMEDIATE RELEASE', the date line, 'AT', the
telephone and TDD lines) and the headlines (kept as `title`, their printed lines joined with a space) are left out;
paragraphs are kept as the excerpts give them. Each text is cut at the last full sentence before its excerpt breaks
off. No word added or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45zf.py [POOL_DIR] [--dry]   (default /tmp/gather46zf/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import ARC
from batch42z import ATRPR

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46zf/pool"
# a check note of this batch's own (as 45b's, 45g's, 45l's, 45s's, 45w's and 45zb's), naming the session-46 pools
# present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45zb.py and batch45zb_annotate.py the latest of this lane), the session-46 notes (/work/notes/gather46, "
         "45a to 45z, 45za to 45zd) and every /tmp/gather46*/pool present (at the last check /tmp/gather46a to "
         "/tmp/gather46z and 46za to 46zd; no pool yet from 46ze, 46zg or 46zh: SEC, DOJ (Raytheon 1997; "
         "AT&T/MediaOne 2000; Enterasys 2004; Alcoa/Golden 1999; Bank of Boston/BayBanks 1996; SBC/AT&T 2005; "
         "Suiza/Dean 2001; Cargill/Akzo 1997; Figgie 1997; ADM/Minnesota Corn Processors 2002; BFI/Attwoods 1994; Waste "
         "Management/Reuter 1995; Manitowoc/Grove 2002; Manitowoc/Enodis 2008; U.S. Bancorp/West One 1995; GE/Stewart & "
         "Stevenson 1997; M&I/Valley 1994; Wells Fargo/First Interstate 1996; First Virginia/Premier 1997; "
         "BankAmerica/Security Pacific 1992), FCC and outage texts on other matters, with none of the names below): ")
LEFT = ("Left out: the page's note on its two formats ('This document is available in two formats: ... contact the "
        "Antitrust Documents Group.'), the line 'U.S. Department of Justice Seal and Letterhead', the letterhead lines "
        "(")
R = []

# ---- NationsBank / BankAmerica, Division release, 14 August 1998 ----------------------------------------------------
U1 = ("https://webarchive.library.unt.edu/eot2008/20080916180247/http:/www.usdoj.gov/atr/public/press_releases/1998/"
      "1879.htm")
T1 = ("JUSTICE DEPARTMENT CLEARS NATIONSBANK/BANKAMERICA MERGER AFTER PARTIES AGREE TO $491.6 MILLION DIVESTITURE IN "
      "NEW MEXICO")
R.append(federal(
 "us-doj-nationsbank-bankamerica-new-mexico-17-branches-1998", U1, "1998-08-14", T1,
 "WASHINGTON, D.C. \u2014 The Department of Justice reached an agreement today with NationsBank Corporation clearing "
 "its proposed merger with BankAmerica Corporation, after the banks agreed to sell off 17 branch offices located in New "
 "Mexico, with total deposits of approximately $491.6 million.\n\n"
 "NationsBank has agreed to divest BankAmerica branch offices in the following New Mexico markets: 15 in Albuquerque, "
 "one in Clovis, and one in McKinley, in order to resolve the Department's antitrust concerns that the merger would "
 "lessen competition for banking services.\n\n"
 "\"Our investigation of bank mergers generally indicates that the area of competitive concern is loans to small and "
 "medium-sized businesses,\" stated Joel I. Klein, Assistant Attorney General in charge of the Antitrust Division. "
 "\"This settlement preserves the competitive choice for small businesses and other consumers in New Mexico, who would "
 "have been harmed by this merger. Those consumers will continue to enjoy the most competitive loan rates and the best "
 "banking services.\"\n\n"
 "NationsBank also agreed that it would not take steps to preclude other financial institutions from leasing or "
 "purchasing any bank branches that it may close due to consolidation. Subject to regulatory approvals, the 17 "
 "branches and associated loans and deposits that NationsBank will divest will be sold to a competitively suitable "
 "buyer.",
 "banking", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T1 + "', 1998-08-14, US federal government "
 "work (public domain); text of the usdoj.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from "
 "the search tool's page store at " + U1,
 ARC,
 "The Antitrust Division's press release of Friday, 14 August 1998 (kept as `published`; the date from the letterhead "
 "line 'FRIDAY, AUGUST 14, 1998') on usdoj.gov (atr/public/press_releases/1998/1879.htm) as the End of Term 2008 web "
 "archive (webarchive.library.unt.edu) holds it: the Department's own page, archived unchanged (origin string `ARC`, "
 "as batches 41h, 43c, 43q, 43s, 43v, 45s, 45w and 45zb). " + LEFT + "'FOR IMMEDIATE RELEASE', 'FRIDAY, AUGUST 14, "
 "1998', 'AT', '(202) 616-2771', 'TDD (202) 514-1888') and the headline (kept as `title`, in capitals as printed, one "
 "printed line). Paragraphs as the excerpt gives them. Cut after '... will be sold to a competitively suitable "
 "buyer.', before 'The proposed merger of NationsBank Corporation and BankAmerica', where the excerpt breaks off "
 "(`truncated`). Kept as written: the dateline 'WASHINGTON, D.C. \u2014' with its spaced em dash, 'sell off', 'the "
 "following New Mexico markets: 15 in Albuquerque, one in Clovis, and one in McKinley' (serial comma), 'stated Joel I. "
 "Klein', the straight quotation marks. 207 words. One text per event: the Federal Reserve Board's order of 17 August "
 "1998 (pdfdrive.to copy) and news on the deal (Augusta Chronicle, Los Angeles Times, American Banker) not used. "
 "Found with 'Justice Department NationsBank acquisition divestiture branches Bingaman' (rank 2), 45zb's lead. "
 + CHECK + "'NationsBank', 'Clovis', 'McKinley', '1879.htm': 0 in the corpus files, the scripts and the pools "
 "('NationsBank' only in GATHERING.md's and the notes' 45b section -- NationsBank / Barnett Banks 1997, no Division "
 "text found, another matter -- and 45zb's lead); 'BankAmerica' in one corpus file on another matter (45zb's "
 "BankAmerica / Security Pacific 1992); 'Albuquerque' in one corpus file on another matter (CenturyLink / Level 3 "
 "2017); 'Joel I. Klein' in files on other matters (the official recurs, the matter does not); no dev or test file's "
 "text read.",
 True))

# ---- Banc One / First Chicago NBD, Division release, 8 September 1998 -----------------------------------------------
U2 = "http://www.justice.gov/atr/public/press_releases/1998/1929.htm"
T2 = ("JUSTICE DEPARTMENT APPROVES BANC ONE/FIRST CHICAGO BANK MERGER AFTER PARTIES AGREE TO $1.47 BILLION DIVESTITURE "
      "IN INDIANA")
R.append(federal(
 "us-doj-banc-one-first-chicago-nbd-indiana-39-branches-1998", U2, "1998-09-08", T2,
 "WASHINGTON, D.C. -- The Department of Justice's Antitrust Division today cleared the $29 billion merger of Banc One "
 "Corporation with First Chicago NBD Corporation after the banks agreed to divest 39 branch offices in Indiana with "
 "total deposits of approximately $1.47 billion. In addition, the banks have offered to sell certain middle market "
 "commercial loan operations in Indiana and associated middle market commercial loans. The Antitrust Division's "
 "investigation was conducted jointly with the Indiana Attorney General's Office.\n\n"
 "In order to resolve the Antitrust Division's concerns that the merger would lessen competition for banking "
 "services, Ohio-based Banc One has agreed to divest First Chicago NBD branches in the following Indiana "
 "counties--Monroe, Harrison, Marion, Johnson, Hamilton, Morgan, Tippecanoe, Lawrence, Jasper, and Carroll. Subject to "
 "regulatory approval, the 39 branches and associated loans and deposits that Banc One will divest will be sold to one "
 "or more competitively suitable buyers.\n\n"
 "\"This settlement ensures that small and medium-sized business consumers will continue to have the benefits of "
 "competition,\" stated Joel I. Klein, Assistant Attorney General in charge of the Department's Antitrust Division. "
 "\"As a result, consumers will continue have a choice for their banking needs, and will continue to receive "
 "competitive loan rates and other banking services.\"",
 "banking", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T2 + "', 1998-09-08, US federal government "
 "work (public domain); text of the justice.gov page (the Division's releases, 1998/1929), from the search tool's "
 "page store at " + U2,
 ATRPR,
 "The Antitrust Division's press release of Tuesday, 8 September 1998 (kept as `published`; the date from the "
 "letterhead line 'TUESDAY, SEPTEMBER 8, 1998'), the Department's own page on justice.gov "
 "(atr/public/press_releases/1998/1929.htm; origin string `ATRPR`, as batches 42z, 45g and 45zb). " + LEFT + "'FOR "
 "IMMEDIATE RELEASE', 'TUESDAY, SEPTEMBER 8, 1998', 'AT', '(202) 616-2771', 'TDD (202) 514-1888') and the headline "
 "(kept as `title`, its two printed lines joined with a space after 'BANK MERGER', in capitals as printed). "
 "Paragraphs as the excerpt gives them. Cut after Klein's quotation ('... competitive loan rates and other banking "
 "services.\"'), before 'The proposed merger of Banc One and Firs', where the excerpt breaks off (`truncated`). Kept "
 "as written: 'WASHINGTON, D.C. --' with its double hyphen, 'counties--Monroe' (a double hyphen with no spaces), "
 "'Jasper, and Carroll' (serial comma), 'middle market' (no hyphen), 'will continue have a choice' (a word missing as "
 "printed), the straight quotation marks. 203 words. One text per event: news on the deal (Los Angeles Times) not "
 "used. Found with 'JUSTICE DEPARTMENT WILL NOT CHALLENGE BANK MERGER UPON COMPLETION OF CERTAIN DIVESTITURES 1993' "
 "(rank 8). "
 + CHECK + "'Banc One', 'First Chicago', 'Indiana Attorney General', 'Tippecanoe', '1929.htm': 0 in the corpus "
 "files, GATHERING.md, the scripts, the notes and the pools; 'Joel I. Klein' in files on other matters; no dev or "
 "test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
