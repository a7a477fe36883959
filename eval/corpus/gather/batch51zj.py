#!/usr/bin/env python3
"""Batch 51zj (session 52, gatherer 51zj): an SEC press release of 2003 and an SEC News Digest item of 2004 on boards
and their officers -- the joint announcement by the Commission and the Public Company Accounting Oversight Board
(PCAOB) that the PCAOB has been determined to be appropriately organized and able to carry out the Sarbanes-Oxley
Act's requirements, with SEC Chairman William H. Donaldson praising the founding members Charles Niemeier, Dan
Goelzer, Kayla Gillan and Bill Gradison, and PCAOB Acting Chairman Charles D. Niemeier quoted (press release 'SEC
Determines PCAOB Appropriately Organized', 25 April 2003, as Deloitte's DART library reproduces it); Chairman Donaldson's
thanks to the Mutual Fund Directors Forum, a membership organization of independent fund directors, and its chairman,
former SEC Chairman David Ruder, for its report 'Best Practices and Practical Guidance for Mutual Fund Directors' (SEC
News Digest, Issue 2004-145, 29 July 2004, Commission Announcements, as the National Archives' 2004 harvest of sec.gov
holds it) -- US federal government works (17 U.S.C. 105), a session-52 round in the federal SEC lane (after batches
40zm ... 47y, 48a, 48d, 48g, 48i, 48j, 49a, 49d, 51c, 51h, 51u, 51za and 51ze), on new matters. From 51ze's leads:
'other 2002-2006 PCAOB board appointments' asked by name and heading ('SEC Names Kayla Gillan Charles Niemeier ...',
'Statement of the Commission Regarding the Appointment of William H. Webster ...', 'Commission designates Charles D.
Niemeier Acting Chairman ...') gave no sec.gov release on an appointment (the 2002 board, Webster's resignation and
Niemeier's designation only in press, blog, GAO and SEC Historical Society pages, and Commissioner Glassman's
statement at the open meeting, a speech), but the DART copy of the April 2003 determination came back, where the four
founding members and the acting chairman are named; the Donaldson digest item came back for a query on Commission
announcements of 2004 ('SEC press release FOR IMMEDIATE RELEASE 2004 "Named Director of" Division of Market Regulation
Annette Nazareth'). The Gregory W. Gray, Jr. digest (2009) gave no fuller page than 51ze's two sentences (only the
secteaparty blog and brokeandbroker, not federal) and is not taken. Nothing more on McDonough or Gradison is taken
(Gradison is only one of four names in the 2003 release). Every name, release number and address was checked first
against the corpus files, GATHERING.md, the gather scripts, /work/notes and the session-52 pools:
  - SEC press release of 25 April 2003, 'SEC Determines PCAOB Appropriately Organized': the Securities and Exchange
    Commission, the Public Company Accounting Oversight Board, Charles D. Niemeier, Dan Goelzer, Kayla Gillan, Bill
    Gradison, William H. Donaldson (as Deloitte's DART library reproduces it, dart.deloitte.com
    'USDART/ov-resource/b81eebf0-...'; the Commission's order of the same day is Release Nos. 33-8223 and 34-47746);
  - the SEC News Digest, Issue 2004-145 (29 July 2004), the first item of its Commission Announcements section
    ('CHAIRMAN WILLIAM DONALDSON THANKS MUTUAL FUND DIRECTORS FORUM FOR ITS BEST PRACTICES REPORT', Press Rel.
    2004-101): William H. Donaldson, the Mutual Fund Directors Forum, David Ruder, the SEC (sec.gov's
    'news/digest/dig072904.txt' as webharvest.gov's 'peth04' harvest of 15 October 2004 holds it).
Texts are the search tool's page-store excerpts (corpus `pages`). From the release: the heading (kept as `title`), the
dateline 'Washington, D.C., April 25, 2002 - ' (the copy's year is a slip for 2003: `published` is 2003-04-25, the
date of the Commission's order 33-8223 on sec.gov, the store's answer beside it; the text itself names SEC Chairman
Donaldson, in office from February 2003, and the founding members' 'past four months') and the closing line 'See
additional information:' (a links heading) are left out; the release is otherwise taken whole. From the digest page
(a plain-text digest whose lines the store gives joined by spaces): 'SEC NEWS DIGEST', 'Issue 2004-145', the date line
'July 29, 2004' (kept as `published`), the section line 'COMMISSION ANNOUNCEMENTS', the item's heading (kept as
`title`, in capitals as written), the item's closing cross-reference '(Press Rel. 2004-101)' (48g's and 51za's way;
kept in the attribution) and the later items ('RULES AND RELATED MATTERS', 'SHORT SALES, FINAL RULE AND
INTERPRETATION' ...) are left out; the word 'decision-making', split at its own hyphen by the page's line wrap and
given by the store as 'decision- making', is joined with no space (44a's and 48b's way with a number's own hyphen at a
wrap); the item is taken whole. No word added or changed; paragraphs joined by a blank line. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch51zj.py [POOL_DIR] [--dry]   (default /tmp/gather52zj/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch49a import COPY_ORIGIN   # the origin line of an SEC press release copied on a third-party site
from batch44d import SEC_ARC       # the origin line of an sec.gov page as a federal web archive holds it

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -il over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-52 pools /tmp/gather52*/pool (none held a file on these matters when "
         "checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52zj/pool"
R = []

# ---- PCAOB determined appropriately organized, SEC press release of 25 April 2003 (Deloitte DART copy) ---------------
U1 = "https://dart.deloitte.com/USDART/ov-resource/b81eebf0-3f26-11e6-95db-23a1af9dc9fa.html"
T1 = "SEC Determines PCAOB Appropriately Organized"
R.append(federal(
 "us-sec-pcaob-appropriately-organized-acting-chairman-niemeier-founding-members-2003", U1, "2003-04-25", T1,
 "Today the Securities and Exchange Commission and the Public Company Accounting Oversight Board announced that the "
 "PCAOB has been determined to be appropriately organized and has the capacity to carry out the requirements of the "
 "Sarbanes-Oxley Act.\n\n"
 "\"As the founding members of the PCAOB, Charles Niemeier, Dan Goelzer, Kayla Gillan and Bill Gradison have each "
 "done an outstanding job over the past four months to lay a strong foundation for the important work that is before "
 "them. Each should be commended for their commitment to the Board's mission and dedication to the interests of "
 "investors.\n\n"
 "\"The SEC's determination today is a landmark in the pursuit of stronger investor protections, and my fellow "
 "Commissioners and I look forward to working with the Board members towards improving the integrity of the audit "
 "process and the credibility of financial reporting,\" said SEC Chairman William H. Donaldson.\n\n"
 "\"Today's action by the SEC is an important milestone,\" said PCAOB Acting Chairman Charles D. Niemeier. \"With this "
 "determination, the Public Company Accounting Oversight Board can move forward with its vital work of ensuring that "
 "auditors of public companies meet the highest standards of quality, independence and ethics. We are pleased that "
 "the SEC has endorsed the Board's work to date, and we look forward to continuing our joint mission to assure "
 "investors that they are participating in the best and fairest capital markets.\"\n\n"
 "The SEC's action is pursuant to section 101(d) of the Sarbanes-Oxley Act, which provides for the Commission to "
 "determine whether the PCAOB is appropriately organized and has the capacity to carry out the requirements of the "
 "Act and to enforce compliance with the Act by registered public accounting firms.",
 "securities regulation/accounting oversight", "regulatory,leadership,executives",
 "U.S. Securities and Exchange Commission, press release '" + T1 + "', Washington, D.C., April 25, 2003 (the copy's "
 "dateline reads 2002), US federal government work (public domain); text as reproduced at " + U1 + " (dart.deloitte."
 "com), from the search tool's page store",
 COPY_ORIGIN,
 "An SEC press release (a US federal work, public domain) as Deloitte's DART library reproduces it (49a's Cartwright, "
 "51c's Cook and 51za's Spatt releases from the same library; the host adds no text to the kept paragraphs); no "
 "sec.gov copy came back (asked with the release's first sentence: rank 1 the DART copy, rank 4 the Commission's "
 "order 33-8223 of the same day). Left out: the heading (kept as `title`), the dateline 'Washington, D.C., April 25, "
 "2002 - ' that opens the first paragraph and the closing line 'See additional information:' (a heading for links, "
 "not the release's prose). `published` is 2003-04-25, not the dateline's 2002: the PCAOB's board was appointed in "
 "October 2002 and Donaldson became SEC chairman in February 2003 (not in the text: the lane's knowledge); the "
 "Commission's order under section 101(d) (Release Nos. 33-8223 and 34-47746, sec.gov 'rule-release/33-8223', in "
 "the store) is dated April 25, 2003; and the text's 'past four months' fits the board's first meeting in January "
 "2003 -- **doubtful** only as a date taken from outside the copy. The copy shows no 'FOR IMMEDIATE RELEASE' line and "
 "no release number, so none is given here. The release is taken whole: the store's excerpt ends at the links "
 "heading (`truncated` false). Kept as written: 'Today' opening the text, the second paragraph's quotation left open "
 "(it runs on into the next paragraph, whose closing quotation mark and 'said SEC Chairman William H. Donaldson' end "
 "it), 'Charles Niemeier' and 'Dan Goelzer' short, 'Charles D. Niemeier' in full, no serial comma ('Kayla Gillan and "
 "Bill Gradison'; 'quality, independence and ethics'), 'their commitment' after 'Each', 'the Board's', 'Board "
 "members', 'towards', 'section 101(d)' in lower case, the straight quotation marks and apostrophes. 276 words. One "
 "text per matter: the Commission's order 33-8223 (the same determination, a formal order) and the PCAOB's own news "
 "release on it (not in the store's answers; a PCAOB paper, not a federal agency work) are not taken; the "
 "corporatecounsel.net note of 19 April 2003 (the PCAOB's preparations, not federal) is left out. Found with 'SEC "
 "Appoints Public Company Accounting Oversight Board Webster Chairman Gillan Goelzer Gradison Niemeier FOR IMMEDIATE "
 "RELEASE 2002' (rank 1), again with 'Today the Securities and Exchange Commission and the Public Company Accounting "
 "Oversight Board announced that the PCAOB has been determined to be appropriately organized' (rank 1). "
 + CHECK + "'appropriately organized', 'b81eebf0', '33-8223', 'Niemeier', 'Gillan': 0 in the corpus files' texts, "
 "the gather scripts and the pools ('Niemeier' and 'Gillan' only in 51ze's lead line in GATHERING.md and "
 "/work/notes/gather52/51ze.md; 'Gillan' also in 51ze's notes fields); 'Goelzer' in 51u's file (his 2009 acting "
 "chairmanship: another step, another matter) and 51ze's files; 'Gradison' in 51ze's acting-chairperson file of "
 "2005 (another matter; here he is one of four founding members named, nothing more); 'Donaldson' only in the notes "
 "of 51ze's McDonough file (the cut 'See Also' line); 'Public Company Accounting Oversight Board' in 51u's and 51ze's "
 "files and the LCH.Clearnet file (other matters).",
 False))

# ---- Donaldson thanks the Mutual Fund Directors Forum, SEC News Digest 2004-145, 29 July 2004 (webharvest.gov) -------
U2 = "https://webharvest.gov/peth04/20041015035459/http://www.sec.gov/news/digest/dig072904.txt"
T2 = "CHAIRMAN WILLIAM DONALDSON THANKS MUTUAL FUND DIRECTORS FORUM FOR ITS BEST PRACTICES REPORT"
R.append(federal(
 "us-sec-donaldson-thanks-mutual-fund-directors-forum-chairman-ruder-best-practices-2004", U2, "2004-07-29", T2,
 "On July 28, Chairman William H. Donaldson thanked the Mutual Fund Directors Forum for delivery of its report titled "
 "\"Best Practices and Practical Guidance for Mutual Fund Directors.\" The Forum prepared the Best Practices Report in "
 "response to a request from Chairman Donaldson that the Forum, as a membership organization of independent fund "
 "directors, develop written practical guidance and best practices for independent directors in areas in which "
 "director oversight and decision-making is particularly critical for the protection of fund shareholders. Chairman "
 "Donaldson said, \"I applaud the efforts of the Forum and its chairman, former SEC Chairman David Ruder, in preparing "
 "the Best Practices Report, and I look forward to reviewing the recommendations in detail. The Best Practices Report "
 "complements the Commission's recent rulemaking initiative to enhance the fund governance framework and represents "
 "an independent director-led effort to provide meaningful guidance to fund directors. I therefore encourage all fund "
 "directors to review and consider carefully the Report's recommendations.\"",
 "investment management/securities regulation", "regulatory,leadership",
 "U.S. Securities and Exchange Commission, SEC News Digest, Issue 2004-145, July 29, 2004, Commission Announcements, '"
 + T2 + "' (Press Rel. 2004-101), US federal government work (public domain); text of the sec.gov page as the "
 "National Archives' 2004 web harvest (webharvest.gov) holds it, from the search tool's page store at " + U2,
 SEC_ARC,
 "An SEC News Digest item (a US federal work, public domain) as the National Archives' harvest of sec.gov of 15 "
 "October 2004 holds the plain-text digest ('news/digest/dig072904.txt'): the SEC's own page, archived unchanged, no "
 "third-party copy (44d's webharvest.gov item the same way). Left out: 'SEC NEWS DIGEST', 'Issue 2004-145', the date "
 "line 'July 29, 2004' (kept as `published`), the section line 'COMMISSION ANNOUNCEMENTS', the item's heading (kept "
 "as `title`, in capitals as the digest writes it), the item's closing cross-reference '(Press Rel. 2004-101)' (a "
 "pointer to the press release, not the item's prose; 48g's and 51za's way; kept in the attribution) and the "
 "digest's later items ('RULES AND RELATED MATTERS', 'SHORT SALES, FINAL RULE AND INTERPRETATION', the Commission's "
 "adoption of Regulation SHO: another matter, where the store's excerpt breaks off). The store gives the plain-text "
 "page's lines joined by single spaces; one line wrap fell inside 'decision-making' at the word's own hyphen "
 "('decision- making' in the store) and is joined with no space (44a's and 48b's way with a number's own hyphen at a "
 "wrap; whitespace only). The item is taken whole: it ends before the excerpt does (`truncated` false). One "
 "paragraph, as the digest writes it. Kept as written: 'On July 28' with no year, 'Chairman William H. Donaldson' and "
 "'Chairman Donaldson' (no 'SEC' before his title; 'former SEC Chairman David Ruder'), the report's title in "
 "straight quotation marks with its full stop inside, 'the Forum', 'the Best Practices Report', 'the Report's', "
 "'director-led', the straight apostrophes. 158 words. One text per matter: the press release 2004-101 itself (not in "
 "the store's answers) and the report (the Forum's paper, not a federal work) are not taken. Found with 'SEC press "
 "release FOR IMMEDIATE RELEASE 2004 \"Named Director of\" Division of Market Regulation Annette Nazareth' (rank 1), "
 "again with 'SEC NEWS DIGEST COMMISSION ANNOUNCEMENTS Chairman Donaldson announced appointment named Director 2004' "
 "(rank 1). "
 + CHECK + "'Mutual Fund Directors Forum', 'Ruder', 'dig072904', '2004-145', '2004-101', 'Best Practices and "
 "Practical Guidance': 0 in the corpus files, GATHERING.md, the gather scripts, /work/notes/gather52 and the pools "
 "('Ruder' only inside other words: 'intruder' in an FCC file, batch 8's script); 'Donaldson' only in the notes of "
 "51ze's McDonough file (the cut 'See Also' line on his 2003 statement) and 51ze's scripts.",
 False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
