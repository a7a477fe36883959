#!/usr/bin/env python3
"""Batch 45l (session 46, gatherer 45l): a salt producers' merger cleared on a sale of salt assets and a plant, and a
maker of industrial and consumer products with its founder, its former chief executive and chairman, fined for buying
its stock without a premerger filing, told in US federal public-domain press releases of the Justice Department (17
U.S.C. 105) on the Antitrust Division's work, a third round of session 46 after batches 45b and 45g in the DOJ lane of
batches 16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o,
43q, 43s, 43v, 44a, 44c, 44e, 44f, 44i, 44j, 44m, 44n, 44q, 44t, 45b and 45g, first-party text only, before the year
2000:
  - the Department's release of 21 April 1997, 'JUSTICE DEPARTMENT REQUIRES SELL OFF OF SALT ASSETS IN SETTLEMENT WITH
    SALT PRODUCERS CARGILL AND AKZO', Joel I. Klein quoted with his post (usdoj.gov, Office of Public Affairs page
    opa/pr/1997/April97/163at.htm);
  - the Department's release of 13 February 1997, 'FIGGIE INTERNATIONAL AND ITS FORMER CEO WILL PAY CIVIL PENALTIES
    FOR VIOLATING ANTITRUST PREMERGER REPORTING REQUIREMENTS' (justice.gov's archive of Office of Public Affairs
    releases, opa/pr/1997/February97/067at.htm).
Texts are the search tool's page-store excerpts (corpus `pages`). The letterhead lines ('FOR IMMEDIATE RELEASE', 'AT',
the date line, telephone and TDD lines), the headline (kept as `title`, its printed lines joined) and the sub-headline
are left out; the releases' line wraps are joined with a space and the indents before paragraphs and the spaces at
their ends dropped; the salt text is cut at the last full sentence before its excerpt breaks off, the Figgie text is
whole but for the closing '###' and the release number. No word added or changed. Written before any extractor ran on
the texts (newskg was not run on them).
usage: batch45l.py [POOL_DIR] [--dry]   (default /tmp/gather46l/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import OPA

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46l/pool"
# a check note of this batch's own (as 45b's and 45g's), naming the session-46 pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45j.py and batch45j_annotate.py the latest) and every /tmp/gather46*/pool present (at the last check "
         "/tmp/gather46a to /tmp/gather46j: SEC, DOJ (Raytheon 1997; AT&T/MediaOne 2000; Enterasys 2004; Alcoa/Golden "
         "1999; Bank of Boston/BayBanks 1996; SBC/AT&T 2005; Suiza/Dean 2001), FCC and outage texts on other matters, "
         "with none of the names below): ")
R = []

# ---- Cargill / Akzo Nobel salt, Office of Public Affairs release, 21 April 1997 --------------------------------------
U1 = "http://www.usdoj.gov/opa/pr/1997/April97/163at.htm"
T1 = "JUSTICE DEPARTMENT REQUIRES SELL OFF OF SALT ASSETS IN SETTLEMENT WITH SALT PRODUCERS CARGILL AND AKZO"
R.append(federal(
 "us-doj-cargill-akzo-nobel-salt-merger-deicing-assets-sale-1997", U1, "1997-04-21", T1,
 "WASHINGTON, D.C. -- The Department of Justice and three State Attorneys General reached a settlement today with two "
 "of the nation's largest salt producers--Cargill Inc. and Akzo Nobel N.V.--allowing the $160 million merger to "
 "proceed if Cargill sells off deicing salt assets and a New York food-grade salt plant.\n\n"
 "The Department's Antitrust Division and State Attorneys General from New York, Pennsylvania and Ohio said that a "
 "merger of Cargill and Akzo would substantially reduce competition in two markets--the bulk deicing salt market in "
 "the Northeast interior of the country and the food-grade evaporated salt market east of the Rocky Mountains.\n\n"
 "Joel I. Klein, Acting Assistant Attorney General in charge of the Department's Antitrust Division, said, \"From "
 "the dinner table to icy roads and sidewalks, salt is critical to our everyday life.  Without this divestiture, "
 "taxpayers and consumers would have suffered increased prices for these essential products.\"\n\n"
 "Deicing salt is medium or coarse grade rock salt bought by state and municipal governments in bulk for use in "
 "melting snow and ice on public roads.  Food grade evaporated salt is a highly refined, extremely pure salt that "
 "meets Food and Drug Administration standards for human consumption.  It is added during food processing as a "
 "preservative and flavor enhancer for a wide variety of baked, frozen, dried and canned foods and snacks, "
 "everything from apple pie to canned zucchini.",
 "food/salt", "deal,regulatory",
 "U.S. Department of Justice, press release '" + T1 + "', 1997-04-21, US federal government work (public domain); "
 "text of the usdoj.gov page (Office of Public Affairs, 163at), from the search tool's page store at " + U1,
 OPA,
 "The Department's press release of Monday, 21 April 1997 (kept as `published`; the date from the letterhead line "
 "'MONDAY, APRIL 21, 1997') on usdoj.gov (opa/pr/1997/April97/163at.htm: the Office of Public Affairs' page for an "
 "Antitrust Division ('AT') release), the Department's own page as the page store holds it (batches 41h, 41k, 44a "
 "and 44e took Office of Public Affairs releases the same way, origin string `OPA`). Left out: the letterhead lines "
 "('FOR IMMEDIATE RELEASE', 'AT', 'MONDAY, APRIL 21, 1997', '(202) 616-2771', 'TDD (202) 514-1888'), the headline "
 "(kept as `title`, its two printed lines joined with a space, in capitals as printed) and the sub-headline 'State "
 "Attorneys General from New York, Pennsylvania, Ohio Join in Settlement' (a heading, not body text). The release's "
 "line wraps joined with a space (no word broken at a wrap); the indents before paragraphs and the stray spaces at "
 "the ends of the second, third and fourth paragraphs (and a blank line holding one space) dropped. Cut after the "
 "fourth paragraph ('... everything from apple pie to canned zucchini.'), before 'The complaint and proposed "
 "settlement were filed today in federal district court in Rochester, N', where the excerpt breaks off (`truncated`: "
 "the rest of the release, which may say who buys what, is not in the kept text). Kept as written: the dateline "
 "'WASHINGTON, D.C. --' with its double hyphen, the double hyphens with no spaces ('producers--Cargill', "
 "'N.V.--allowing', 'markets--the'), the two spaces after full stops where the page has them, 'sells off', 'Food "
 "grade evaporated salt' beside 'food-grade evaporated salt', 'flavor', the straight quotation marks. 226 words. "
 "One text per event: the complaint, the proposed final judgment and the Division's Federal Register notice on the "
 "suit (filed in Rochester, New York) not looked for; news on the deal not used. Found with 'FOR IMMEDIATE RELEASE "
 "1996 (202) 616-2771 JUSTICE DEPARTMENT REQUIRES acquisition of subsidiary divest plant Bingaman said' (rank 4). "
 + CHECK + "'Akzo', 'deicing', '163at': 0 in the corpus files' texts and the scripts but for 'Akzo' in train "
 "ec-competition-newsroom-mergers-siemens-gamesa-2016 and 'AkzoNobel' in batch 10's notes (other matters, by their "
 "names); 'Cargill' in train wn-venezuela-bans-coke-zero-over-unspecified-2009 (another matter) and in GATHERING.md "
 "only for Cargill / Continental Grain (1999) and Cargill Meat Solutions (2023), other matters; no dev or test "
 "file's text read.",
 True))

# ---- Figgie International, Office of Public Affairs release, 13 February 1997 ----------------------------------------
U2 = "https://www.justice.gov/archive/opa/pr/1997/February97/067at.htm"
U2A = ("https://webarchive.library.unt.edu/eot2008/20081105075651/http:/www.usdoj.gov/atr/public/press_releases/1997/"
       "1895.htm")
T2 = ("FIGGIE INTERNATIONAL AND ITS FORMER CEO WILL PAY CIVIL PENALTIES FOR VIOLATING ANTITRUST PREMERGER REPORTING "
      "REQUIREMENTS")
R.append(federal(
 "us-doj-figgie-international-former-ceo-premerger-reporting-civil-penalties-1997", U2, "1997-02-13", T2,
 "WASHINGTON, D.C. -- An Ohio manufacturer of industrial and consumer products and its founder will each pay a "
 "$75,000 civil penalty to settle charges that they violated premerger reporting requirements, said the Department "
 "of Justice.\n\n"
 "The Department's Antitrust Division today, at the request of the Federal Trade Commission, filed a civil suit "
 "against the Willoughby, Ohio-based Figgie International Inc. and its former CEO and Chairman, Harry E. Figgie Jr. "
 "of Hunting Valley, Ohio.\n\n"
 "The complaint charged that Figgie, who was the majority shareholder of another company with greater than $10 "
 "million in sales or assets, acquired more than 15 percent of the voting securities of Figgie International valued "
 "at about $28 million, without complying with antitrust premerger notification requirements.\n\n"
 "The suit and proposed settlement were filed in U.S. District Court in Washington, D.C.  The settlement, which must "
 "be approved by the court, would settle the suit.\n\n"
 "The Hart-Scott-Rodino Act of 1976 imposes notification and waiting period requirements on individuals and "
 "companies over a certain size before they consummate acquisitions of stock or assets over a certain value or "
 "ownership percentage.\n\n"
 "A description of the case is contained in the attached press release from the Federal Trade Commission.",
 "manufacturing", "regulatory,leadership,ownership",
 "U.S. Department of Justice, press release '" + T2 + "', 1997-02-13, US federal government work (public domain); "
 "text of the justice.gov page (the archive of Office of Public Affairs releases, 067at), from the search tool's page "
 "store at " + U2,
 OPA,
 "The Department's press release of Thursday, 13 February 1997 (kept as `published`; the date from the letterhead "
 "line 'THURSDAY, FEBRUARY 13, 1997') on justice.gov (archive/opa/pr/1997/February97/067at.htm: the Office of Public "
 "Affairs' page for an Antitrust Division ('AT') release), the Department's own page as the page store holds it "
 "(origin string `OPA`, as batches 41h, 41k, 44a and 44e). Left out: the letterhead lines ('FOR IMMEDIATE RELEASE', "
 "'AT', 'THURSDAY, FEBRUARY 13, 1997', '(202) 616-2771', 'TDD (202) 514-1888'), the headline (kept as `title`, its "
 "two printed lines joined with a space, in capitals as printed), and at the end the '###' mark and the release "
 "number '97-067'. The release's line wraps joined with a space (no word broken at a wrap), the indents before "
 "paragraphs dropped. The whole release is in the excerpt (not `truncated`); the FTC release it says is attached is "
 "not in it. Kept as written: the dateline 'WASHINGTON, D.C. --' with its double hyphen, 'the Willoughby, "
 "Ohio-based Figgie International Inc.', 'former CEO and Chairman' with its capital, 'Harry E. Figgie Jr.' with no "
 "comma before 'Jr.', the two spaces after 'Washington, D.C.', 'the court' in lower case. 197 words. The same "
 "release on usdoj.gov's Division pages as the UNT Libraries' End of Term 2008 archive holds it (" + U2A + ", "
 "single-spaced, its headline printed 'PENAL TIES') is the same text, not taken twice; the FTC's release on the "
 "matter and the court papers not looked for. Found with 'FOR IMMEDIATE RELEASE 1998 (202) 616-2771 JUSTICE "
 "DEPARTMENT REQUIRES TO SELL IN ORDER TO PROCEED WITH ACQUISITION OF wholly-owned subsidiary Klein' (ranks 2 and 3). "
 + CHECK + "'Figgie', 'Willoughby', 'Hunting Valley', '067at', '1895.htm': 0 in the corpus files' texts, GATHERING.md "
 "and the scripts; no dev or test file's text read.",
 False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
