#!/usr/bin/env python3
"""Batch 46k (session 47, gatherer 46k): two of the Justice Department Antitrust Division's weekly summaries of its
enforcement actions, each with a merger item beside a criminal charge -- a Texas bank holding company's subsidiary
buying a Beaumont bridge bank the FDIC had sold, challenged and settled by a proposed consent decree on the day of
filing (Texas Commerce Bancshares, Inc., Texas Commerce Bank-Beaumont N.A. and New First City Bank-Beaumont N.A., with
Chemical Banking Corp. as the holding company's parent, 1993), and a merger of two makers' pump operations the
Division let go ahead once pump lines and assets are sold to a third maker (Ingersoll-Rand Co., Dresser Industries
Inc. and Goulds Pumps, 1992) -- told in US federal public-domain texts of the Division (17 U.S.C. 105), a round of
session 47 beside batches 46b, 46e and 46i in the DOJ lane, first-party text only:
  - the Division's weekly summary dated 1 March 1993 (justice.gov atr/public/press_releases/1993/211587.htm, as the
    page store holds it): Urethane Applications, Inc. and Donald Freeman's bid-rigging charge, and the civil suit and
    proposed consent decree on Texas Commerce Bank-Beaumont N.A.'s purchase of New First City Bank-Beaumont N.A.,
    both dated 2/23/93;
  - the Division's weekly summary 'SUMMARY OF ANTITRUST ENFORCEMENT ACTIONS' dated 5 October 1992 for 25 September -
    2 October 1992 (usdoj.gov atr/public/press_releases/1992/211301.htm as the UNT Libraries' End of Term 2008 web
    archive holds it): Ollie L. Wood's bid-rigging charge (9/25/92) and the Ingersoll-Rand / Dresser pump merger
    (9/28/92).
Texts are the search tool's page-store excerpts (corpus `pages`). The pages' format note, seal line and date line are
left out; the 1992 summary's three heading lines joined as `title`; the 1993 page carries no heading in the excerpt
(`title` None, as write_pool.voa does for a text with no heading). Each item's own heading line (its date and
caption; a case's second line with its criminal or civil number kept after a single line break, as 46i) kept in the
text as its own paragraph, the paragraphs as the excerpt gives them (a blank line between); the 1992 merger item's
heading, wrapped over two lines in the excerpt, joined with a space. Each text is cut at the last full sentence
before the excerpt breaks off. No word or character added or changed.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch46k.py [POOL_DIR] [--dry]   (default /tmp/gather47k/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import ARC

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather47k/pool"
# the origin of the 1993 summary: the Division's page on justice.gov itself, from the page store
JDG = ("US Justice Department Antitrust Division weekly summary on justice.gov (atr/public/press_releases), from the "
       "search tool page store")
# a check note of this batch's own (as 46b's, 46e's and 46i's), naming the session-47 pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch46i.py the latest of this lane), the session-46 and session-47 notes (/work/notes/gather46, "
         "/work/notes/gather47) and every /tmp/gather47*/pool present (at the last check 47a to 47i: SEC texts, "
         "46b's Northwest/Continental and Sonoco/Pasco, 46e's United Healthcare/MetraHealth and Fiat/Case and 46i's "
         "Hearst/Gannett, Pittsburgh and Disney/Capital Cities Division texts, FCC notices): ")
LEFT = ("Left out: the page's note on its two formats ('This document is available in two formats: ... contact the "
        "Antitrust Documents Group.'), the line 'U.S. Department of Justice Seal and Letterhead'{sp} and the date line "
        "('{dl}', kept as `published`). ")
R = []

# ---- Texas Commerce Bancshares / New First City Bank-Beaumont; Urethane Applications, weekly summary, 1 March 1993 --
U1 = "http://www.justice.gov/atr/public/press_releases/1993/211587.htm"
R.append(federal(
 "us-doj-texas-commerce-bancshares-new-first-city-bank-beaumont-weekly-summary-1993", U1, "1993-03-01", None,
 "2/23/93 U.S. v. Urethane Applications, Inc. and Donald Freeman\nCriminal No.: 93-00097 (E.D. Pa.)\n\n"
 "One-count information was filed in U.S. District Court in Philadelphia, Pennsylvania, charging Urethane "
 "Applications, Inc. of North Salem, New York, and its president and principal shareholder, Donald Freeman, with "
 "rigging bids, in violation of Section 1 of the Sherman Act, for certain polyurethane roofing contracts in "
 "Pennsylvania, New Jersey and New York.\n\n"
 "2/23/93 U.S. v. Texas Commerce Bancshares, Inc. and Texas Commerce Bank-Beaumont. N.A.\n"
 "Civil No.: 3-93CVO368-D (N.D. Tex.)\n\n"
 "A civil complaint was filed in U.S. District Court in the Northern District of Texas, challenging the proposed "
 "acquisition of New First City Bank-Beaumont N.A. by Texas Commerce Bank-Beaumont N.A., a subsidiary of Texas "
 "Commerce Bancshares Inc. (TCB) of Houston, Texas, which is a subsidiary of Chemical Banking Corp., New York City. At "
 "the same time, a proposed consent decree was filed which, if approved by the court, will resolve the suit. New "
 "First City-Beaumont is one of the 20 bridge banks sold by the Federal Deposit Insurance Corporation last month. "
 "The complaint alleged that the proposed acquisition would violate Section 7 of the Clayton Act by substantially "
 "lessening competition in business banking services, including business transaction accounts and commercial "
 "operating loans, particularly for medium-sized businesses with annual sales of more than $5 million.",
 "banking", "deal,regulatory,legal",
 "U.S. Department of Justice, Antitrust Division, weekly summary of antitrust enforcement actions (no heading in the "
 "stored page) dated 1993-03-01, US federal government work (public domain); text of the Division's page on "
 "justice.gov, from the search tool's page store at " + U1,
 JDG,
 "The Antitrust Division's weekly summary dated 1 March 1993 (a Monday), the Division's page on justice.gov "
 "(atr/public/press_releases/1993/211587.htm; origin string `JDG`, new: the justice.gov page itself, not an archive "
 "copy). " + LEFT.format(sp="", dl="March 1, 1993") +
 "The excerpt carries no 'SUMMARY OF ANTITRUST ENFORCEMENT ACTIONS' heading or week line (the page goes from the "
 "date line straight to the first item): `title` None, the attribution saying so. The two items' heading lines "
 "('2/23/93 U.S. v. Urethane Applications, Inc. and Donald Freeman' with 'Criminal No.: 93-00097 (E.D. Pa.)', "
 "'2/23/93 U.S. v. Texas Commerce Bancshares, Inc. and Texas Commerce Bank-Beaumont. N.A.' with 'Civil No.: "
 "3-93CVO368-D (N.D. Tex.)') kept in the text, each as its own paragraph with its number line after the excerpt's "
 "single line break, since they carry each item's date (**doubtful**, as 46i's summaries: a reader may move them "
 "out as headings). Cut after the second item's fourth sentence ('... with annual sales of more than $5 million.'), "
 "before 'The proposed consent decree provides for TCB to divest at least two branches of the New First City Bank in "
 "Beaumont and all assets and deposits of those branches, except fo', where the excerpt breaks off (`truncated`: "
 "the decree's terms and any later items of the week are not in the kept text). The deal item is the second of two; "
 "the text is taken whole for it, the bid-rigging charge beside it (**doubtful** for a merger lane, as 46i's "
 "Pittsburgh summary). Kept as written: 'Texas Commerce Bank-Beaumont. N.A.' (a full stop before 'N.A.', the "
 "heading) beside 'Texas Commerce Bank-Beaumont N.A.' (the body), 'Texas Commerce Bancshares, Inc.' (heading) beside "
 "'Texas Commerce Bancshares Inc.' (body, no comma), '(TCB)', 'New First City-Beaumont' (short form), 'Chemical "
 "Banking Corp., New York City', '3-93CVO368-D' with its letter O, 'One-count information', 'the 20 bridge banks', "
 "'$5 million', the dates '2/23/93' as printed. 217 words (whitespace-split, the heading and number lines "
 "included). Found with 'Justice Department Will Not Challenge Proposed Merger 1993 SUMMARY OF ANTITRUST ENFORCEMENT "
 "ACTIONS bank' (rank 3) and again with 'SUMMARY OF ANTITRUST ENFORCEMENT ACTIONS 1992 civil complaint filed "
 "acquisition consent decree bank subsidiary Civil No.' (rank 2). One text per event: no other Division page on the "
 "deal came back. " + CHECK + "'Texas Commerce', 'First City', 'Chemical Bank', 'Beaumont', 'Urethane', 'Donald "
 "Freeman', 'North Salem', '211587', '3-93CV': 0 in the corpus files, GATHERING.md, the scripts, the notes and the "
 "pools; 'TCB' only in a test Wikinews text on Alibaba's founder (by its name; another matter) and batch 22a's "
 "annotation script; no dev or test file's text read.",
 True))

# ---- Ingersoll-Rand / Dresser pump merger, Goulds Pumps; Ollie L. Wood, weekly summary, 5 October 1992 ---------------
U2 = ("https://webarchive.library.unt.edu/eot2008/20081105075532/http:/www.usdoj.gov/atr/public/press_releases/1992/"
      "211301.htm")
T2 = ("SUMMARY OF ANTITRUST ENFORCEMENT ACTIONS FOR PUBLIC RELEASE FOR FRIDAY, SEP. 25, 1992 THROUGH FRIDAY, OCT. 2, "
      "1992")
R.append(federal(
 "us-doj-ingersoll-rand-dresser-pump-merger-goulds-pumps-weekly-summary-1992", U2, "1992-10-05", T2,
 "9/25/92 U.S. v. Ollie L. Wood\nCriminal No.: CR92-220-01-G (M.D.N.C.)\n\n"
 "One-count information was filed in U.S. District Court in Greensboro, North Carolina, charging Ollie L. Wood, "
 "former division manager and division sales manager for Flav-O-Rich, Inc., with rigging bids, in violation of "
 "Section 1 of the Sherman Act, submitted to certain school boards in North Carolina for the award and performance of "
 "contracts to supply dairy products to public schools, beginning at least as early as 1982 and continuing "
 "thereafter at least through June 1988.\n\n"
 "9/28/92 Justice Department Will Not Challenge Ingersoll-Rand/ Dresser Proposed Merger Upon Completion of Certain "
 "Divestitures\n\n"
 "The Department of Justice, Antitrust Division, announced that it will not challenge the proposed merger of the "
 "pump operations of Ingersoll-Rand Co. and Dresser Industries Inc. in light of the parties' agreement to resolve "
 "the Department's competitive concerns. Ingersoll-Rand and Dresser will sell certain pump lines and assets to "
 "Goulds Pumps, a major manufacturer of pumps for the chemical, pulp and paper industries. In February 1992, the "
 "Department had announced its intent to file a civil antitrust suit to enjoin the proposed merger involving "
 "Ingersoll-Rand*s pump operation and Dresser because it was likely to lessen competition substantially in the "
 "manufacture and sale of various types of highly engineered pumps in the United States.",
 "industrial machinery/pumps", "deal,regulatory,legal",
 "U.S. Department of Justice, Antitrust Division, 'SUMMARY OF ANTITRUST ENFORCEMENT ACTIONS' for 25 September - 2 "
 "October 1992, 1992-10-05, US federal government work (public domain); text of the usdoj.gov page as the UNT "
 "Libraries' End of Term 2008 web archive holds it, from the search tool's page store at " + U2,
 ARC,
 "The Antitrust Division's weekly summary dated 5 October 1992 (a Monday), the Division's page on usdoj.gov "
 "(atr/public/press_releases/1992/211301.htm) as the End of Term 2008 web archive (webarchive.library.unt.edu) "
 "holds it (origin string `ARC`, as batches 41h, 43q, 45s, 45w, 45zt, 45zw, 46b, 46e and 46i). " +
 LEFT.format(sp="", dl="October 5, 1992") +
 "The heading's three lines ('SUMMARY OF ANTITRUST ENFORCEMENT ACTIONS' / 'FOR PUBLIC RELEASE' / 'FOR FRIDAY, SEP. "
 "25, 1992 THROUGH FRIDAY, OCT. 2, 1992') kept as `title`, joined with a space. The two items' heading lines kept in "
 "the text, each as its own paragraph (the first, '9/25/92 U.S. v. Ollie L. Wood', with its second line 'Criminal "
 "No.: CR92-220-01-G (M.D.N.C.)' after the excerpt's single line break; the second, wrapped in the excerpt after "
 "'Certain', joined with a space into one line), since they carry each item's date (**doubtful**, as 46i). Cut after "
 "the merger item's third sentence ('... highly engineered pumps in the United States.'), before 'The Department had "
 "concluded that the markets for these pumps was highly-concentrated and entr', where the excerpt breaks off "
 "(`truncated`: the rest of the merger item and any later items of the week are not in the kept text). The deal "
 "item is the second of two; the text is taken whole for it, the bid-rigging charge beside it (**doubtful** for a "
 "merger lane, as 46i's Pittsburgh summary). Kept as written: 'Ingersoll-Rand/ Dresser' with its space after the "
 "slash, 'Ingersoll-Rand*s' with an asterisk for the apostrophe (the archive's rendering), 'Ingersoll-Rand Co.', "
 "'Dresser Industries Inc.' (no comma), 'Goulds Pumps', 'Flav-O-Rich, Inc.', 'One-count information', the dates "
 "'9/25/92', '9/28/92' as printed. 213 words (whitespace-split, the heading and number lines included). Found with "
 "'FOR IMMEDIATE RELEASE 1994 (202) 616-2771 JUSTICE DEPARTMENT SUES TO BLOCK ACQUISITION Bingaman complaint filed "
 "today Clayton Act' (rank 6) and again with 'U.S. Department of Justice Seal and Letterhead 1992 SUMMARY OF "
 "ANTITRUST ENFORCEMENT ACTIONS FOR PUBLIC RELEASE FOR MONDAY' (rank 4). One text per event: no other Division page "
 "on the 1992 pump merger came back. " + CHECK + "'Goulds' only in GATHERING.md on another matter (ITT and Nanjing "
 "Goulds Pumps, an SEC matter of 2009); 'Ollie L. Wood', 'CR92-220', '211301': 0 everywhere; 'Ingersoll-Rand' only "
 "in a dev Federal Register text on Flowserve's purchase of Ingersoll-Dresser Pump Company in 2000 (by its name, "
 "batch 44c: another event, the sale of the venture eight years on; **doubtful**: the venture this 1992 merger "
 "made is the one sold there) and in GATHERING.md and batch 44c's scripts on it, and in GATHERING.md on "
 "Doosan-Ingersoll-Rand's Bobcat; 'Dresser Industries' only in files on other matters (by their names: Halliburton / "
 "Dresser 1998, Smith International / Baroid 1996); 'Flav-O-Rich' only in a train text on Suiza / Dean Foods 2001 "
 "(by its name; another matter) and 45j's scripts and note on it; no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
