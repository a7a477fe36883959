#!/usr/bin/env python3
"""Batch 45zn (session 46, gatherer 45zn): two 1994 hospital mergers the Justice Department went to court to stop --
Morton Plant Health System Inc.'s proposed merger with Trustees of Mease Hospital in North Pinellas County, Florida,
challenged jointly with the Florida Attorney General, and the proposed merger of Mercy Health Center and The Finley
Hospital in Dubuque, Iowa (Mercy Health Services and Finley Tri-States Health Group, Inc. sued), challenged with the
United States Attorney's office for the Northern District of Iowa -- told in US federal public-domain press releases
of the Justice Department's Antitrust Division (17 U.S.C. 105), each with Anne K. Bingaman, Assistant Attorney General
and head of the Division, quoted with her post, an eighth round of session 46 after batches 45b, 45g, 45l, 45s, 45w,
45zb and 45zf in the DOJ lane of batches 16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c,
43e, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v, 44a, 44c, 44e, 44f, 44i, 44j, 44m, 44n, 44q, 44t, 45b, 45g, 45l, 45s,
45w, 45zb and 45zf, first-party text only, before the year 2000 (the bank-merger leads of 45zb and 45zf came back
spent or barred; the letterhead-form query turned up these two hospital releases):
  - the Division's release of 5 May 1994, 'FIRST JOINT ANTITRUST PROSECUTION INVOLVING JUSTICE DEPARTMENT AND A STATE
    WILL CHALLENGE PROPOSED FLORIDA HOSPITAL MERGER' (usdoj.gov atr/public/press_releases/1994/211841.htm as the UNT
    Libraries' End of Term 2008 web archive holds it);
  - the Division's release of 10 June 1994 on Mercy Health Services and Finley Tri-States Health Group, Inc. (justice.gov
    atr/public/press_releases/1994/211854.htm; the stored excerpt gives no headline: `title` null).
Texts are the search tool's page-store excerpts (corpus `pages`). Each page's note on its two formats, the line 'U.S.
Department of Justice Seal and Letterhead', the letterhead lines ('FOR IMMEDIATE RELEASE', the date line, 'AT', the
telephone and TDD lines) and the headline (kept as `title`, its printed lines joined with a space) are left out;
paragraphs are kept as the excerpts give them. Each text is cut at the last full sentence before its excerpt breaks
off. No word added or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45zn.py [POOL_DIR] [--dry]   (default /tmp/gather46zn/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import ARC
from batch42z import ATRPR

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46zn/pool"
# a check note of this batch's own (as 45b's, 45g's, 45l's, 45s's, 45w's, 45zb's and 45zf's), naming the session-46
# pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45zf.py and batch45zf_annotate.py the latest of this lane), the session-46 notes (/work/notes/gather46, "
         "45a to 45z, 45za to 45zl) and every /tmp/gather46*/pool present (at the last check /tmp/gather46a to "
         "/tmp/gather46z and 46za to 46zl: SEC, DOJ (among them the bank deals of 45g, 45w, 45zb, 45zf and 45zj; "
         "BFI/Attwoods 1994 with Florida's Attorney General), FCC and outage texts on other matters, with none of the "
         "names below): ")
LEFT = ("Left out: the page's note on its two formats ('This document is available in two formats: ... contact the "
        "Antitrust Documents Group.'), the line 'U.S. Department of Justice Seal and Letterhead', the letterhead lines "
        "(")
R = []

# ---- Morton Plant / Mease, Division release, 5 May 1994 --------------------------------------------------------------
U1 = ("https://webarchive.library.unt.edu/eot2008/20081105075550/http:/www.usdoj.gov/atr/public/press_releases/1994/"
      "211841.htm")
T1 = ("FIRST JOINT ANTITRUST PROSECUTION INVOLVING JUSTICE DEPARTMENT AND A STATE WILL CHALLENGE PROPOSED FLORIDA "
      "HOSPITAL MERGER")
R.append(federal(
 "us-doj-morton-plant-mease-hospital-merger-north-pinellas-joint-suit-florida-1994", U1, "1994-05-05", T1,
 "WASHINGTON, D.C. - In the first joint antitrust prosecution involving the Department of Justice and a State, The "
 "Department's Antitrust Division and the Florida Attorney General today filed a lawsuit challenging a proposed merger "
 "between two central Florida hospitals that is likely to lead to higher prices and poorer services for consumers in "
 "North Pinellas County. If the proposed acquisition were to occur, the combined hospitals would dominate fast growing "
 "North Pinellas County with a market share of nearly 60 percent.\n\n"
 "The civil antitrust suit was filed against Morton Plant Health System Inc. and Trustees of Mease Hospital, the two "
 "largest general acute care hospital firms in North Pinellas County. Morton Plant Health System Inc. operates Morton "
 "Plant Hospital in Clearwater, Florida. Mease operates two hospitals, in Dunedin and Safety Harbor, Florida.\n\n"
 "The Department's opposition to the proposed merger was announced jointly by Assistant Attorney General Anne K. "
 "Bingaman, head of the Antitrust Division, Larry H. Colleton, United States Attorney for the Middle District of "
 "Florida, and Florida Attorney General Robert A. Butterworth.\n\n"
 "\"The proposed merger will likely result in decreased competition so that the residents and other health care "
 "consumers in the North Pinellas County area would suffer higher prices and reduced services if the acquisition were "
 "to occur,\" Bingaman said.",
 "healthcare", "deal,regulatory,legal",
 "U.S. Department of Justice, Antitrust Division, press release '" + T1 + "', 1994-05-05, US federal government "
 "work (public domain); text of the usdoj.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from "
 "the search tool's page store at " + U1,
 ARC,
 "The Antitrust Division's press release of Thursday, 5 May 1994 (kept as `published`; the date from the letterhead "
 "line 'THURSDAY, MAY 5, 1994') on usdoj.gov (atr/public/press_releases/1994/211841.htm) as the End of Term 2008 web "
 "archive (webarchive.library.unt.edu) holds it: the Department's own page, archived unchanged (origin string `ARC`, "
 "as batches 41h, 43c, 43q, 43s, 43v, 45s, 45w, 45zb and 45zf). " + LEFT + "'FOR IMMEDIATE RELEASE', 'THURSDAY, MAY "
 "5, 1994', 'AT', '(202) 616-2771', 'TDD (202) 514-1888') and the headline (kept as `title`, in capitals as printed, "
 "its two printed lines joined with a space after 'JUSTICE DEPARTMENT'). Paragraphs as the excerpt gives them. Cut "
 "after Bingaman's quotation ('... if the acquisition were to occur,\" Bingaman said.'), before '\"The merger would "
 "create a dominant provid', where the excerpt breaks off (`truncated`). Kept as written: the dateline 'WASHINGTON, "
 "D.C. -' with its single spaced hyphen, 'a State, The Department's Antitrust Division' (a capital 'The' after the "
 "comma), 'fast growing' (no hyphen), 'Morton Plant Health System Inc.' (no comma before 'Inc.'), the straight "
 "quotation marks. 212 words. One text per event: court papers and news on the suit not used. Found with 'FOR "
 "IMMEDIATE RELEASE (202) 616-2771 JUSTICE DEPARTMENT REQUIRES hospital merger divest Bingaman said Antitrust "
 "Division 1994' (rank 1). "
 + CHECK + "'Morton Plant', 'Mease', 'Dunedin', 'Safety Harbor', 'Pinellas', 'Colleton' (only in two FCC outage "
 "files, another person's surname or place), '211841': 0 in the corpus files, GATHERING.md, the scripts, the notes "
 "and the pools on this matter; 'Butterworth' and 'Anne K. Bingaman' in files on other matters (the officials recur, "
 "the matter does not); no dev or test file's text read.",
 True))

# ---- Mercy / Finley (Dubuque), Division release, 10 June 1994 --------------------------------------------------------
U2 = "http://www.justice.gov/atr/public/press_releases/1994/211854.htm"
R.append(federal(
 "us-doj-mercy-health-services-finley-tri-states-dubuque-hospital-merger-suit-1994", U2, "1994-06-10", None,
 "WASHINGTON, D.C. - The Department of Justice's Antitrust Division and the United States Attorney's office for the "
 "Northern District of Iowa filed suit today to block the creation of a hospital monopoly in the Dubuque, Iowa area. "
 "The government said that such a merger would likely lead to higher prices and lower quality services for "
 "consumers.\n\n"
 "The civil antitrust suit was filed against Mercy Health Services and Finley Tri-States Health Group, Inc., to "
 "prevent them from merging Mercy Health Center and The Finley Hospital.\n\n"
 "In announcing the Department's opposition to the proposed merger, Assistant Attorney General Anne K. Bingaman, head "
 "of the Antitrust Division, said, \"The cost of this loss of competition to the Dubuque community dwarfs any possible "
 "savings that could be achieved by the merger - assuming that the hospital would choose to pass on any such savings "
 "to consumers.\"\n\n"
 "\"If the proposed consolidation were to occur, the combined hospitals would have a monopoly over acute care "
 "inpatient hospital services in and around Dubuque,\" said U.S. Attorney Stephen J. Rapp. \"Mercy and Finley are each "
 "other's only competitors for those services within the county of Dubuque and are the two largest hospitals within a "
 "70 mile driving distance of Dubuque.\"\n\n"
 "The Department has recently taken similar action to prevent hospital monopolies in Rockford, Illinois and in the "
 "Tampa, Florida area.\n\n"
 "Both Mercy, a 422 bed licensed acute care hospital, and Finley with 141 beds, are financially sound. In 1993 Mercy "
 "and Finley had total net inpatient revenues of approximately $75 million.",
 "healthcare", "deal,regulatory,legal",
 "U.S. Department of Justice, Antitrust Division, press release of 1994-06-10 on the suit against Mercy Health "
 "Services and Finley Tri-States Health Group, Inc. (no headline in the stored page), US federal government work "
 "(public domain); text of the justice.gov page (the Division's releases, 1994/211854), from the search tool's page "
 "store at " + U2,
 ATRPR,
 "The Antitrust Division's press release of Friday, 10 June 1994 (kept as `published`; the date from the letterhead "
 "line 'FRIDAY, JUNE 10, 1994'), the Department's own page on justice.gov (atr/public/press_releases/1994/211854.htm; "
 "origin string `ATRPR`, as batches 42z, 45g, 45zb and 45zf). " + LEFT + "'FRIDAY, JUNE 10, 1994', '(202) "
 "514-2007'; the stored page prints no 'FOR IMMEDIATE RELEASE', 'AT' or TDD line and no headline: `title` null, as "
 "42g's, 42y's and 45zi's pages with no heading). Paragraphs as the excerpt gives them. Cut after '... total net "
 "inpatient revenues of approximately $75 million.', before 'Finley has been credit', where the excerpt breaks off "
 "(`truncated`). Kept as written: the dateline 'WASHINGTON, D.C. -' with its single spaced hyphen, 'United States "
 "Attorney's office' (lower-case 'office'), 'the merger - assuming' (a spaced hyphen), '70 mile', '422 bed' (no "
 "hyphens), 'Rockford, Illinois and in the Tampa' (no comma after 'Illinois'), the straight quotation marks. 253 "
 "words. One text per event: court papers and news on the suit not used. Found with the same query as the Morton "
 "Plant release (rank 3). "
 + CHECK + "'Mercy Health', 'Finley', 'Dubuque', 'Rapp' (only inside other words: 'Rappler', 'Rappi'), "
 "'Northern District of Iowa', '211854': 0 in the corpus files, GATHERING.md, the scripts, the notes and the pools on "
 "this matter; 'Anne K. Bingaman' in files on other matters; no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
