#!/usr/bin/env python3
"""Batch 45w (session 46, gatherer 45w): two Pacific Northwest bank holding companies let merge on a sale of 27 bank
offices in Washington and Oregon, with the antitrust chief quoted, and General Electric's purchase of a rival's gas
turbine division cleared once GE licensed a new joint venture in Calgary to service its engines, told in US federal
public-domain press releases of the Justice Department (17 U.S.C. 105) on the Antitrust Division's work, a fifth round
of session 46 after batches 45b, 45g, 45l and 45s in the DOJ lane of batches 16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k,
41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v, 44a, 44c, 44e, 44f, 44i, 44j, 44m,
44n, 44q, 44t, 45b, 45g, 45l and 45s, first-party text only, before the year 2000:
  - the Department's release of 11 December 1995, 'JUSTICE DEPARTMENT APPROVES BANK MERGER IN THE PACIFIC NORTHWEST
    AFTER PARTIES AGREE TO $614 MILLION DIVESTITURE', Anne K. Bingaman quoted with her post (usdoj.gov's Office of
    Public Affairs page opa/pr/Pre_96/December95/619.txt.html as the UNT Libraries' End of Term 2008 web archive
    holds it);
  - the Division's release of 30 December 1997, 'GENERAL ELECTRIC CLEARED TO GO FORWARD WITH MERGER AFTER IT AGREES TO
    GRANT LICENSE TO COMPETITOR' (usdoj.gov atr/public/press_releases/1997/1327.htm as the same archive holds it),
    Joel I. Klein quoted with his post.
Texts are the search tool's page-store excerpts (corpus `pages`). The letterhead lines ('FOR IMMEDIATE RELEASE', 'AT',
the date line, telephone and TDD lines), the 1997 page's archive note and seal line, its sub-headline and both
headlines (kept as `title`, their printed lines joined) are left out; the 1995 release's line wraps are joined with a
space, its paragraph indents and the stray spaces at line ends dropped and its paragraphs (the three lines of its list
of offices each one) set apart by a blank line; the 1997 page's paragraphs are kept as the excerpt gives them. Both
are cut at the last full sentence before the excerpt breaks off. No word added or changed. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch45w.py [POOL_DIR] [--dry]   (default /tmp/gather46w/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import ARC

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46w/pool"
# a check note of this batch's own (as 45b's, 45g's, 45l's and 45s's), naming the session-46 pools present at the
# last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45s.py and batch45s_annotate.py the latest of this lane), the session-46 notes (/work/notes/gather46) "
         "and every /tmp/gather46*/pool present (at the last check /tmp/gather46a to /tmp/gather46z: SEC, DOJ "
         "(Raytheon 1997; AT&T/MediaOne 2000; Enterasys 2004; Alcoa/Golden 1999; Bank of Boston/BayBanks 1996; "
         "SBC/AT&T 2005; Suiza/Dean 2001; Cargill/Akzo 1997; Figgie 1997; ADM/Minnesota Corn Processors 2002; "
         "BFI/Attwoods 1994; Waste Management/Reuter 1995; Manitowoc/Grove 2002; Manitowoc/Enodis 2008), FCC and "
         "outage texts on other matters, with none of the names below): ")
R = []

# ---- U.S. Bancorp / West One Bancorp, Office of Public Affairs release, 11 December 1995 -----------------------------
U1 = ("https://webarchive.library.unt.edu/eot2008/20090305001259/http:/www.usdoj.gov/opa/pr/Pre_96/December95/"
      "619.txt.html")
T1 = ("JUSTICE DEPARTMENT APPROVES BANK MERGER IN THE PACIFIC NORTHWEST AFTER PARTIES AGREE TO $614 MILLION "
      "DIVESTITURE")
R.append(federal(
 "us-doj-us-bancorp-west-one-bancorp-pacific-northwest-bank-offices-divestiture-1995", U1, "1995-12-11", T1,
 "WASHINGTON, D.C. -- Two Pacific northwest banks, U.S. Bancorp of Portland, Oregon, and West One Bancorp of Boise, "
 "Idaho, will be permitted to merge as long as U.S. Bancorp sells 27 bank offices in Washington and Oregon, the "
 "Department of Justice's Antitrust Division said today.  The Department said the restructured deal will preserve "
 "competition in the Pacific northwest for banking services to small and medium-size businesses.\n\n"
 "Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust Division, said, \"This acquisition as "
 "originally structured could have put small businesses at a competitive disadvantage in a number of markets in "
 "Oregon and Washington. This divestiture package will ensure that the prices and services which are offered to "
 "consumers will remain competitive.\"\n\n"
 "The Department investigated the U.S. Bancorp/West One merger to determine whether it would lessen competition in "
 "banking services in the Pacific northwest.  Its approval of the deal was stated in a letter to the Federal Reserve "
 "Board.\n\n"
 "The offices to be divested include:\n\n"
 "21 branches (with $480 million in deposits) in the Portland area and in Lincoln, Columbia, Jefferson, Malheur and "
 "Wasco counties in Oregon.\n\n"
 "Five branches (with $134 million in deposits) in the Yakima and Tri-Cities areas and Whatcom and Kittitas counties "
 "in Washington.\n\n"
 "One building in the Tri-Cities area in Washington.\n\n"
 "U.S. Bancorp has 462 branches, with $15.2 billion in deposits and $21.6 billion in total assets, located "
 "throughout Oregon, Washington, Nevada, California and Idaho.",
 "banking", "deal,regulatory",
 "U.S. Department of Justice, press release '" + T1 + "', 1995-12-11, US federal government work (public domain); "
 "text of the usdoj.gov page (Office of Public Affairs, Pre_96/December95/619) as the UNT Libraries' End of Term 2008 "
 "web archive holds it, from the search tool's page store at " + U1,
 ARC,
 "The Department's press release of Monday, 11 December 1995 (kept as `published`; the date from the letterhead line "
 "'MONDAY, DECEMBER 11, 1995') on usdoj.gov (opa/pr/Pre_96/December95/619.txt.html: the Office of Public Affairs' "
 "page for an Antitrust Division ('AT') release, a plain-text page) as the End of Term 2008 web archive "
 "(webarchive.library.unt.edu) holds it: the Department's own page, archived unchanged (origin string `ARC`, as "
 "batches 41h, 43c, 43q, 43s, 43v and 45s). Left out: the letterhead lines ('FOR IMMEDIATE RELEASE', 'AT', 'MONDAY, "
 "DECEMBER 11, 1995', '(202) 616-2771', 'TDD (202) 514-1888') and the headline (kept as `title`, its two printed "
 "lines joined with a space, in capitals as printed). The release's line wraps joined with a space (no word broken "
 "at a wrap; 'U.S.' and 'Bancorp' on two lines joined as 'U.S. Bancorp'); its paragraphs, printed with an indent "
 "and no blank line between them, set apart by a blank line (as the corpus's texts are), the indents dropped; the "
 "list of offices to be divested (three indented lines under 'The offices to be divested include:') kept as three "
 "paragraphs, no bullet or number put in; the stray spaces at two line ends dropped (after 'Oregon and Washington.' "
 "inside the quotation, where the page's second space after the full stop fell at the wrap: joined with one space; "
 "after 'the Federal Reserve Board.'). Cut after the paragraph on U.S. Bancorp's size ('... located throughout "
 "Oregon, Washington, Nevada, California and Idaho.'), before 'West One Bancorp has 226 offices, with $7 billion in "
 "deposits and $8.', where the excerpt breaks off (`truncated`: West One's size and the rest of the release are not "
 "in the kept text). Kept as written: the dateline 'WASHINGTON, D.C. --' with its double hyphen, 'Pacific northwest' "
 "with a lower-case 'n' (the headline's 'PACIFIC NORTHWEST' in capitals), 'U.S. Bancorp/West One merger', "
 "'medium-size', 'counties' in lower case, the two spaces after full stops where the page has them inside a line, "
 "the straight quotation marks. 237 words. One text per event: the Department's letter to the Federal Reserve Board "
 "not looked for; news on the deal (American Banker, 45l's not-used list: copyrighted) not used. Found with 'FOR "
 "IMMEDIATE RELEASE AT MONDAY, DECEMBER 11, 1995 (202) 616-2771 Justice Department approves bank merger in the "
 "Pacific Northwest' (rank 1), the headline from the Division's 1995 release list (45s's lead; 45l had found only "
 "copyrighted news on the deal and listed it as not used for that reason alone). "
 + CHECK + "'Bancorp of Portland', 'West One Bancorp', '619.txt', 'December95', 'Malheur', 'Kittitas', 'Whatcom': 0 "
 "in the corpus files' texts, GATHERING.md and the scripts; 'West One' and 'U.S. Bancorp' only in GATHERING.md's and "
 "the session-46 notes' 45l not-used line and 45s lead (this deal, never taken); no dev or test file's text read.",
 True))

# ---- General Electric / Stewart & Stevenson's Gas Turbine Division, Division release, 30 December 1997 ---------------
U2 = ("https://webarchive.library.unt.edu/eot2008/20081105075651/http:/www.usdoj.gov/atr/public/press_releases/1997/"
      "1327.htm")
T2 = "GENERAL ELECTRIC CLEARED TO GO FORWARD WITH MERGER AFTER IT AGREES TO GRANT LICENSE TO COMPETITOR"
R.append(federal(
 "us-doj-general-electric-stewart-stevenson-gas-turbine-division-transcanada-license-1997", U2, "1997-12-30", T2,
 "WASHINGTON, D.C. \u2014 The Department of Justice today cleared General Electric (GE) Corporation's proposed $600 "
 "million purchase of Stewart & Stevenson Services, Inc.'s Gas Turbine Division after GE agreed to license a "
 "newly-formed joint venture, TransCanada Turbines, to perform maintenance and overhauls of certain GE-manufactured "
 "marine and industrial engines.\n\n"
 "The license agreement resolved the Department's concerns that the proposed merger would raise serious issues for "
 "competition in the repair of certain GE engines after GE granted a five-year license to TransCanada Turbines of "
 "Calgary, Canada to repair these engines.\n\n"
 "Stewart & Stevenson was GE's largest competitor worldwide in the provision of maintenance and overhaul services. "
 "Its license would have been effective for another four years. To date, it is the only North American company "
 "licensed to service certain GE engines.\n\n"
 "According to Joel I. Klein, Assistant Attorney General in charge of the Antitrust Division, \"This licensing "
 "agreement will ensure that consumers who need servicing of GE-manufactured marine and industrial engines continue "
 "to reap the benefits of competition -- lower prices and higher quality service.\"",
 "manufacturing/turbine engine services", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T2 + "', 1997-12-30, US federal government "
 "work (public domain); text of the usdoj.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from "
 "the search tool's page store at " + U2,
 ARC,
 "The Antitrust Division's press release of Tuesday, 30 December 1997 (kept as `published`; the date from the "
 "letterhead line 'TUESDAY, DECEMBER 30, 1997') on usdoj.gov (atr/public/press_releases/1997/1327.htm) as the End "
 "of Term 2008 web archive (webarchive.library.unt.edu) holds it: the Department's own page, archived unchanged "
 "(origin string `ARC`, as batches 41h, 43c, 43q, 43s, 43v and 45s). Left out: the page's note on its two formats "
 "('This document is available in two formats: ...'), the line 'U.S. Department of Justice Seal and Letterhead', the "
 "letterhead lines ('FOR IMMEDIATE RELEASE', 'TUESDAY, DECEMBER 30, 1997', 'AT', '(202) 616-2765', 'TDD (202) "
 "514-1888'), the headline (kept as `title`, in capitals as printed) and the sub-headline 'Justice Says Granting "
 "License to Competitor Will Preserve Competition in Maintenance and Overhaul Service for GE Engines' (as 45l left "
 "out the Cargill/Akzo release's). Paragraphs as the excerpt gives them. Cut after the quotation ('... lower prices "
 "and higher quality service.\"'), before 'Klein pointed out that this is another example of the Division working "
 "with parties to resolve competitive problems that arise in mergers, so that', where the excerpt breaks off "
 "(`truncated`: the rest of the release is not in the kept text). Kept as written: the dateline 'WASHINGTON, D.C. "
 "\u2014' with its em dash, 'General Electric (GE) Corporation's', 'Stewart & Stevenson Services, Inc.'s Gas Turbine "
 "Division', 'newly-formed', 'Calgary, Canada to repair' with no comma after 'Canada', the double hyphen in the "
 "quotation, the straight quotation marks. 174 words. One text per event: the complaint, the proposed final "
 "judgment and any Federal Register notice on the deal not looked for; news not used. Found with 'General Electric "
 "cleared to go forward with merger after it agrees to grant license to competitor 1997' (rank 1), the headline from "
 "the Division's 1997 release list (45s's lead). "
 + CHECK + "'Stewart & Stevenson', 'TransCanada Turbines', 'Gas Turbine Division', 'press_releases/1997/1327': 0 in "
 "the corpus files' texts, GATHERING.md and the scripts ('1327.htm' only in batch 45k's SEC litigation release "
 "lr21327.htm, another matter; 'General Electric' in many files on other matters, by their names, none on this "
 "deal); no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
