#!/usr/bin/env python3
"""Batch 51q (session 52, gatherer 51q): two bank deals cleared by the Justice Department's Antitrust Division on
branch sales -- SunTrust Bank's pending purchase of Huntington National Bank's Florida branches and operations, with
seven branches in three Florida counties to be sold (2001), and National City Corporation's pending merger into The
PNC Financial Services Group Inc., with 61 National City branches in western Pennsylvania to be sold (2008) -- told
in US federal public-domain texts of the Department (17 U.S.C. 105), a batch-51 round in the DOJ lane (51l, 51b, 50k,
50h, 50e, 50b, 49b, 49e, 49i and 49l before it; 48b, 48f, 48k; 47b to 47z, 46b, 46e, 46i, 46k earlier), first-party
texts only:
  - the Division's press release 'JUSTICE DEPARTMENT REQUIRES SUNTRUST BANK AND HUNTINGTON NATIONAL BANK TO MAKE
    DIVESTITURES IN FLORIDA' (Monday, 3 December 2001, usdoj.gov atr/public/press_releases/2001/9645.htm), as the
    UNT Libraries' End of Term 2008 web archive holds the page (origin string `ARC`, batch 41h's, as 51l);
  - the Department's press release 'Justice Department Requires Divestitures in Acquisition of National City
    Corporation by the PNC Financial Services Group' (Thursday, 11 December 2008, usdoj.gov opa/pr/2008/December/
    08-at-1092.html: the Office of Public Affairs' page for an Antitrust Division ('AT') release), the Department's own
    page as the page store holds it (origin string `OPU`, batch 44a's, for the old domain's OPA pages).
Each text is the search tool's page-store excerpt (corpus `pages`). The pages' format note and letterhead lines, the
headline (kept as `title`; the first one's two printed lines joined with a space) and the second one's sub-heading are
left out; the paragraphs kept are set off by blank lines as the excerpts give them. Each text is cut at the last full
sentence before its excerpt breaks off. No word or character added or changed. Written before any extractor ran on
the texts (newskg was not run on them).
usage: batch51q.py [POOL_DIR] [--dry]   (default /tmp/gather52q/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import ARC
from batch44a import OPU

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52q/pool"
# a check note of this batch's own (as 47b's to 51l's), naming the pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test of /work/main on branch main: names of matching files only, no dev or test file's text read), "
         "GATHERING.md (grep -a; its 'not used' lists included), every gather script (batch51l.py the latest of this "
         "lane), the notes under /work/notes and every /tmp/gather52*/pool present (at the last check the other "
         "lanes' CFTC, SEC, FCC, UK government and DOJ (51b's Cengage notice, 51l's Waste Industries release, 51n's "
         "and 51t's FCPA releases, 51t's ICE release) picks; none naming either matter): ")
R = []

# ---- SunTrust Bank / Huntington National Bank's Florida branches, usdoj.gov via the UNT archive, 3 December 2001 ---
U1 = ("https://webarchive.library.unt.edu/eot2008/20081105075539/http:/www.usdoj.gov/atr/public/press_releases/2001/"
      "9645.htm")
U1F = "https://www.scribd.com/document/1338115/US-Federal-Reserve-attachment"
U1S = "https://www.sec.gov/Archives/edgar/data/750556/000091664101501207/dex991.txt"
T1 = "JUSTICE DEPARTMENT REQUIRES SUNTRUST BANK AND HUNTINGTON NATIONAL BANK TO MAKE DIVESTITURES IN FLORIDA"
R.append(federal(
 "us-doj-suntrust-bank-huntington-national-bank-florida-seven-branches-divestiture-2001", U1, "2001-12-03", T1,
 "WASHINGTON, D.C. -- The Department of Justice today announced that SunTrust Bank and Huntington National Bank have "
 "agreed to sell seven branches with approximately $168 million in deposits in Florida in order to resolve antitrust "
 "concerns about SunTrust's pending acquisition of Huntington's Florida branches and certain operations.\n\n"
 "Under the agreement, the companies have agreed to divest one branch with about $16.8 million in deposits in Sumter "
 "County, two branches with about $60 million in deposits in Highlands County, and four branches with about $90 "
 "million in deposits in Polk County. The divestitures will include the consumer and commercial loans associated "
 "with the divested branches. The companies have also agreed that, for a period of time, they will sell certain "
 "branches closed in Florida as a result of the acquisition to any commercial bank as long as the bank's offer is "
 "equivalent to, or better than, any offer from a non-bank bidder.\n\n"
 "\"These divestitures will help preserve local competition and ensure that small businesses and other customers "
 "will continue to enjoy choices in banking services,\" said Charles A. James, Assistant Attorney General in charge "
 "of the Department's Antitrust Division.\n\n"
 "The proposed acquisition is subject to the final approval of the Board of Governors of the Federal Reserve System.",
 "banking", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release 'Justice Department Requires SunTrust Bank and "
 "Huntington National Bank to Make Divestitures in Florida', 2001-12-03, US federal government work (public domain); "
 "text of the usdoj.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from the search tool's page "
 "store at " + U1,
 ARC,
 "The Antitrust Division's press release on usdoj.gov (atr/public/press_releases/2001/9645.htm) as the End of Term "
 "2008 web archive (webarchive.library.unt.edu) holds the page: the Department's own page, archived unchanged "
 "(origin string `ARC`, batch 41h's, as 51l). Left out: the page's format note ('This document is available in three "
 "formats: ... contact the Antitrust Documents Group.'), the letterhead lines ('U.S. Department of Justice Seal and "
 "Letterhead', 'FOR IMMEDIATE RELEASE', the date line 'MONDAY, DECEMBER 3, 2001' (kept as `published`), "
 "'WWW.USDOJ.GOV/ATR', 'AT', '(202) 514-2008', 'TDD (202) 514-1888') and the headline (two printed lines, broken "
 "after 'HUNTINGTON', joined with a space as `title`, in capitals as printed, as 41h and 51l). Four paragraphs kept "
 "(the Department's account, the branches to be sold, James's quotation, the approval still needed), set off by blank "
 "lines as the excerpt gives them. Cut after 'The proposed acquisition is subject to the final approval of the Board "
 "of Governors of the Federal Reserve System.', before 'The Department said that it will advise the Federal Reserve "
 "Board that, subject to', where the excerpt breaks off (`truncated`: the rest of the release is not in the kept "
 "text). Kept as written: the dateline 'WASHINGTON, D.C. --' with its double hyphen, the straight apostrophes and "
 "quotation marks, 'non-bank bidder', the amounts as printed ('approximately $168 million', 'about $16.8 "
 "million'). The kept text checked by script to be an "
 "exact part of the excerpt (saved under /tmp/gather52q/src). 207 words (whitespace-split). One text per event: the "
 "Federal Reserve Board's order approving the branch purchase (" + U1F + ", a scribd upload) and SunTrust's own "
 "release of 26 September 2001 announcing the purchase (" + U1S + ", a company text) came back beside it, not "
 "taken; the Orlando Sentinel's stories on the deal (copyrighted news) compared only. Found with 'JUSTICE DEPARTMENT "
 "CLEARS SUNTRUST CRESTAR BANK MERGER AFTER PARTIES AGREE TO DIVESTITURE' (51l's Crestar lead: the release came back "
 "at rank 4, no Crestar text), then its own headline (rank 1). " + CHECK +
 "'SunTrust': 0 in the corpus and the gather scripts; in GATHERING.md and the notes only BB&T / SunTrust 2019 (a "
 "not-used matter) and 51l's Crestar query; 'Huntington National', '9645', 'Sumter County', 'Highlands County', "
 "'Polk County': 0 everywhere; 'Huntington' otherwise only as a place (Huntington Beach, Huntington, West Virginia) "
 "or a surname, in texts on other matters (by file name and GATHERING.md's lines); no dev or test file's text read.",
 True))

# ---- PNC Financial Services Group / National City Corporation, usdoj.gov OPA page, 11 December 2008 ------------------
U2 = "http://www.usdoj.gov/opa/pr/2008/December/08-at-1092.html"
U2H = "https://housingwire.com/articles/pnc-sell-61-national-city-branches-part-merger"
U2L = "https://www.lexology.com/library/detail.aspx?g=155aa19f-e596-46c5-9f08-4d206ee0ae35"
T2 = ("Justice Department Requires Divestitures in Acquisition of National City Corporation by the PNC Financial "
      "Services Group")
R.append(federal(
 "us-doj-pnc-financial-services-national-city-western-pennsylvania-61-branches-divestiture-2008", U2, "2008-12-11",
 T2,
 "WASHINGTON \u2014 The Department of Justice announced today that The PNC Financial Services Group Inc. and National "
 "City Corporation have agreed to sell 61 of National City\u2019s branch banking offices in western Pennsylvania, with "
 "deposits that totaled approximately $4.1 billion as of June 30, 2008, in order to resolve competitive concerns "
 "about the companies\u2019 pending merger. The Department said that, with the divestitures, the merger would not "
 "have a significantly adverse effect on competition in local markets for retail banking, small business banking and "
 "middle market banking services. As a result of the acquisition, PNC will become the fifth largest bank in the "
 "nation, with about $289 billion in assets and about $180 billion in total deposits.\n\n"
 "Under the agreement with the Department\u2019s Antitrust Division, the companies will divest 50 branches with "
 "$3.35 billion of deposits in Allegheny County and four other counties in the Pittsburgh area; six branches with "
 "$249 million in deposits in Erie County, serving the Erie area; four branches with $186 million deposits in "
 "Crawford County, serving the Meadville and Titusville areas; and one branch with $120 million in deposits in "
 "Warren County, serving the Warren area. The divestitures will include the commercial loans associated with the "
 "divested branches.",
 "banking", "deal,regulatory",
 "U.S. Department of Justice, press release 'Justice Department Requires Divestitures in Acquisition of National "
 "City Corporation by the PNC Financial Services Group', 2008-12-11, US federal government work (public domain); text "
 "of the usdoj.gov page (Office of Public Affairs, 08-at-1092), from the search tool's page store at " + U2,
 OPU,
 "The Department's press release on usdoj.gov (opa/pr/2008/December/08-at-1092.html: the Office of Public Affairs' "
 "page for an Antitrust Division ('AT') release), the Department's own page as the page store holds it (origin "
 "string `OPU`, batch 44a's, for the old domain's OPA pages). Left out: the letterhead lines ('Department of Justice "
 "SealDepartment of Justice' (the seal's alt text run into the name, as the excerpt gives it), 'FOR IMMEDIATE "
 "RELEASE', the date line 'Thursday, December 11, 2008' (kept as `published`), 'WWW.USDOJ.GOV', 'AT', '(202) "
 "514-2007', 'TDD (202) 514-1888'), the headline (one line, kept as `title` as printed) and the sub-heading '61 "
 "Branches in Western Pennsylvania to Be Divested' (a heading, not kept; **doubtful**: a reader may prefer it as "
 "title). Two paragraphs kept, set off by a blank line as the excerpt gives them. Cut after the second paragraph "
 "('... associated with the divested branches.'), before 'In addition, the agreement requires the companies to "
 "divest approximately half of National City\u2019s lending', whose sentence the excerpt breaks off inside ('give the "
 "acquirer of those middle market c') (`truncated`: the middle-market divestiture, Deborah A. Garza's quotation and "
 "the rest of the release are not in the kept text). Kept as written: the dateline 'WASHINGTON \u2014' with its em "
 "dash, the curly apostrophes ('National City\u2019s', 'companies\u2019', 'Department\u2019s'), 'The PNC Financial "
 "Services Group Inc.' with its capital 'The' mid-sentence and no comma before 'Inc.', '$186 million deposits' "
 "without 'in', 'fifth largest' unhyphenated, 'western Pennsylvania' in lower case (the sub-heading's 'Western' left "
 "out with it). The kept text checked by script to be an exact part of the excerpt (saved under "
 "/tmp/gather52q/src). 203 words (whitespace-split). One text per event: housingwire's story (" + U2H + ") and "
 "lexology's note (" + U2L + ") quote or retell the release (third-party), American Banker, TheStreet and "
 "ideastream's items on the Federal Reserve's approval and the shareholder vote (copyrighted news, later events): "
 "compared only, not used. Found with 'Justice Department PNC Midlantic merger divest branches New Jersey Bingaman "
 "1995' (51l's Midlantic lead: no Midlantic text; this release came back at rank 3), then its own headline (rank 2). "
 + CHECK +
 "'PNC Financial', 'National City Corporation', '08-at-1092', 'Meadville', 'Titusville': 0 everywhere; 'National "
 "City' otherwise only inside 'Kolkata West International City' (test wp-salim-group, by file name and batch 30a's "
 "scripts); 'PNC' only in a train Wikinews text on another matter and GATHERING.md's UK police records (PNC, the "
 "Police National Computer); 'Allegheny County' only in dev's USA Waste / United Waste 1997 landfill release (another "
 "matter, by file name); no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
