#!/usr/bin/env python3
"""Batch 51ze (session 52, gatherer 51ze): two SEC press releases on the chair of the Public Company Accounting
Oversight Board (PCAOB), as sec.gov itself carries them -- the Commission's unanimous selection of William J.
McDonough, President of the Federal Reserve Bank of New York, vice chairman and a permanent member of the Federal Open
Market Committee, once 22 years at First Chicago Corp. and its bank, First National Bank of Chicago, as its nominee to be
the PCAOB's new Chairperson (press release 2003-48, 15 April 2003); the Commission's appointment of Bill Gradison, a
founding member of the board who has served as Chairman of the Board of Directors of the Federal Home Loan Bank of
Cincinnati, as acting Chairperson of the PCAOB, with SEC Chairman Christopher Cox quoted, and its adoption of procedures
for selecting permanent Chairpersons and Board members (press release 2005-171, 2 December 2005) -- US federal
government works (17 U.S.C. 105), a session-52 round in the federal SEC lane (after batches 40zm ... 47y, 48a, 48d, 48g,
48i, 48j, 49a, 49d, 51c, 51h, 51u and 51za), on new matters. From 51za's leads: Deloitte's DART library asked by office
and post ('Director of the Office of Risk Assessment to Leave SEC', 'Office of International Affairs', 'Office of
Compliance Inspections and Examinations ... Lori Richards', 'Division of Investment Management ... Andrew Donohue',
'Chief Accountant Conrad Hewitt') gave no DART page this round, only press and blog pieces (not federal works); the
Gradison release (its own sec.gov copy, which 51za did not find) came back for 'Chief Accountant Conrad Hewitt SEC named
Deputy Chief Accountant press release' (rank 6), the McDonough release for a query on the PCAOB chairmanship after
Gradison's ('SEC press release 2006 Kayla Gillan reappointed PCAOB board member Federal Reserve Governor Mark W. Olson
Chairman FOR IMMEDIATE RELEASE', rank 8). Every name, release number and address was checked first against the corpus
files, GATHERING.md, the gather scripts, /work/notes and the session-52 pools:
  - SEC press release 2003-48 (15 April 2003), 'Statement of the Commission Regarding the Selection of the Chairperson
    of the Public Company Accounting Oversight Board (PCAOB)': the Securities and Exchange Commission, William J.
    McDonough, the PCAOB, the Federal Reserve Bank of New York, the Federal Open Market Committee, the Federal Reserve,
    First Chicago Corp., First National Bank of Chicago (sec.gov 'news/press/2003-48.htm');
  - SEC press release 2005-171 (2 December 2005), 'SEC Names Bill Gradison Acting Chairperson; Approves PCAOB
    Appointment Procedures': the Securities and Exchange Commission, Bill Gradison, the PCAOB, Christopher Cox, the
    Federal Home Loan Bank of Cincinnati (sec.gov 'news/press/2005-171.htm').
Texts are the search tool's page-store excerpts (corpus `pages`). From the 2003 page: the heading (kept as `title`), the
dateline 'Washington, D.C., April 15, 2003 -- ' (kept as `published`), the closing lines 'See Also:  Statement of SEC
Chairman William Donaldson; Statement of William J. McDonough' (links to two other papers) and 'Last modified:
4/15/2003' are left out; the release is otherwise taken whole. From the 2005 page: the page lines ('U.S. Securities &
Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission'), the heading (kept
as `title`), 'FOR IMMEDIATE RELEASE', the release number '2005-171' and the dateline 'Washington, D.C., Dec. 2, 2005 - '
(kept as `published`) are left out, and the text is cut in its fifth paragraph at the last full sentence before the
store's excerpt breaks off. No word added or changed; paragraphs joined by a blank line. Written before any extractor
ran on the texts (newskg was not run on them).
usage: batch51ze.py [POOL_DIR] [--dry]   (default /tmp/gather52ze/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -il over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-52 pools /tmp/gather52*/pool (none held a file on these matters when "
         "checked): ")
PAGE_LINES = ("'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and "
              "Exchange Commission'")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52ze/pool"
R = []

# ---- William J. McDonough selected as PCAOB Chairperson, SEC press release 2003-48, 15 April 2003 (sec.gov) -----------
U1 = "https://www.sec.gov/news/press/2003-48.htm"
T1 = ("Statement of the Commission Regarding the Selection of the Chairperson of the Public Company Accounting "
      "Oversight Board (PCAOB)")
R.append(federal(
 "us-sec-william-mcdonough-pcaob-chairperson-nominee-new-york-fed-first-chicago-2003", U1, "2003-04-15", T1,
 "The Securities and Exchange Commission today announced that it has unanimously selected William J. McDonough as "
 "its nominee to be the new Chairperson of the five-member Public Company Accounting Oversight Board (PCAOB) "
 "established pursuant to the Sarbanes-Oxley Act of 2002.\n\n"
 "Mr. McDonough is currently the President of the Federal Reserve Bank of New York, a post he has held since 1993. In "
 "that capacity, he serves as the vice chairman and a permanent member of the Federal Open Market Committee. Prior to "
 "joining the Federal Reserve, Mr. McDonough had spent 22 years at First Chicago Corp. and its bank, First National "
 "Bank of Chicago. The Commission made this selection after consultation with the Federal Reserve Chairman and the "
 "Secretary of the Treasury.\n\n"
 "The Act requires that the Chairperson be a \"prominent individual of integrity and reputation who has a "
 "demonstrated commitment to the interests of investors and the public, and an understanding of the responsibilities "
 "for and nature of the financial disclosure required of issuers under the securities laws and the obligations of "
 "accountants with respect to the preparation and issuance of audit reports with respect to such disclosures.\" Mr. "
 "McDonough's career and experience make him highly qualified for the position of Chairperson of the Public Company "
 "Accounting Oversight Board. Mr. McDonough will take steps to relinquish his current responsibilities at the Federal "
 "Reserve Bank of New York prior to assuming his role as Chairperson of the PCAOB. In addition, in accordance with the "
 "plan adopted by the Commission on March 4, 2003, the Commission will complete a thorough background investigation "
 "before Mr. McDonough's formal appointment.",
 "securities regulation/accounting oversight", "regulatory,leadership,executives",
 "U.S. Securities and Exchange Commission, press release 2003-48, '" + T1 + "', Washington, D.C., April 15, 2003, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/press/2003-48.htm' address): first-party text, 41e's and 51za's sec.gov items the same way. Left out: the "
 "heading (kept as `title`), the dateline 'Washington, D.C., April 15, 2003 -- ' that opens the first paragraph (kept "
 "as `published`; the page shows no 'FOR IMMEDIATE RELEASE' line, the release number is in the address and kept in "
 "the attribution), the closing line 'See Also:  Statement of SEC Chairman William Donaldson; Statement of William J. "
 "McDonough' (links to two other papers, not the release's prose) and 'Last modified: 4/15/2003' (page chrome). The "
 "release is taken whole: the store's excerpt reaches the page's end (`truncated` false). Kept as written: "
 "'Chairperson' (not 'Chairman'), 'five-member', 'Mr. McDonough' throughout, 'First Chicago Corp.' with its point, "
 "'its bank, First National Bank of Chicago' without an article, 'the Federal Reserve Chairman' and 'the Secretary of "
 "the Treasury' unnamed, the long quotation of the Act's words with its straight quotation marks, 'March 4, 2003'. 266 "
 "words. One text per matter: Chairman Donaldson's statement at the press briefing (spch041503whd, a speech on the same "
 "selection), the thecorporatecounsel.net and accountingtoday notes of the same day (not federal works) are not taken; "
 "McDonough's resignation in 2005 (press release 2005-135, another step) is left for a later round. Found with 'SEC "
 "press release 2006 Kayla Gillan reappointed PCAOB board member Federal Reserve Governor Mark W. Olson Chairman FOR "
 "IMMEDIATE RELEASE' (rank 8), again with 'Statement of the Commission Regarding the Selection of the Chairperson of "
 "the Public Company Accounting Oversight Board McDonough' (rank 1). "
 + CHECK + "'McDonough', '2003-48', 'Federal Open Market Committee': 0 in the corpus files, GATHERING.md, the gather "
 "scripts, /work/notes/gather52 and the pools; 'First Chicago' only in 45zf's Banc One / First Chicago NBD branch "
 "divestiture of 1998 (another matter) and its scripts; 'First National Bank of Chicago' only in a Wikipedia biography "
 "(wp-folorunso-alakija) and 30a's scripts; 'Federal Reserve Bank of New York' in files of other matters (LCH.Clearnet "
 "exemptions, the Bangladesh Bank robbery); 'Public Company Accounting Oversight Board' in 51u's Goelzer file (the "
 "2009 acting chairman, another step) and the LCH.Clearnet file.",
 False))

# ---- Bill Gradison named acting PCAOB Chairperson, SEC press release 2005-171, 2 December 2005 (sec.gov) --------------
U2 = "https://sec.gov/news/press/2005-171.htm"
T2 = "SEC Names Bill Gradison Acting Chairperson; Approves PCAOB Appointment Procedures"
R.append(federal(
 "us-sec-bill-gradison-acting-chairperson-pcaob-federal-home-loan-bank-cincinnati-2005", U2, "2005-12-02", T2,
 "The Securities and Exchange Commission today announced it had appointed Bill Gradison acting Chairperson for the "
 "Public Company Accounting Oversight Board and adopted procedures for the selection of permanent Chairpersons and "
 "Board members.\n\n"
 "The PCAOB, which is subject to oversight by the Commission, was created by the Sarbanes-Oxley Act of 2002 and is "
 "responsible for supervising accounting firms that audit public companies.\n\n"
 "\"As a founding member of the PCAOB, Bill Gradison has demonstrated the leadership ability and experience necessary "
 "to oversee the continued progress of this important organization,\" SEC Chairman Christopher Cox said. \"During "
 "this interim period, I look forward to working with him, his colleagues, and the PCAOB staff for the protection of "
 "investors.\"\n\n"
 "\"The selection of the next Chairman of the PCAOB will be substantially aided by the Commission's procedural action "
 "announced today. These new procedures are intended to make the selection process transparent, to encourage the "
 "thorough consideration of all qualified candidates, to ensure a thorough vetting of candidates, and to establish "
 "timetables for the expeditious appointment of individuals of the highest caliber for this critical body,\" Chairman "
 "Cox said. \"I deeply appreciate the thoughtful contributions that my fellow Commissioners and the professional staff "
 "of the SEC have made to this enduring framework that will benefit investors for years to come.\"\n\n"
 "Gradison, a founding member of the board, has served as the Chairman of the Board of Directors of the Federal Home "
 "Loan Bank of Cincinnati, an investment broker, and a corporate director.",
 "securities regulation/accounting oversight", "regulatory,leadership,executives",
 "U.S. Securities and Exchange Commission, press release 2005-171, '" + T2 + "', Washington, D.C., Dec. 2, 2005, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/press/2005-171.htm' address): first-party text. Left out: the page lines " + PAGE_LINES + ", the heading "
 "(kept as `title`), 'FOR IMMEDIATE RELEASE', the release number '2005-171' (kept in the attribution) and the dateline "
 "'Washington, D.C., Dec. 2, 2005 - ' that opens the first paragraph (kept as `published`). Cut in the fifth paragraph "
 "after its first sentence ('... and a corporate director.'), before 'He has a doctorate from Harvard University, an "
 "MBA from Harvard Business School, and an undergraduate deg', where the store's excerpt breaks off (`truncated`); "
 "the cut sentence's schools are not in the text. Kept as written: 'acting Chairperson' in lower case beside "
 "'Chairperson', 'Chairman of the PCAOB' in Cox's quotation, 'the board' in lower case and 'Board members', 'Chairman "
 "Cox said', the serial commas ('him, his colleagues, and the PCAOB staff'; 'an investment broker, and a corporate "
 "director'), 'caliber', the straight quotation marks and apostrophes. 246 words. One text per matter: "
 "investmentexecutive's rewrite of the same release (not a federal work; 51za's not-used list) is not taken; the "
 "PCAOB's next chairman (Mark Olson, 2006: investmentexecutive, accountingtoday, thecorporatecounsel.net only) gave no "
 "federal page. Found with 'Chief Accountant Conrad Hewitt SEC named Deputy Chief Accountant press release' (rank 6), "
 "again with 'SEC Appoints Mark Olson Chairman of the Public Company Accounting Oversight Board Kayla Gillan "
 "reappointed' (rank 8). "
 + CHECK + "'Gradison', '2005-171', 'Federal Home Loan Bank': 0 in the corpus files, the gather scripts and the "
 "pools; 'Gradison' only in GATHERING.md's and /work/notes/gather52's not-used lines of 51c and 51za "
 "(investmentexecutive's rewrite, not taken); 'Christopher Cox' in corpus files of other matters (the chairman "
 "convention); 'Public Company Accounting Oversight Board' in 51u's Goelzer file (the 2009 acting chairman: another "
 "appointment; its second paragraph is the same boilerplate sentence on the PCAOB) and the LCH.Clearnet file.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
