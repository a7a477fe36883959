#!/usr/bin/env python3
"""Batch 45zb (session 46, gatherer 45zb): four bank holding company deals let go forward once branches were sold --
Marshall & Ilsley's acquisition of Valley Bancorporation in Wisconsin (1994), Wells Fargo & Company's acquisition of
First Interstate Bancorp cleared with the California Attorney General's Office (1996), First Virginia Banks Inc. and
Premier Bankshares Corp.'s merger in southwestern Virginia (1997) and the BankAmerica / Security Pacific merger across
five western states (1992) -- told in US federal public-domain press releases of the Justice Department's Antitrust
Division (17 U.S.C. 105), each with the Assistant Attorney General in charge of the Division quoted with his or her
post, a sixth round of session 46 after batches 45b, 45g, 45l, 45s and 45w in the DOJ lane of batches 16e, 21c, 22b,
40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v, 44a, 44c,
44e, 44f, 44i, 44j, 44m, 44n, 44q, 44t, 45b, 45g, 45l, 45s and 45w, first-party text only, before the year 2000 (45w's
four leads):
  - the Division's release of 14 April 1994, 'JUSTICE DEPARTMENT APPROVES WISCONSIN BANK MERGER UPON COMPLETION OF
    CERTAIN DIVESTITURES', Anne K. Bingaman quoted (usdoj.gov atr/public/press_releases/1994/211829.htm as the UNT
    Libraries' End of Term 2008 web archive holds it);
  - the Division's release of 28 February 1996, 'JUSTICE DEPARTMENT AND CALIFORNIA ATTORNEY GENERAL'S OFFICE REACH
    AGREEMENT WITH WELLS FARGO FOR $2.54 BILLION DIVESTITURE IN CALIFORNIA', Anne K. Bingaman quoted (justice.gov's
    archive of the Division's releases, atr/public/press_releases/1996/0551.htm);
  - the Division's release of 18 March 1997, 'FIRST VIRGINIA AND PREMIER AGREE TO SELL OFF THREE VIRGINIA BANK
    BRANCHES WORTH $44.3 MILLION TO GAIN JUSTICE DEPARTMENT APPROVAL', Joel I. Klein (acting) quoted (usdoj.gov
    1997/1091.htm as the same archive holds it);
  - the Division's release of 28 February 1992, 'JUSTICE DEPARTMENT WILL NOT CHALLENGE BANKAMERICA/SECURITY PACIFIC
    PROPOSED MERGER UPON COMPLETION OF CERTAIN DIVESTITURES', James F. Rill quoted (usdoj.gov 1992/211120.htm as the
    same archive holds it).
Texts are the search tool's page-store excerpts (corpus `pages`). Each page's note on its two formats, the line 'U.S.
Department of Justice Seal and Letterhead', the letterhead lines ('FOR IMMEDIATE RELEASE', the date line, 'AT', the
telephone and TDD lines), the 1992 page's link line 'View the related business review', the 1997 page's sub-headline
and the headlines (kept as `title`, their printed lines joined with a space) are left out; paragraphs are kept as the
excerpts give them. Each text is cut at the last full sentence before its excerpt breaks off. No word added or
changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45zb.py [POOL_DIR] [--dry]   (default /tmp/gather46zb/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import ARC
from batch42z import ATRPR

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46zb/pool"
# a check note of this batch's own (as 45b's, 45g's, 45l's, 45s's and 45w's), naming the session-46 pools present at
# the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45w.py and batch45w_annotate.py the latest of this lane), the session-46 notes (/work/notes/gather46, "
         "45a to 45z) and every /tmp/gather46*/pool present (at the last check /tmp/gather46a to /tmp/gather46z; "
         "46za (SEC), 46zc (FCC) and 46zd (House) too: SEC, DOJ (Raytheon 1997; AT&T/MediaOne 2000; Enterasys 2004; "
         "Alcoa/Golden 1999; Bank of Boston/BayBanks 1996; SBC/AT&T 2005; Suiza/Dean 2001; Cargill/Akzo 1997; Figgie "
         "1997; ADM/Minnesota Corn Processors 2002; BFI/Attwoods 1994; Waste Management/Reuter 1995; Manitowoc/Grove "
         "2002; Manitowoc/Enodis 2008; U.S. Bancorp/West One 1995; GE/Stewart & Stevenson 1997), FCC and outage texts "
         "on other matters, with none of the names below): ")
LEFT = ("Left out: the page's note on its two formats ('This document is available in two formats: ... contact the "
        "Antitrust Documents Group.'), the line 'U.S. Department of Justice Seal and Letterhead', the letterhead lines "
        "(")
R = []

# ---- Marshall & Ilsley / Valley Bancorporation, Division release, 14 April 1994 -------------------------------------
U1 = ("https://webarchive.library.unt.edu/eot2008/20081105075550/http:/www.usdoj.gov/atr/public/press_releases/1994/"
      "211829.htm")
T1 = "JUSTICE DEPARTMENT APPROVES WISCONSIN BANK MERGER UPON COMPLETION OF CERTAIN DIVESTITURES"
R.append(federal(
 "us-doj-marshall-ilsley-valley-bancorporation-wisconsin-branches-1994", U1, "1994-04-14", T1,
 "WASHINGTON, D.C. -- The Department of Justice's Antitrust Division will not challenge a proposed merger between two "
 "of the largest banking organizations in Wisconsin as long as one of the banks sells specified branches that might "
 "have lessened competition in certain markets.\n\n"
 "The Department advised the Federal Reserve Board on Friday, April 8, that it will not challenge the proposed "
 "acquisition of Valley Bancorporation by Marshall & Ilsley if Marshall & Ilsley sells specified branches. The "
 "Division also advised the Federal Reserve Board the modified transaction will not harm competition.\n\n"
 "Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust Division, said, \"This acquisition could "
 "have harmed banking consumers in the Madison, Oshkosh, Mayville, New Holstein and Rhinelander areas. Due to the "
 "efforts of the Department and the staff of the Federal Reserve Board, the transaction may proceed while the "
 "potential harm to competition will be avoided.\n\n"
 "\"This is yet another example of the Department's vigorous efforts to enforce the antitrust laws with respect to "
 "mergers and acquisitions and of our willingness to find solutions that will prevent competitive harm while "
 "allowing otherwise benign transactions to proceed,\" she said.\n\n"
 "Marshall & Ilsley has told the Federal Reserve Board it will sell specified branches in Madison, Oshkosh, Mayville, "
 "New Holstein and Rhinelander, which have total deposits of $328 million.",
 "banking", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T1 + "', 1994-04-14, US federal government "
 "work (public domain); text of the usdoj.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from "
 "the search tool's page store at " + U1,
 ARC,
 "The Antitrust Division's press release of Thursday, 14 April 1994 (kept as `published`; the date from the "
 "letterhead line 'THURSDAY, APRIL 14, 1994') on usdoj.gov (atr/public/press_releases/1994/211829.htm) as the End of "
 "Term 2008 web archive (webarchive.library.unt.edu) holds it: the Department's own page, archived unchanged (origin "
 "string `ARC`, as batches 41h, 43c, 43q, 43s, 43v, 45s and 45w). " + LEFT + "'FOR IMMEDIATE RELEASE', 'THURSDAY, "
 "APRIL 14, 1994', 'AT', '(202) 616-2771', 'TDD (202) 514-1888') and the headline (kept as `title`, its two printed "
 "lines joined, in capitals as printed). Paragraphs as the excerpt gives them (Bingaman's quotation runs over two "
 "paragraphs, the first left open without a closing mark, as printed). Cut after '... which have total deposits of "
 "$328 million.', before 'It has not, however, reached', where the excerpt breaks off (`truncated`). Kept as "
 "written: 'WASHINGTON, D.C. --' with its double hyphen, 'Marshall & Ilsley' (the short form throughout), 'on "
 "Friday, April 8, that', the two-paragraph quotation. 219 words. One text per event: the Division's letter of 8 "
 "April 1994 to Chairman Greenspan (press_releases/1994/211831.htm, which came back beside it) and news on the deal "
 "(American Banker) not used. Found with 'Justice Department Marshall & Ilsley Valley Bancorporation acquisition "
 "divestiture Bingaman 1994' (rank 1), 45w's lead. "
 + CHECK + "'Marshall & Ilsley', 'Valley Bancorp', 'Oshkosh', 'Rhinelander', 'Mayville', 'New Holstein', '211829', "
 "'211831': 0 in the corpus files, the scripts and the pools ('Marshall & Ilsley', 'Valley Bancorporation' and "
 "'211829' only in GATHERING.md's and the notes' 45w section: the lead); no dev or test file's text read.",
 True))

# ---- Wells Fargo / First Interstate, Division release, 28 February 1996 ---------------------------------------------
U2 = "https://justice.gov/archive/atr/public/press_releases/1996/0551.htm"
T2 = ("JUSTICE DEPARTMENT AND CALIFORNIA ATTORNEY GENERAL'S OFFICE REACH AGREEMENT WITH WELLS FARGO FOR $2.54 BILLION "
      "DIVESTITURE IN CALIFORNIA")
R.append(federal(
 "us-doj-wells-fargo-first-interstate-california-attorney-general-61-branches-1996", U2, "1996-02-28", T2,
 "WASHINGTON, D.C. \u2014 The Department of Justice and the California Attorney General's Office jointly announced "
 "today that they had cleared Wells Fargo & Company's approximately $10.3 billion acquisition of First Interstate "
 "Bancorp, after the bank agreed to divest 61 branch offices in California involving about $2.54 billion in "
 "deposits. The Department's Antitrust Division conducted a joint investigation with the California Attorney "
 "General's Office.\n\n"
 "The banks agreed to divest 61 First Interstate branch offices in California in order to resolve concerns of the "
 "Division and the California Attorney General's Office that the Wells' acquisition would lessen competition for "
 "banking services available to small and medium-sized businesses in almost 30 separate bank markets. The "
 "divestiture package is among the largest the Antitrust Division has required.\n\n"
 "Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust Division, said, \"Wells' acquisition of "
 "First Interstate presented a significant risk to competition for business banking services in numerous California "
 "markets. These divestitures will preserve competition by making branches and branch networks available to serve "
 "the needs of local business communities.\"\n\n"
 "The branches to be divested include 14 in the San Diego market, nine in the Sacramento market, and five in the "
 "Bakersfield market, totalling approximately $1.4 billion in deposits.",
 "banking", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T2 + "', 1996-02-28, US federal government "
 "work (public domain); text of the justice.gov page (the Division's archived releases, 1996/0551), from the search "
 "tool's page store at " + U2,
 ATRPR,
 "The Antitrust Division's press release of Wednesday, 28 February 1996 (kept as `published`; the date from the "
 "letterhead line 'WEDNESDAY, FEBRUARY 28, 1996'), the Department's own page in justice.gov's archive of the "
 "Division's releases (atr/public/press_releases/1996/0551.htm; origin string `ATRPR`, as batches 42z and 45g). "
 + LEFT + "'FOR IMMEDIATE RELEASE', 'WEDNESDAY, FEBRUARY 28, 1996', 'AT', '(202) 616-2771', 'TDD (202) 514-1888') "
 "and the headline (kept as `title`, in capitals as printed). Paragraphs as the excerpt gives them. Cut after '... "
 "totalling approximately $1.4 billion in deposits.', before 'An', where the excerpt breaks off (`truncated`). Kept "
 "as written: the dateline 'WASHINGTON, D.C. \u2014' with its spaced em dash, 'the Wells' acquisition' and 'Wells' "
 "acquisition' (the apostrophe after 'Wells'), 'totalling', the straight quotation marks. 204 words. One text per "
 "event: the California Attorney General's own notice, NAAG's case page, the banks' SEC filings and news (Deseret "
 "News, Spokesman-Review, Los Angeles Times) not used; the Division's release of 16 January 1996 on First Bank "
 "System's rival bid for First Interstate (docslib.org copy only, words missing) not used. Found with 'Wells Fargo & "
 "Company acquisition of First Interstate Bancorp Justice Department divestiture 1996' (rank 1), 45w's lead. "
 + CHECK + "'First Interstate', 'California Attorney General', 'Bakersfield', '0551': 0 in the corpus files, the "
 "scripts and the pools ('First Interstate' and '0551.htm' only in GATHERING.md's and the notes' 45w section: the "
 "lead); 'Wells Fargo' in seven corpus files and several scripts on other matters (Wachovia 2008, Stumpf 2020, "
 "predatory lending 2012, CFPB 2013, Mizuho 2002 and 2005, by their names; none on First Interstate); 'Bingaman' in "
 "corpus files on other matters (the official recurs, the matter does not); no dev or test file's text read.",
 True))

# ---- First Virginia / Premier Bankshares, Division release, 18 March 1997 -------------------------------------------
U3 = ("https://webarchive.library.unt.edu/eot2008/20081105075651/http:/www.usdoj.gov/atr/public/press_releases/1997/"
      "1091.htm")
T3 = ("FIRST VIRGINIA AND PREMIER AGREE TO SELL OFF THREE VIRGINIA BANK BRANCHES WORTH $44.3 MILLION TO GAIN JUSTICE "
      "DEPARTMENT APPROVAL")
R.append(federal(
 "us-doj-first-virginia-premier-bankshares-southwestern-virginia-branches-1997", U3, "1997-03-18", T3,
 "WASHINGTON, D.C. -- The Department of Justice reached an agreement today with First Virginia Banks Inc. and Premier "
 "Bankshares Corp. that will allow their proposed merger to go forward so long as they sell three branch offices in "
 "southwestern Virginia. By selling the offices--with total deposits of about $44.3 million--the companies will "
 "resolve antitrust concerns resulting from a joint investigation by the Department's Antitrust Division and the "
 "Office of the Virginia Attorney General.\n\n"
 "The banks agreed to divest two Premier branch offices and one First Virginia branch office in order to resolve the "
 "Antitrust Division's concerns that the merger would lessen competition for banking services in certain areas of "
 "southwestern Virginia. The First Virginia branch to be sold is located in the town of Clintwood in Dickenson "
 "County. One of the Premier branches to be divested is located in Max Meadows in Wythe County and the other is "
 "located in Pound in Wise County.\n\n"
 "\"The First Virginia and Premier merger presented a significant risk to consumers in southwestern Virginia who rely "
 "on competition to ensure they can get loans at the lowest possible interest rates and better services,\" said Joel "
 "I. Klein, Acting Assistant Attorney General in charge of the Department's Antitrust Division.",
 "banking", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T3 + "', 1997-03-18, US federal government "
 "work (public domain); text of the usdoj.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from "
 "the search tool's page store at " + U3,
 ARC,
 "The Antitrust Division's press release of Tuesday, 18 March 1997 (kept as `published`; the date from the "
 "letterhead line 'TUESDAY, MARCH 18, 1997') on usdoj.gov (atr/public/press_releases/1997/1091.htm) as the End of "
 "Term 2008 web archive holds it (origin string `ARC`). " + LEFT + "'FOR IMMEDIATE RELEASE', 'TUESDAY, MARCH 18, "
 "1997', 'AT', '202) 616-2771' (its opening parenthesis missing, as printed), 'TDD (202) 514-1888'), the headline "
 "(kept as `title`, in capitals as printed) and the sub-headline 'Divestitures will Preserve Competition for Loans "
 "and other Banking Services in Southwestern Virginia' (as 45l and 45w left out theirs). Paragraphs as the excerpt "
 "gives them. Cut after Klein's first sentence ('... in charge of the Department's Antitrust Division.'), before "
 "'\"These divestitures will preserve compe', where the excerpt breaks off (`truncated`: the rest of his quotation "
 "is not in the kept text). Kept as written: 'WASHINGTON, D.C. --', 'offices--with' and 'million--the' (double "
 "hyphens with no spaces), 'Premier Bankshares Corp.', 'southwestern Virginia' (lower-case s), the straight "
 "quotation marks. 203 words. One text per event: the banks' SEC filings and news (American Banker, Roanoke Times) "
 "not used. Found with 'First Virginia Banks Premier Bankshares Justice Department divestiture Klein 1997' (rank 1), "
 "45w's lead. "
 + CHECK + "'First Virginia', 'Premier Bankshares', 'Clintwood', 'Max Meadows', 'Wythe', 'Dickenson', 'Virginia "
 "Attorney General': 0 in the corpus files, the scripts and the pools ('First Virginia', 'Premier Bankshares' and "
 "'1091.htm' only in GATHERING.md's and the notes' 45w section: the lead); 'Joel I. Klein' in files on other "
 "matters (the official recurs); no dev or test file's text read.",
 True))

# ---- BankAmerica / Security Pacific, Division release, 28 February 1992 ---------------------------------------------
U4 = ("https://webarchive.library.unt.edu/eot2008/20081105075532/http:/www.usdoj.gov/atr/public/press_releases/1992/"
      "211120.htm")
T4 = ("JUSTICE DEPARTMENT WILL NOT CHALLENGE BANKAMERICA/SECURITY PACIFIC PROPOSED MERGER UPON COMPLETION OF CERTAIN "
      "DIVESTITURES")
R.append(federal(
 "us-doj-bankamerica-security-pacific-divest-211-branches-five-states-1992", U4, "1992-02-28", T4,
 "WASHINGTON, D.C. -- The Department of Justice announced today it will not challenge the proposed merger of "
 "BankAmerica and Security Pacific, subject to the completion of certain divestitures committed to by BankAmerica. "
 "The Department will advise the Federal Reserve Board that the proposed merger, subject to the divestitures, would "
 "not harm competition in any market.\n\n"
 "BankAmerica has committed to the Department that it will divest 211 bank branches in five states to address "
 "competitive concerns raised by the Antitrust Division of the Department of Justice. This commitment includes "
 "divestitures of deposits of over $8.8 billion, and loan portfolios totaling over $2.7 billion. The five states "
 "that are affected are California, Washington, Oregon, Arizona, and Nevada.\n\n"
 "James F. Rill Assistant Attorney General in charge of the Antitrust Division, said, \"This action will assure that "
 "bank consumers in the western states continue to enjoy the benefits of competition, while permitting BankAmerica "
 "to obtain the cost savings it expects to realize from the largest bank merger in history.\"\n\n"
 "BankAmerica, headquartered in San Francisco, California, with over $115 billion in assets and over $92 billion in "
 "deposits, is the third largest bank holding company in the United States.",
 "banking", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T4 + "', 1992-02-28, US federal government "
 "work (public domain); text of the usdoj.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from "
 "the search tool's page store at " + U4,
 ARC,
 "The Antitrust Division's press release of Friday, 28 February 1992 (kept as `published`; the date from the "
 "letterhead line 'FRIDAY, FEBRUARY 28, 1992') on usdoj.gov (atr/public/press_releases/1992/211120.htm) as the End "
 "of Term 2008 web archive holds it (origin string `ARC`). " + LEFT + "'FOR IMMEDIATE RELEASE', 'FRIDAY, FEBRUARY "
 "28, 1992', 'AT', 'TDD (202) 514-1888'; the page has no telephone line), the link line 'View the related business "
 "review' and the headline (kept as `title`, its two printed lines joined with a space after "
 "'BANKAMERICA/SECURITY'). Paragraphs as the excerpt gives them. Cut after '... the third largest bank holding "
 "company in the United States.', before 'Security Pacific, headquartered in Los Angeles, California, with over $76 "
 "billion in assets and over $58 billion in deposits, is the seven', where the excerpt breaks off (`truncated`: "
 "Los Angeles is not in the kept text). Kept as written: 'WASHINGTON, D.C. --', 'James F. Rill Assistant Attorney "
 "General' with no comma after the name, 'Arizona, and Nevada' (serial comma), 'totaling', 'the western states' "
 "(lower case). 194 words. One text per event: the related business review letter, the Federal Reserve's order and "
 "news (Los Angeles Times, Kitsap Sun, American Banker) not used. Found with 'BankAmerica Security Pacific merger "
 "Justice Department divestiture James F. Rill 1992' (rank 1), 45w's lead. "
 + CHECK + "'BankAmerica', 'Security Pacific', 'James F. Rill', 'Rill', '211120': 0 in the corpus files, the "
 "scripts and the pools (only in GATHERING.md's and the notes' 45w section: the lead); no dev or test file's text "
 "read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
