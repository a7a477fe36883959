#!/usr/bin/env python3
"""Batch 46i (session 47, gatherer 46i): newspaper and broadcasting deals the Justice Department let go ahead -- a
newspaper publisher's purchase of a rival city's second daily from its owner and another publisher's merger that
brings it a second Honolulu daily (Hearst and the San Antonio Express-News; Gannett, Persis and The Honolulu Advertiser,
1993), a Pittsburgh newspaper's purchase of the city's other daily beside a catfish price-fixing charge and a peanut
trade association's business review (the Post Gazette and the Pittsburgh Press, 1992-93), and an entertainment
company's purchase of a broadcaster cleared once it is to sell one of two Los Angeles television stations (Walt Disney
Company and Capital Cities/ABC Inc., 1996) -- told in US federal public-domain texts of the Justice Department's
Antitrust Division (17 U.S.C. 105), a round of session 47 beside batches 46b and 46e in the DOJ lane (45b, 45g, 45l,
45s, 45w, 45zb, 45zf, 45zj, 45zn, 45zq, 45zt, 45zw and 45zy last session), first-party text only:
  - the Division's weekly 'SUMMARY OF ANTITRUST ENFORCEMENT ACTIONS' of 1 February 1993 for 25-29 January 1993
    (usdoj.gov atr/public/press_releases/1993/211575.htm as the UNT Libraries' End of Term 2008 web archive holds it):
    Hearst / San Antonio Express-News and Gannett / Persis (The Honolulu Advertiser), both dated 1/27/93;
  - the Division's weekly summary of 4 January 1993 for 28 December 1992 - 1 January 1993 (press_releases/1993/
    211538.htm, the same archive): Delta Pride Catfish, the Post Gazette / Pittsburgh Press, the Southeastern Peanut
    Association's business review;
  - the Division's release of Tuesday, 16 January 1996, "JUSTICE DEPARTMENT CLEARS WALT DISNEY/CAPITAL CITIES/ABC
    MERGER AFTER DISNEY ANNOUNCES PLANS TO SELL LOS ANGELES TV STATION", Anne K. Bingaman quoted with her post (the
    release's text as the govdocs1 collection of .gov documents holds it, corpora.tika.apache.org/base/docs/govdocs1/
    189/189744.txt: no justice.gov or UNT copy of the release came back, only court papers and news).
Texts are the search tool's page-store excerpts (corpus `pages`). The two summaries' format note, seal line and date
line are left out, their three heading lines joined as `title`; each item's own heading line (its date and caption)
kept in the text as its own paragraph, the paragraphs as the excerpt gives them (a blank line between). The 1996
release comes as one run of text in the govdocs1 copy (its line breaks lost): the letterhead words and the headline
(kept as `title`) left out, the text kept as one paragraph. Each text is cut at the last full sentence before the
excerpt breaks off (the release before its list of the decree's conditions, whose bullet marks the copy lost). No word
or character added or changed.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch46i.py [POOL_DIR] [--dry]   (default /tmp/gather47i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import ARC

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather47i/pool"
# the origin of the 1996 release: a copy of the Department's text in the govdocs1 collection (as the copy of a GPO
# Federal Register text that batch 41c noted there)
TIKA = ("US Justice Department Antitrust Division press release, the Department's text as the govdocs1 collection of "
        ".gov documents (corpora.tika.apache.org) holds it, from the search tool page store")
# a check note of this batch's own (as 46b's and 46e's), naming the session-47 pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch46e.py the latest of this lane), the session-46 and session-47 notes (/work/notes/gather46, "
         "/work/notes/gather47) and every /tmp/gather47*/pool present (at the last check 47a to 47h: SEC texts, "
         "46b's Northwest/Continental and Sonoco/Pasco and 46e's United Healthcare/MetraHealth and Fiat/Case Division "
         "texts, FCC notices, among them 46h's Citadel / ABC Radio / Walt Disney transfer of 2007, another matter): ")
SUMMARY = ("the Division's weekly summary of antitrust enforcement actions on usdoj.gov (atr/public/press_releases/1993/"
           "{num}.htm) as the End of Term 2008 web archive (webarchive.library.unt.edu) holds it (origin string `ARC`, "
           "as batches 41h, 43c, 43q, 45s, 45w, 45zt, 45zw, 46b and 46e). Left out: the page's note on its two formats "
           "('This document is available in two formats: ... contact the Antitrust Documents Group.'), the line 'U.S. "
           "Department of Justice Seal and Letterhead', a line holding one space, the date line ('{dl}', kept as "
           "`published`) and the heading's three lines (kept as `title`, joined with a space). ")
R = []

# ---- Hearst / San Antonio Express-News; Gannett / Persis / The Honolulu Advertiser, weekly summary, 1 February 1993 --
U1 = ("https://webarchive.library.unt.edu/eot2008/20081105075522/http:/www.usdoj.gov/atr/public/press_releases/1993/"
      "211575.htm")
T1 = ("SUMMARY OF ANTITRUST ENFORCEMENT ACTIONS FOR PUBLIC RELEASE FOR MONDAY, JAN. 25, 1993 THROUGH FRIDAY, JAN. 29, "
      "1993")
R.append(federal(
 "us-doj-hearst-san-antonio-express-news-gannett-honolulu-advertiser-not-challenged-1993", U1, "1993-02-01", T1,
 "1/27/93 Justice Department Will Not Challenge Hearst's Acquisition of San Antonio Express-News\n\n"
 "The Department of Justice, Antitrust Division, announced that it will not challenge under the antitrust laws "
 "Hearst's proposed acquisition of the San Antonio Express-News from News America. Hearst owns the San Antonio Light, "
 "the only other daily newspaper in San Antonio, Texas. On October 6, 1992, Hearst publicly announced its proposed "
 "acquisition of the San Antonio Express-News and that it would close the San Antonio Light if it could not find a "
 "buyer for the newspaper. The Department's decision not to challenge Hearst's acquisition comes after an exhaustive "
 "investigation in which it concluded that the San Antonio Light met the stringent requirements of the failing firm "
 "defense under established antitrust case law and the Department's 1992 Horizontal Merger Guidelines.\n\n"
 "1/27/93 Justice Department Will Not Challenge Gannett's Acquisition of The Honolulu Advertiser\n\n"
 "The Department of Justice, Antitrust Division, announced that it informed Gannett Co. Inc. and Persis Corp. that "
 "the Department does not intend to challenge under the antitrust laws Persis' merger with Gannett. Gannett is the "
 "parent company of the Honolulu Star-Bulletin and Persis is the parent company of The Honolulu Advertiser. The "
 "Star-Bulletin and The Advertiser are the two major daily newspapers published in Honolulu, Hawaii.",
 "newspaper publishing", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, 'SUMMARY OF ANTITRUST ENFORCEMENT ACTIONS' for 25-29 January "
 "1993, 1993-02-01, US federal government work (public domain); text of the usdoj.gov page as the UNT Libraries' End "
 "of Term 2008 web archive holds it, from the search tool's page store at " + U1,
 ARC,
 "The Antitrust Division's weekly summary dated 1 February 1993 (a Monday), " + SUMMARY.format(
     num="211575", dl="February 1, 1993") +
 "The two items' heading lines ('1/27/93 Justice Department Will Not Challenge Hearst's Acquisition of San Antonio "
 "Express-News', '1/27/93 Justice Department Will Not Challenge Gannett's Acquisition of The Honolulu Advertiser') "
 "kept in the text, each as its own paragraph, since they carry each item's date (**doubtful**: a reader may move "
 "them out as headings). Cut after the second item's third sentence ('... published in Honolulu, Hawaii.'), before "
 "'The Department's decision not to challenge Gannett's acquisition of The Advertiser follows an agreemen', where the "
 "excerpt breaks off (`truncated`: the agreement the Gannett item goes on to tell and any later items of the week "
 "are not in the kept text). Kept as written: 'Hearst' (no fuller name), 'Gannett Co. Inc.' (no comma before 'Inc.'), "
 "'Persis Corp.' and \"Persis' merger\", 'The Honolulu Advertiser' with its "
 "capital 'The' and 'The Advertiser', 'Star-Bulletin' hyphenated, 'the Department's 1992 Horizontal Merger "
 "Guidelines', the dates '1/27/93' as printed. 209 words (whitespace-split, the heading lines included). Found with 'U.S. Department of Justice Seal and Letterhead "
 "SUMMARY OF ANTITRUST ENFORCEMENT ACTIONS FOR PUBLIC RELEASE 1993 acquisition' (rank 1), after a letterhead query "
 "for 1996 releases brought this page up (rank 6). One text per event: no other Division page on either deal came "
 "back. " + CHECK + "'San Antonio Express', 'Express-News', 'San Antonio Light', 'News America', 'Honolulu "
 "Advertiser', 'Persis Corp', 'Gannett', '211575', 'SUMMARY OF ANTITRUST ENFORCEMENT': 0 in the corpus files, "
 "GATHERING.md, the scripts, the notes and the pools; 'Hearst' only in files on other matters (by their names: Ziff "
 "Davis's sale of 1UP and UGO 2009, Dailymotion, the Seattle daily going online-only 2009, Helen Thomas 2010) and in "
 "GATHERING.md, earlier scripts and 45s's note on other matters (Hearst / UGO 2007, Hearst Digital Media, Hearst's "
 "2001 premerger-filing penalty); "
 "'Star-Bulletin' only in a test Wikinews text on a journalists' memorial (by its name; another matter); no dev or "
 "test file's text read.",
 True))

# ---- Delta Pride Catfish; the Post Gazette / Pittsburgh Press; Southeastern Peanut Association, weekly summary, 4 January 1993
U2 = ("https://webarchive.library.unt.edu/eot2008/20081105075522/http:/www.usdoj.gov/atr/public/press_releases/1993/"
      "211538.htm")
T2 = ("SUMMARY OF ANTITRUST ENFORCEMENT ACTIONS FOR PUBLIC RELEASE FOR MONDAY, DEC. 28, 1992 THROUGH FRIDAY, JAN. 01, "
      "1993")
R.append(federal(
 "us-doj-post-gazette-pittsburgh-press-delta-pride-catfish-peanut-weekly-summary-1993", U2, "1993-01-04", T2,
 "12/28/92 U.S. v. Delta Pride Catfish. Inc.\nCriminal No.: 92-CR-1090 (N.D. Ill.)\n\n"
 "One-count information was filed in U.S. District Court in Chicago, Illinois, charging Delta Pride Catfish, Inc. of "
 "Indianola, Mississippi, with fixing prices, in violation of Section 1 of the Sherman Act, of certain catfish "
 "products, beginning at least as early as 1987 and continuing thereafter to at least as late as March 1990.\n\n"
 "12/30/92 Justice Department Will Not Challenge the Proposed Acquisition of the Pittsburgh Press by the Post "
 "Gazette\n\n"
 "The Justice Department, Antitrust Division, issued a statement saying it will not challenge under the antitrust "
 "laws the proposed acquisition of the Pittsburgh Press by the Post Gazette. The Pittsburgh Press is owned by E.W. "
 "Scripps Company and the Post Gazette is owned by Blade Communications, Inc.\n\n"
 "12/31/92 Department of Justice Issues Business Review Letter\n\n"
 "In a letter from J. Mark Gidley, Acting Assistant Attorney General in charge of the Antitrust Division, to counsel "
 "for the Southeastern Peanut Association (\"SEPA\"), an association of all the major peanut shellers located "
 "primarily in the states of Alabama, Florida and Georgia, the Department announced that it does not intend to "
 "challenge under the antitrust laws a proposal by the SEPA to adopt trading rules for unshelled peanuts. The proposed "
 "rules would establish standard general contract terms, such as shipping and delivery instructions, sampling methods "
 "and arbitration procedures.",
 "newspaper publishing", "deal,regulatory,legal",
 "U.S. Department of Justice, Antitrust Division, 'SUMMARY OF ANTITRUST ENFORCEMENT ACTIONS' for 28 December 1992 - "
 "1 January 1993, 1993-01-04, US federal government work (public domain); text of the usdoj.gov page as the UNT "
 "Libraries' End of Term 2008 web archive holds it, from the search tool's page store at " + U2,
 ARC,
 "The Antitrust Division's weekly summary dated 4 January 1993 (a Monday), " + SUMMARY.format(
     num="211538", dl="January 4, 1993") +
 "The three items' heading lines kept in the text, each as its own paragraph (the first, '12/28/92 U.S. v. Delta "
 "Pride Catfish. Inc.' with its second line 'Criminal No.: 92-CR-1090 (N.D. Ill.)', kept with the excerpt's single "
 "line break between them), since they carry each item's date (**doubtful**, as the other summary). Cut after the "
 "third item's second sentence ('... sampling methods and arbitration procedures.'), before 'They would also "
 "establish s', where the excerpt breaks off (`truncated`: the rest of the peanut item and any later items are not "
 "in the kept text). The deal item is the second of three; the text is taken whole for it, the criminal charge and "
 "the business review beside it (**doubtful** for a merger lane: one item in three is a deal). Kept as written: "
 "'Delta Pride Catfish. Inc.' (a full stop for a comma, the heading) beside 'Delta Pride Catfish, Inc.' (the body), "
 "'Post Gazette' without a hyphen, 'E.W. Scripps Company' (no space after 'E.'), 'Blade Communications, Inc.', "
 "'One-count information', '(\"SEPA\")' and 'the SEPA', 'Alabama, Florida and Georgia', the dates '12/28/92', "
 "'12/30/92', '12/31/92' as printed. 226 words (whitespace-split, the heading lines included). Found with the query that found the Hearst summary (rank 2). One "
 "text per event: no other Division page on the Pittsburgh deal came back. " + CHECK + "'Pittsburgh Press', 'Post "
 "Gazette', 'Blade Communications', 'E.W. Scripps', 'Delta Pride', 'Southeastern Peanut', 'Gidley', '211538': 0 in "
 "the corpus files, GATHERING.md, the scripts, the notes and the pools; 'Post-Gazette' only as a news host in "
 "GATHERING.md (another batch's not-used list of news pages); 'Scripps' only in a train FCC letter on Gray / "
 "Meredith (by its name; another matter); no dev or test file's text read.",
 True))

# ---- Walt Disney Company / Capital Cities/ABC Inc., Division release, 16 January 1996 --------------------------------
U3 = "https://corpora.tika.apache.org/base/docs/govdocs1/189/189744.txt"
T3 = ("JUSTICE DEPARTMENT CLEARS WALT DISNEY/CAPITAL CITIES/ABC MERGER AFTER DISNEY ANNOUNCES PLANS TO SELL LOS ANGELES "
      "TV STATION")
R.append(federal(
 "us-doj-walt-disney-capital-cities-abc-kcal-tv-sale-merger-cleared-1996", U3, "1996-01-16", T3,
 "WASHINGTON, D.C. -- The Department of Justice's Antitrust Division today cleared Walt Disney Company's $19 billion "
 "purchase of Capital Cities/ABC Inc., after Disney said it would sell its Los Angeles television station, KCAL-TV. "
 "Disney's planned sale of KCAL-TV resolves any potential antitrust concerns that could arise from Disney's "
 "acquisition of KABC-TV, a Los Angeles television station currently owned by Capital Cities/ABC. The Department had "
 "been investigating whether Disney's ownership of both KCAL-TV and KABC-TV would reduce competition and raise the "
 "price of advertising in Los Angeles. Before the Department reached a conclusion on that question, however, Disney "
 "advised the Department that it intended to sell KCAL-TV, and that it would maintain KCAL-TV and KABC-TV as "
 "separate, competing stations until the sale is completed. Anne K. Bingaman, Assistant Attorney General in charge "
 "of the Antitrust Division, said that \"Disney's commitment to sell KCAL-TV ensures that the deal will not harm "
 "competition in the sale of advertising in Los Angeles, and makes further action by the Division unnecessary at "
 "this time.\" To help ensure that this sale takes place, and to protect competition pending completion of the sale, "
 "Disney also agreed to a consent decree that would require the appointment of a trustee to accomplish the sale of "
 "KCAL-TV.",
 "broadcasting", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T3 + "', 1996-01-16, US federal government work "
 "(public domain); text of the Department's release as the govdocs1 collection of .gov documents holds it, from the "
 "search tool's page store at " + U3,
 TIKA,
 "The Antitrust Division's press release of Tuesday, 16 January 1996 (kept as `published`; the date from the "
 "letterhead words 'TUESDAY, JANUARY 16, 1996'), as the govdocs1 collection (a crawl of documents from .gov servers, "
 "corpora.tika.apache.org/base/docs/govdocs1/189/189744.txt) holds it: a copy of the Department's own text, a US "
 "federal work whatever its host (**doubtful** host: batch 44h's SEC round left a govdocs1 copy untaken, 'the copy's "
 "standing not checked'; here no justice.gov, usdoj.gov or UNT copy of the release came back, only the Division's "
 "final judgment on the UNT archive, atr/cases/f0500/0522.htm, a court paper, and news: AP, the Los Angeles Times, "
 "Variety, the Sun-Sentinel, the Roanoke Times). The copy runs the release as one line (its line breaks lost). Left "
 "out: the letterhead words ('FOR IMMEDIATE RELEASE AT TUESDAY, JANUARY 16, 1996 (202) 616-2771 TDD (202) "
 "514-1888') and the headline (kept as `title`, in capitals as printed). Kept as one paragraph, as the copy gives "
 "it. Cut after the sixth sentence ('... the appointment of a trustee to accomplish the sale of KCAL-TV.'), before "
 "'The consent decree would be filed with the court only if Disney:' and its four conditions, whose bullet marks the "
 "copy lost (two spaces in their place), and before the excerpt breaks off at 'imposed by the Federal C' "
 "(`truncated`: the conditions, the FCC's part and the rest of the release are not in the kept text). Kept as "
 "written: the dateline 'WASHINGTON, D.C. --' with its double hyphen, \"The Department of Justice's Antitrust "
 "Division\", \"Walt Disney Company's\" (no 'The' before it), 'Capital Cities/ABC Inc.' and 'Capital Cities/ABC', "
 "'$19 billion', 'said that \"Disney's commitment', the straight quotation marks and apostrophes. 207 words (whitespace-split). Found "
 "with a letterhead query ('FOR IMMEDIATE RELEASE 1996 AT (202) 616-2771 TDD (202) 514-1888 JUSTICE DEPARTMENT "
 "acquisition proceed after agreeing to sell', rank 8) and again with 'Disney Capital Cities/ABC KCAL-TV KABC-TV "
 "Justice Department Antitrust Division cleared $19 billion purchase Bingaman' (rank 1); the headline as the query "
 "brought only news. One text per event. " + CHECK + "'Capital Cities/ABC', 'Cap Cities', 'KCAL' (bar one "
 "'Kirkcaldy' in GATHERING.md), 'KABC', '189744': "
 "0 in the corpus files, GATHERING.md, the scripts, the notes and the pools; 'Walt Disney' in files on other matters "
 "(by their names: Disney / Pixar 2006, Hotstar, Euro Disney 2005, Steve Jobs, a DOJ list of media cases with "
 "Disney / Fox, ITV plc, a Disney heir 2005, Bob Chapek, James Gunn, Ford's ads 2005, ESPN's trade of Al Michaels "
 "2006) and in 46h's pool (Citadel / ABC Radio, 2007: another matter); 'Anne K. Bingaman', 'Los Angeles' in files "
 "on other matters; no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
