#!/usr/bin/env python3
"""Batch 46e (session 47, gatherer 46e): a managed-care company's purchase of a rival that the Justice Department let
go ahead once a St. Louis health maintenance organization was to be sold (United Healthcare and MetraHealth Companies,
1995), and a farm-equipment maker's purchase of a rival's assets settled with the sale of two tractor lines and a stake
in a hay-tool joint venture (Fiat S.p.A., its New Holland companies and Case Corporation, 1999), told in US federal
public-domain texts of the Justice Department's Antitrust Division (17 U.S.C. 105), a round of session 47 beside batch
46b in the DOJ lane (45b, 45g, 45l, 45s, 45w, 45zb, 45zf, 45zj, 45zn, 45zq, 45zt, 45zw and 45zy last session),
first-party text only:
  - the Division's release of Friday, 29 September 1995, "JUSTICE DEPARTMENT INVESTIGATION OF HEALTH CARE MERGER
    CONCLUDES WITH RESTRUCTURED DEAL" (usdoj.gov atr/public/press_releases/1995/212033.htm as the UNT Libraries' End
    of Term 2008 web archive holds it), Anne K. Bingaman quoted with her post;
  - the Division's notice 'United States of America v. Fiat S.p.A., Fiat Acquisition Corporation, New Holland N.V.,
    New Holland North America, Inc., and Case Corporation; Proposed Final judgment and Competitive Impact Statement'
    (Federal Register, 64 FR 68377, FR Doc. 99-31626, Tuesday, 7 December 1999, the GPO text on govinfo.gov; no
    release of the Division on the deal came back from the page store, so the notice, as the lane's earlier notice
    rounds, 40zk to 43v).
Texts are the search tool's page-store excerpts (corpus `pages`). The 1995 page's format note, seal and letterhead
lines are left out, its headline (two printed lines joined) kept as `title`, its paragraphs kept as the excerpt gives
them (one line each, a blank line between). The notice's GPO header lines, rules, 'DEPARTMENT OF JUSTICE', 'Antitrust
Division' and heading (kept as `title`, its wrapped lines joined) are left out; the leading indentation dropped and
the GPO line wraps joined with a space. Each text is cut at the last full sentence before the excerpt breaks off. No
word or character added or changed.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch46e.py [POOL_DIR] [--dry]   (default /tmp/gather47e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import ARC
from batch41c import FRG, att

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather47e/pool"
# a check note of this batch's own (as 46b's), naming the session-47 pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch46b.py the latest of this lane), the session-46 and session-47 notes (/work/notes/gather46, "
         "/work/notes/gather47) and every /tmp/gather47*/pool present (at the last check 47a, 47b, 47c, 47d and 47f: "
         "SEC option-backdating texts, 46b's Northwest/Continental and Sonoco/Pasco releases, FCC notices on "
         "Cingular/T-Mobile, Clear Channel, AT&T Wireless/US Cellular, Tribune and WWC/Alltel, with none of the names "
         "below): ")
R = []

# ---- United Healthcare / MetraHealth Companies, Division release, 29 September 1995 ---------------------------------
U1 = ("https://webarchive.library.unt.edu/eot2008/20081105075617/http:/www.usdoj.gov/atr/public/press_releases/1995/"
      "212033.htm")
T1 = "JUSTICE DEPARTMENT INVESTIGATION OF HEALTH CARE MERGER CONCLUDES WITH RESTRUCTURED DEAL"
R.append(federal(
 "us-doj-united-healthcare-metrahealth-st-louis-hmo-sale-restructured-deal-1995", U1, "1995-09-29", T1,
 "WASHINGTON, D.C. -- The Department of Justice's Antitrust Division announced today that it will conclude its "
 "investigation of United Healthcare's $1.65 billion purchase of MetraHealth Companies, if the companies complete "
 "plans to sell MetraHealth's health maintenance organization serving the greater St. Louis metropolitan area.\n\n"
 "The Department had investigated the transaction to determine if the deal as originally proposed could reduce "
 "competition in the sale of managed health care plans nationally, or in any area that the two firms both served. The "
 "investigation ultimately focused on the St. Louis area, following an examination of many other areas, the "
 "Department said.\n\n"
 "Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust Division, said, \"Preserving and protecting "
 "competition is especially important as part of the overall effort to reduce the cost of health care to American "
 "businesses and consumers.\" Bingaman said the transaction as originally structured raised questions about the "
 "possible loss of competition in the sale of managed health care plans in the St. Louis area.\n\n"
 "Both United Healthcare and MetraHealth sell managed care services and other health insurance products, including "
 "health maintenance organizations and preferred provider organizations.\n\n"
 "Missouri insurance officials also investigated the proposed transaction and held hearings on September 14 and 15 of "
 "this year.",
 "health insurance", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T1 + "', 1995-09-29, US federal government work "
 "(public domain); text of the usdoj.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from the "
 "search tool's page store at " + U1,
 ARC,
 "The Antitrust Division's press release of Friday, 29 September 1995 (kept as `published`; the date from the "
 "letterhead line 'FRIDAY, SEPTEMBER 29, 1995') on usdoj.gov (atr/public/press_releases/1995/212033.htm) as the End "
 "of Term 2008 web archive (webarchive.library.unt.edu) holds it (origin string `ARC`, as batches 41h, 43c, 43q, 45s, "
 "45w, 45zt, 45zw and 46b). Left out: the page's note on its two formats ('This document is available in two "
 "formats: ... contact the Antitrust Documents Group.'), the line 'U.S. Department of Justice Seal and Letterhead', "
 "the letterhead lines ('FOR IMMEDIATE RELEASE', 'FRIDAY, SEPTEMBER 29, 1995', 'AT', '(202) 616-2771', 'TDD (202) "
 "514-1888'; no 'WWW.USDOJ.GOV' line on this 1995 page) and the headline (kept as `title`, its two printed lines "
 "joined with a space after 'MERGER', in capitals as printed; the page has no sub-headline). Paragraphs as the "
 "excerpt gives them, one line each with a blank line between. Cut after the fifth paragraph's first sentence "
 "('... held hearings on September 14 and 15 of this year.'), before 'Missouri officials and the parties "
 "subsequently enter', where the excerpt breaks off (`truncated`: the state's dealings with the parties and the rest "
 "of the release are not in the kept text). Kept as written: the dateline 'WASHINGTON, D.C. --' with its double "
 "hyphen, \"The Department of Justice's Antitrust Division\", 'United Healthcare' (two words) and 'MetraHealth' (one), "
 "'$1.65 billion', 'said, \"Preserving' (a comma after 'said'), 'September 14 and 15 of this year', the straight "
 "quotation marks and apostrophes. 206 words. One text per event: no other copy or court paper on the deal came back "
 "(the Division's 1995 release list on justice.gov names the headline only). Found with the headline as the query "
 "(rank 1), after the 1995 release list came back to a query for Bingaman-era releases. " + CHECK + "'MetraHealth', "
 "'Metra Health', 'United Healthcare', 'UnitedHealthcare', '212033': 0 in the corpus files, GATHERING.md, the "
 "scripts, the notes and the pools; 'UnitedHealth' only in files on other matters (by their names: "
 "UnitedHealth / PacifiCare 2006, UnitedHealth / Sierra Health Services 2008, a CRS report on the 2024 Change "
 "Healthcare attack, and three Division notices on other deals: Deutsche Börse / NYSE Euronext, Suiza / Broughton, "
 "AT&T / Centennial); 'St. Louis' in files on other matters (by their "
 "names); 'Anne K. Bingaman' in files on other matters; no dev or test file's text read.",
 True))

# ---- Fiat / New Holland / Case Corporation, Federal Register notice, 7 December 1999 --------------------------------
U2 = "https://www.govinfo.gov/content/pkg/FR-1999-12-07/html/99-31626.htm"
U2E = "http://federal.elaws.us/fr/12/7/1999/99-31626"
T2 = ("United States of America v. Fiat S.p.A., Fiat Acquisition Corporation, New Holland N.V., New Holland North "
      "America, Inc., and Case Corporation; Proposed Final judgment and Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-fiat-new-holland-case-tractors-hay-tools-proposed-final-judgment-1999", U2, "1999-12-07", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. Sections 16 (b) through "
 "(h), that a Complaint, Hold Separate Stipulation and Order, and a proposed Final Judgment were filed with the United "
 "States District Court for the District of Columbia in United States of America v. Fiat S.p.A., Fiat Acquisition "
 "Corporation, New Holland N.V., New Holland North America, Inc., and Case Corporation, Civil No. 1:99CV02927JR on "
 "November 4, 1999. On November 19, 1999, the United States filed a Competitive Impact Statement. The Complaint "
 "alleged that the proposed acquisition of certain assets of Case Corporation (``Case'') by Fiat S.p.A. would violate "
 "Section 7 of the Clayton Act, as amended, 15 U.S.C. 18, in the markets for two-wheel-drive and four-wheel-drive "
 "agricultural tractors, large square balers, small square balers and self-propelled windrowers. The proposed Final "
 "Judgment, filed at the same time as the Complaint, requires New Holland and Case, among other things, to do the "
 "following: (1) Sell New Holland's Versatile line of our-wheel-drive tractors; (2) sell New Holland's Genesis line of "
 "large two-wheel-drive agriculture tractors; and (3) sell Case's interest in Hay & Forage Industries (``HFI''), a "
 "joint venture that sells hay tools.",
 "agricultural machinery", "deal,regulatory",
 att(T2, "64 FR 68377, FR Doc. 99-31626", "1999-12-07", "the GPO's Federal Register Online holds it on govinfo.gov",
     U2),
 FRG,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 7 December 1999 (Volume 64, Number 234, pages "
 "68377-68387, FR Doc No: 99-31626; kept as `published`), the GPO text on govinfo.gov (origin string `FRG`, as "
 "batches 41c, 43j, 43l, 43o). Left out: the GPO header lines ('[Federal Register Volume 64, Number 234 (Tuesday, "
 "December 7, 1999)]', '[Notices]', '[Pages 68377-68387]', 'From the Federal Register Online via the Government "
 "Publishing Office [www.gpo.gov]', '[FR Doc No: 99-31626]'), the rule of hyphens, 'DEPARTMENT OF JUSTICE', 'Antitrust "
 "Division' and the notice's heading (kept as `title`, its three wrapped lines joined with a space, 'Final judgment' "
 "with its lower-case 'j' as printed). The leading indentation dropped and the GPO line wraps joined with a space (no "
 "word broken across a wrap). Cut after the fourth sentence ('... a joint venture that sells hay tools.'), before 'The "
 "proposed Final judgment requires that the purchaser of the divested assets continue to operate them in the "
 "manufacture and distribution of four-wheel-drive, ', where the excerpt breaks off (`truncated`: the buyer's duties, "
 "the comment period and the signature are not in the kept text). Kept as written: 'our-wheel-drive' (the GPO text's "
 "dropped 'f' in 'four-wheel-drive', not mended), the GPO's doubled backquotes and apostrophes around 'Case' and "
 "'HFI' (``Case'', ``HFI''), 'Sections 16 (b) through (h)' with its spaces, 'Civil No. 1:99CV02927JR', '(1) Sell' "
 "with a capital after the number, 'agriculture tractors' beside 'agricultural tractors', 'small square balers and "
 "self-propelled windrowers' (no serial comma). 196 words. The federal.elaws.us copy of the same notice (" + U2E + ", "
 "ranks 1 and 3) keeps the GPO's wraps and indentation; the govinfo.gov text taken (rank 2). One text per event: the "
 "Competitive Impact Statement (justice.gov atr/cases/f4100/4101), the complaint (f3800/3825) and a response to a "
 "comment (letter to August P. Hau, 9 February 2000) are court papers, not taken; news on the merger (rermag.com, "
 "fwi.co.uk) and CNH's release on the sale of the tractor lines to Buhler (theautochannel.com, June 2000) not used. "
 "Found with 'Justice Department requires Case Corporation New Holland divest tractor business to proceed with "
 "merger' (rank 1). " + CHECK + "'99-31626', 'Case Corporation', 'New Holland', 'Fiat Acquisition', 'Hay & Forage', "
 "'99CV02927', 'windrower': 0 in the corpus files, GATHERING.md, the other scripts, the notes and the pools; 'Fiat S.p.A' "
 "only in a test Wikipedia biography of a Fiat chairman (by its name; another matter); 'Versatile' only as a common "
 "word (a Hansard answer on aircraft carriers, by its name, and one script's and one note's prose); no dev or test "
 "file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
