#!/usr/bin/env python3
"""Batch 51x (session 52, gatherer 51x): one bank merger cleared by the Justice Department's Antitrust Division on
branch sales -- the proposed merger of Southern National Corp. and United Carolina Bancshares, with 20 branch offices
in North Carolina to be sold (1997) -- told in a US federal public-domain text of the Department (17 U.S.C. 105), a
batch-51 round in the DOJ lane (51q, 51l, 51b, 50k, 50h, 50e, 50b, 49b, 49e, 49i and 49l before it; 48b, 48f, 48k;
47b to 47z, 46b, 46e, 46i, 46k earlier), first-party text only:
  - the Department's press release 'SOUTHERN NATIONAL AND UNITED CAROLINA BANCSHARES AGREE TO SELL 20 NORTH CAROLINA
    BANK BRANCHES TO GAIN JUSTICE DEPARTMENT APPROVAL OF THEIR MERGER' (Tuesday, 29 April 1997, justice.gov
    archive/opa/pr/1997/April97/181at.htm: the Office of Public Affairs' page for an Antitrust Division ('AT')
    release), the Department's own page as the page store holds it (origin string `OPA`, batch 41h's, as 45zq).
The text is the search tool's page-store excerpt (corpus `pages`). The letterhead lines, the headline (kept as
`title`, its three printed lines joined with a space, in capitals as printed) and the sub-heading are left out; the
release's hard line wraps are joined with a space (no word broken at a wrap), and the paragraph breaks (the excerpt
prints no indent or blank line) are read from the short last lines of the paragraphs (as 47r's and 47t's govinfo texts). The
text is cut at the last full sentence before the excerpt breaks off. No word or character added or changed. Written
before any extractor ran on the text (newskg was not run on it).
usage: batch51x.py [POOL_DIR] [--dry]   (default /tmp/gather52x/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import OPA

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52x/pool"
# a check note of this batch's own (as 47b's to 51q's), naming the pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test of /work/main on branch main: names of matching files only, no dev or test file's text read), "
         "GATHERING.md (grep -a; its 'not used' lists included), every gather script (batch51q.py the latest of this "
         "lane), the notes under /work/notes and every /tmp/gather52*/pool present (at the last check the other "
         "lanes' CFTC, SEC, FCC, UK government and DOJ (51b's Cengage notice, 51l's Waste Industries release, 51q's "
         "SunTrust / Huntington and PNC / National City releases, 51n's FCPA releases) picks; none naming the "
         "matter): ")
R = []

# ---- Southern National Corp. / United Carolina Bancshares, justice.gov OPA archive page, 29 April 1997 --------------
U1 = "https://www.justice.gov/archive/opa/pr/1997/April97/181at.htm"
U1C = "https://capedge.com/filing/s3-content/0000950168-96-002130/5"
U1V = "https://scholar.lib.vt.edu/VA-news/VA-Pilot/issues/1996/vp961105/11050272.htm"
T1 = ("SOUTHERN NATIONAL AND UNITED CAROLINA BANCSHARES AGREE TO SELL 20 NORTH CAROLINA BANK BRANCHES TO GAIN JUSTICE "
      "DEPARTMENT APPROVAL OF THEIR MERGER")
R.append(federal(
 "us-doj-southern-national-united-carolina-bancshares-north-carolina-20-branches-1997", U1, "1997-04-29", T1,
 "WASHINGTON, D.C. -- The Department of Justice's Antitrust Division reached an agreement today with Southern "
 "National Corp. and United Carolina Bancshares that will allow their proposed merger to go forward, so long as they "
 "sell 20 branch offices with total deposits of about $488 million.\n\n"
 "Southern National of Winston-Salem, North Carolina and United Carolina of Whiteville, North Carolina, agreed with "
 "the Antitrust Division to divest 15 United Carolina branch offices and five Southern National branch offices. The "
 "offices are located in 10 different geographic areas of North Carolina, and will be divested to resolve the "
 "Division's concerns that the merger would have lessened competition for banking services in the following Federal "
 "Reserve Board North Carolina markets: Monroe, Columbus County, Duplin County, Goldsboro, Hoke County, Martin County, "
 "Monroe, Richmond County, Robeson County, Sampson County and Washington County.\n\n"
 "\"For consumers and small businesses seeking the most competitive loan rates, this is good news. Without "
 "divestiture, this merger could have stifled competition among North Carolina lenders,\" said Joel I. Klein, Acting "
 "Assistant Attorney General in charge of the Department's Antitrust Division. \"These divestitures allow Southern "
 "National to become a more efficient statewide bank while preserving competition for loans and other banking "
 "services.\"\n\n"
 "The banks also agreed that for one year, they would not take steps to preclude other financial institutions from "
 "leasing or purchasing any bank branches that they may close due to consolidation resulting from this merger.",
 "banking", "deal,regulatory",
 "U.S. Department of Justice, press release 'Southern National and United Carolina Bancshares Agree to Sell 20 North "
 "Carolina Bank Branches to Gain Justice Department Approval of Their Merger', 1997-04-29, US federal government work "
 "(public domain); text of the justice.gov page (Office of Public Affairs archive, 181at), from the search tool's page "
 "store at " + U1,
 OPA,
 "The Department's press release of Tuesday, 29 April 1997 (kept as `published`; the date from the letterhead line "
 "'TUESDAY, APRIL 29, 1997') on justice.gov (archive/opa/pr/1997/April97/181at.htm: the Office of Public Affairs' "
 "page for an Antitrust Division ('AT') release), the Department's own page as the page store holds it (origin "
 "string `OPA`, as batches 41h, 41k, 44a, 44e, 44i, 45l and 45zq). Left out: the letterhead lines ('FOR IMMEDIATE "
 "RELEASE AT', 'TUESDAY, APRIL 29, 1997 (202) 616-2771', 'TDD (202) 514-1888', each run together on one line as the "
 "excerpt gives them), the headline (three printed lines, broken after 'SELL' and 'APPROVAL', joined with a space as "
 "`title`, in capitals as printed) and the sub-heading 'Divestitures will Preserve Competition for Loans and other "
 "Banking Services in North Carolina' (two printed lines; a heading, not kept). The release's hard line wraps joined "
 "with a space (no word broken at a wrap; 'Sampson' / 'County' joined as 'Sampson County'). The excerpt prints no "
 "indent and no blank line between paragraphs: four paragraphs read from the short last lines ('total deposits of "
 "about $488 million.', 'County and Washington County.', 'banking services.\"', 'consolidation resulting from this "
 "merger.') and set off by blank lines (**doubtful**: the breaks are layout read from the line lengths, as 47r's "
 "govinfo texts; no other copy of the release was found to confirm them). Cut after the fourth paragraph ('... due to "
 "consolidation resulting from this merger.'), before 'The Department said it will advise the Federal Reserve Board "
 "that, sub', where the excerpt breaks off (`truncated`: the rest of the release is not in the kept text). Kept as "
 "written: the dateline 'WASHINGTON, D.C. --' with its double hyphen, 'Southern National Corp.' and 'United Carolina "
 "Bancshares' (no 'Corporation'), no comma after 'Winston-Salem, North Carolina', 'Monroe' named twice in the list of "
 "markets, 'Acting Assistant Attorney General', the straight quotation marks, lower-case 'other' in 'other banking "
 "services'. The kept text checked by script to be the excerpt's lines joined (saved under /tmp/gather52x/src; the "
 "copy is 2,000 characters, the page store's excerpt length). 235 words (whitespace-split). One text per event: the "
 "companies' joint release of 4 November 1996 announcing the merger (" + U1C + ", an SEC exhibit, a company text) "
 "and the Virginian-Pilot's story of 5 November 1996 (" + U1V + ", copyrighted news, an earlier event) came back "
 "beside it, not taken; they were compared only. Found with 'JUSTICE DEPARTMENT REQUIRES DIVESTITURES IN BANK MERGER "
 "2002 R. Hewitt Pate branches deposits' (rank 6, no 2002 text), then its own headline (rank 1); no copy in the UNT "
 "End of Term archive's press_releases/1997 folder came back. " + CHECK +
 "'Southern National', 'United Carolina', '181at', 'Whiteville', 'Winston-Salem', 'Goldsboro', 'Robeson', 'Sampson "
 "County', 'Hoke County': 0 everywhere; 'Duplin' only in a dev FCC text on Hurricane Florence (2018) and its gather "
 "scripts (another matter, by file name); 'Joel I. Klein' in corpus files on other matters (the official recurs, the "
 "matter does not); no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
