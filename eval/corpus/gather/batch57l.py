#!/usr/bin/env python3
"""Batch 57l (session 55, gatherer 57l): four sec.gov texts on companies and their named officers charged with
accounting or disclosure fraud, new matters in the federal SEC lane (after 57d, 56l, 56c, 55zb, 55v, 55l, 55b, 54zq and
the rounds they name):
  - sec.gov 'enforcement-litigation/litigation-releases/lr-17578' (Litigation Release No. 17578, June 21, 2002): two
    civil injunctive actions over 1998 revenue recognition schemes by 'former officers and employees of Inso Corp., now
    known as eBT International, Inc.' -- its former general counsel Bruce Hill, former vice presidents Graham Marshall
    and Richard Vatcher, and its former chief executive officer Steven Paxhia as a controlling person;
  - sec.gov 'enforcement-litigation/litigation-releases/lr-16354' (Litigation Release No. 16354, November 16, 1999):
    'a Denver software development company, Accelr8 Technology Corp.', its chief executive officer, chief financial
    officer and chairman Thomas V. Geimer and its president Harry J. Fleury, charged over the Year 2000 tool 'Navig8
    2000' (said to analyse programs for Digital Equipment Corporation's VAX/VMS system only) and false financial
    statements;
  - sec.gov 'litigation/litreleases/lr17410.htm' (Litigation Release No. 17410, March 13, 2002): John P. Gallo, 'the
    former President and Chief Operating Officer of IGI, Inc.' (Buena, New Jersey; poultry vaccines), sued in the
    United States District Court for the District of New Jersey, and related actions against IGI, its former Vice
    President of Operations, former Chief Financial Officer and two former managers;
  - sec.gov 'News/PressRelease/Detail/PressRelease/1370539839881' (press release 2013-198, September 25, 2013): Troy
    Lyndon, founder, CEO and CFO of Left Behind Games Inc., and Ronald Zaucha, charged over sham circular transactions.
US federal government works (17 U.S.C. 105). See /work/notes/gather58/57l.md. Each matter was found by the company's
name, its officers' names or posts and the conduct (queries and ranks in /tmp/gather58l/src/queries.txt), and every
name, number and address was checked first against the corpus files, GATHERING.md, the gather scripts,
/work/notes/gather58 (CLAIMS.txt) and the session-55 pools /tmp/gather58*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; 2,000 characters each for the three litigation
releases, 1,962 characters (2,000 UTF-8 bytes) for 2013-198, as saved in /tmp/gather58l/src by /tmp/gather58l/mk_src.py:
the store's excerpt length, a check on the transcription). Left out: Inso -- the lines 'Breadcrumb', 'Bruce Hill, et
al.; Richard P. Vatcher' (the page's name line), 'Litigation Release No. 17578 / June 21, 2002' (the date kept as
`published`), 'Accounting and Auditing Enforcement Release No. 1582 / June 21, 2002' and the two case captions 'SEC v.
Bruce Hill, et al., (United States District Court for the District of Massachusetts, ...)' and 'SEC v. Richard P.
Vatcher,(...)'; the heading kept as `title`; cut after the first paragraph ('... offered to settle with the
Commission.'), before the sub-heading 'The Charges Against Hill and Marshall' and a paragraph the excerpt breaks off
('to place a $3 million purch') (`truncated`). Accelr8 -- the lines 'Accelr8 Technology Corporation, et. al.' (the
page's name line), 'SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 16354 / November 16 , 1999' (the date
kept as `published`), 'Accounting and Auditing Enforcement Release No. 1209 / November 16, 1999' and the caption 'SEC
v. Accelr8 Technology Corporation, et. al., U.S. District Court, D. Colorado, No. Civ. 99-D-2203' (its party names kept
as `title`, the release having no heading: 51zh's way); cut inside the third paragraph after its first sentence ('...
containing false financial statements.'), before the sentence the excerpt breaks off ('The Commission alleges that in
the qua') (`truncated`). IGI -- the lines 'Breadcrumb', 'John P. Gallo; Lawrence N. Zitto; Donald J. MacPhee' (name
line), 'LITIGATION RELEASE NO. 17410 / March 13, 2002' (the date kept as `published`), 'ACCOUNTING AUDITING ENFORCEMENT
RELEASE NO. 1521 / March 13, 2002' and the three case captions 'SEC v. JOHN P. GALLO, Civil Action No. 02-1087 (SMO)
(D.N.J. March 13, 2002)' etc.; the heading (three lines, joined by spaces: whitespace only) kept as `title`; cut after
the second paragraph ('... former Manager of International Sales.'), before the lead-in 'The Complaint against Gallo
alleges that:' and the list item the excerpt breaks off ('From fiscal year 1995 through the third quarter of fi')
(`truncated`). 2013-198 -- the lines 'Skip to main content', 'FOR IMMEDIATE RELEASE', '2013-198' and the dateline
'Washington D.C., Sept. 25, 2013 \u2014' (the date kept as `published`); the heading kept as `title`; cut after the fifth
paragraph ('... at the end of 2011.'), before 'The SEC alleges t', where the excerpt breaks off (`truncated`); the
page's six non-breaking spaces (five after sentence ends, one closing the second paragraph) written as plain spaces and
the closing one dropped at the paragraph end (whitespace only). No word added or changed; the store's paragraphs kept,
joined by a blank line (Accelr8's single line breaks made blank lines). Each kept paragraph and the title checked by
script to be a verbatim substring (once) of the saved excerpt, line breaks and non-breaking spaces read as spaces.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch57l.py [POOL_DIR] [--dry]   (default /tmp/gather58l/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather58 and the session-55 pools /tmp/gather58*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather58/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58l/pool"
SRC = "/tmp/gather58l/src"
Q = "\u2019"
LQ, RQ = "\u201c", "\u201d"
R = []

# ---- Inso Corp. (eBT International, Inc.), Litigation Release No. 17578, June 21, 2002 --------------------------------
U1 = "https://sec.gov/enforcement-litigation/litigation-releases/lr-17578"
T1 = "SEC CHARGES FORMER OFFICERS AND EMPLOYEES OF INSO CORP. WITH ACCOUNTING SCHEMES"
P1 = [
 "The Commission today filed two civil injunctive actions in federal district court in Massachusetts alleging "
 "separate revenue recognition schemes perpetrated during 1998 by former officers and employees of Inso Corp., now "
 "known as eBT International, Inc., a software company formerly located in Boston, Massachusetts and now headquartered "
 "in Providence, Rhode Island. The Commission's first complaint alleges that Inso's former general counsel, Bruce Hill "
 "of Belmont, Massachusetts, and a former vice president, Graham Marshall of Lexington, Massachusetts, engaged in fraud "
 "related to a phony $3 million sales transaction. This complaint also charges Inso's former chief executive officer, "
 "Steven Paxhia of Boston, Massachusetts, with being liable for certain violations as a controlling person of Inso. "
 "The Commission's second complaint alleges that another former Inso vice president, Richard Vatcher of Framingham, "
 "Massachusetts, engaged in fraud related to several false sales totaling approximately $3.6 million. Paxhia and "
 "Vatcher have offered to settle with the Commission."]
R.append((["lr-17578.txt"], T1, P1, federal(
 "us-sec-inso-corp-ebt-international-former-general-counsel-vice-presidents-ceo-revenue-schemes-2002",
 U1, "2002-06-21", T1, "\n\n".join(P1),
 "software/securities regulation", "legal,regulatory,accounting,revenue recognition,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 17578, '" + T1 + "', June 21, 2002 (SEC v. Bruce "
 "Hill, et al., Civil Action No. 02-CV-11244 (EFH), and SEC v. Richard P. Vatcher, Civil Action No. 02-CV-11245 (REK), "
 "D. Mass.), US federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it ('enforcement-litigation/"
 "litigation-releases/lr-17578'): first-party text. Left out: the lines 'Breadcrumb' (page furniture), 'Bruce Hill, et "
 "al.; Richard P. Vatcher' (the page's name line), 'Litigation Release No. 17578 / June 21, 2002' (the date kept as "
 "`published`), 'Accounting and Auditing Enforcement Release No. 1582 / June 21, 2002', and the two case captions "
 "'SEC v. Bruce Hill, et al., (United States District Court for the District of Massachusetts, Civil Action No. "
 "02-CV-11244 (EFH), Filed June 21, 2002)' and 'SEC v. Richard P. Vatcher,(United States District Court for the "
 "District of Massachusetts, Civil Action No. 02-CV-11245 (REK), Filed June 21, 2002)' (docket lines, as 56l's "
 "MoviePass caption); the heading kept as `title` (capitals as written). Cut after the first paragraph ('... have "
 "offered to settle with the Commission.'), before the sub-heading 'The Charges Against Hill and Marshall' and the "
 "paragraph under it, which the store's excerpt breaks off ('to place a $3 million purch') (`truncated`). Kept as "
 "written: 'Inso Corp., now known as eBT International, Inc.' (lower-case 'eBT'), 'federal district court in "
 "Massachusetts' (no court named), the residence towns after each name, 'Inso's former general counsel', 'a former "
 "vice president', 'another former Inso vice president', the straight apostrophes. 151 words (whitespace-split), one "
 "paragraph. Found at rank 7 under 'SEC Charges Hill International former executives accounting fraud' (a query "
 "for another lead that brought this release by the name Bruce Hill; rank 1 a zbook.org copy of the Hill "
 "International complaint, ranks 2-6 and 8 law-firm and blog pages). One text per matter: the two complaints of June "
 "21, 2002, the settlements with Paxhia and Vatcher and any later judgment against Hill or Marshall are one matter. "
 + CHECK + "'Inso Corp', 'eBT International', 'Paxhia', 'Vatcher', 'Graham Marshall', '17578', 'lr-17578': 0 in the "
 "corpus files, GATHERING.md, the scripts and the pools ('Inso' as a word: 0; 'Bruce Hill' not checked alone, a "
 "common name).",
 True)))

# ---- Accelr8 Technology Corp. / Geimer / Fleury, Litigation Release No. 16354, November 16, 1999 ----------------------
U2 = "https://sec.gov/enforcement-litigation/litigation-releases/lr-16354"
T2 = "SEC v. Accelr8 Technology Corporation, et. al."
P2 = [
 "The Commission today charged a Denver software development company, Accelr8 Technology Corp. (\"Accelr8\") and "
 "three members of its senior management with fraudulently misrepresenting the capabilities of its computer software "
 "products developed to solve potential Year 2000 problems in computer software programs and with filing false "
 "financial statements with the Commission.",
 "The Commission's complaint alleges that from 1997 through 1999, Accler8 and two senior officers, Thomas V. Geimer, "
 "Accler8's chief executive officer, chief financial officer, and chairman, and Harry J. Fleury, Accelr8's president, "
 "misrepresented the widespread utility of the company's Year 2000 software tools, called Navig8 2000. Accler8's "
 "Navig8 2000 software was allegedly created to analyze computer programs developed for the VAX/VMS computer system "
 "manufactured by Digital Equipment Corporation (\"DEC\"), which represent a small fraction of the programs that need "
 "remediation for Year 2000. The Commission alleges that Accler8, Geimer and Fleury failed to disclose that Navig8 "
 "2000 was developed to analyze DEC's VAX/VMS computer programs only and misrepresented that Navig8 2000 analyzed "
 "computer programs written for International Business Machine Corp.'s UNIX operating system and Microsoft "
 "Corporation's NT operating system. The Commission alleges that the misrepresentations appeared in Accler8's "
 "Commission filings, press releases, the company's website, and marketing materials distributed to investors.",
 "The Commission also alleges that from April 1998 through April 1999, Accelr8 filed annual and quarterly reports with "
 "the Commission containing false financial statements."]
R.append((["lr-16354.txt"], T2, P2, federal(
 "us-sec-accelr8-technology-ceo-cfo-chairman-geimer-president-fleury-navig8-year-2000-fraud-1999",
 U2, "1999-11-16", T2, "\n\n".join(P2),
 "software/securities regulation", "legal,regulatory,disclosure,Year 2000,software,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 16354, November 16, 1999 (SEC v. Accelr8 Technology "
 "Corporation, et. al., U.S. District Court, D. Colorado, No. Civ. 99-D-2203), US federal government work (public "
 "domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it ('enforcement-litigation/"
 "litigation-releases/lr-16354'): first-party text. Left out: the lines 'Accelr8 Technology Corporation, et. al.' (the "
 "page's name line), 'SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 16354 / November 16 , 1999' (the "
 "date kept as `published`; the space before the comma as stored), 'Accounting and Auditing Enforcement Release No. "
 "1209 / November 16, 1999' and the caption 'SEC v. Accelr8 Technology Corporation, et. al., U.S. District Court, D. "
 "Colorado, No. Civ. 99-D-2203' -- the release has no heading, so the caption's party names are the `title` (51zh's "
 "Platinum Software way). The store's single line breaks made blank lines (whitespace only). Cut inside the third "
 "paragraph after its first sentence ('... containing false financial statements.'), before the sentence the store's "
 "excerpt breaks off ('The Commission alleges that in the qua') (`truncated`). Kept as written: the release's own "
 "misspelling 'Accler8' (five times) beside 'Accelr8' (four times in the kept text), 'three members of its senior "
 "management' (the third not named in the kept text), 'Year 2000' (the millennium date problem), 'VAX/VMS', "
 "'International Business Machine Corp.'s' (singular 'Machine', as stored), 'et. al.' in the title, the straight "
 "quotation marks and apostrophes. 225 words (whitespace-split), three paragraphs. Found at rank 6 under 'SEC CHARGES "
 "FORMER OFFICERS OF SOFTWARE COMPANY WITH FINANCIAL FRAUD Litigation Release' (rank 1 the UNT web archive's copy of "
 "lr14905, Platinum Software, already in dev from 51zh -- not used). One text per matter: the complaint of November "
 "16, 1999 and any judgment or order in it are one matter. " + CHECK + "'Accelr8', 'Accler8', 'Geimer', 'Fleury', "
 "'Navig8', 'VAX/VMS', 'lr-16354': 0 in the corpus files, GATHERING.md, the scripts and the pools ('16354' only as an "
 "unrelated number in a Federal Register text in dev).",
 True)))

# ---- IGI, Inc. / Gallo / Zitto / MacPhee, Litigation Release No. 17410, March 13, 2002 ---------------------------------
U3 = "https://www.sec.gov/litigation/litreleases/lr17410.htm"
T3 = ("SEC FILES FINANCIAL FRAUD ACTIONS AND SETTLED ADMINISTRATIVE PROCEEDINGS AGAINST FORMER SENIOR OFFICERS AND "
      "MANAGERS OF IGI, INC. AND AGAINST IGI, INC.")
P3 = [
 "The Securities and Exchange Commission today filed suit in the United States District Court for the District of New "
 "Jersey against John P. Gallo (\"Gallo\"), the former President and Chief Operating Officer of IGI, Inc. (\"IGI\"), "
 "for violations of the antifraud, periodic reporting, record keeping, internal controls and lying to auditors "
 "provisions of the federal securities laws. The Complaint alleges that Gallo engaged in a fraudulent scheme to "
 "inflate IGI's assets, revenues and net income and to manage the company's reported earnings. IGI, a small animal "
 "health and cosmetics company with its principal offices located in Buena, New Jersey, manufactures, among other "
 "things, poultry vaccines and other animal health products, pet products, and cosmetics and skin care products.",
 "In related actions, the Commission filed a settled antifraud injunctive action against Lawrence N. Zitto "
 "(\"Zitto\"), IGI's former Vice President of Operations, a settled civil penalty proceeding against Donald J. "
 "MacPhee (\"MacPhee\"), IGI's former Chief Financial Officer, and instituted and simultaneously settled "
 "administrative cease-and-desist proceedings against IGI, MacPhee, William A. Dickson (\"Dickson\"), IGI's former "
 "Production Manager for Poultry Vaccines, and Stephen P. Collins (\"Collins\"), IGI's former Manager of "
 "International Sales."]
R.append((["lr17410.txt"], T3, P3, federal(
 "us-sec-igi-inc-former-president-coo-gallo-cfo-macphee-vp-zitto-poultry-vaccines-fraud-2002",
 U3, "2002-03-13", T3, "\n\n".join(P3),
 "animal health/securities regulation", "legal,regulatory,accounting,earnings management,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 17410, '" + T3 + "', March 13, 2002 (SEC v. John "
 "P. Gallo, Civil Action No. 02-1087 (SMO); SEC v. Lawrence N. Zitto, No. 02-1088 (SMO); SEC v. Donald J. MacPhee, No. "
 "02-1089 (SMO); D.N.J.), US federal government work (public domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (its older 'litigation/"
 "litreleases/lr17410.htm' address): first-party text. Left out: the lines 'Breadcrumb' (page furniture), 'John P. "
 "Gallo; Lawrence N. Zitto; Donald J. MacPhee' (the page's name line), 'LITIGATION RELEASE NO. 17410 / March 13, 2002' "
 "(the date kept as `published`), 'ACCOUNTING AUDITING ENFORCEMENT RELEASE NO. 1521 / March 13, 2002' and the three "
 "case captions 'SEC v. JOHN P. GALLO, Civil Action No. 02-1087 (SMO) (D.N.J. March 13, 2002)', 'SEC v. LAWRENCE N. "
 "ZITTO, Civil Action No. 02-1088 (SMO) (D.N.J. March 13, 2002)' and 'SEC v. DONALD J. MACPHEE, Civil Action No. "
 "02-1089 (SMO) (D.N.J. March 13, 2002)' (docket lines); the heading, three lines on the page, kept as `title` with "
 "its line breaks as spaces (whitespace only; capitals as written). Cut after the second paragraph ('... IGI's former "
 "Manager of International Sales.'), before the lead-in 'The Complaint against Gallo alleges that:' and the list item "
 "the store's excerpt breaks off ('From fiscal year 1995 through the third quarter of fi') (`truncated`). Kept as "
 "written: 'the United States District Court for the District of New Jersey', the bracketed short forms with straight "
 "quotation marks ('(\"Gallo\")', '(\"IGI\")' ...), 'the former President and Chief Operating Officer', 'IGI's former "
 "Production Manager for Poultry Vaccines', 'record keeping' (two words). 188 words (whitespace-split), two "
 "paragraphs. Found at rank 2 under 'SEC v. John P. Gallo IGI Inc. former president and chief operating officer "
 "Litigation Release inventory write-off' (a lead from an LA Times copy on ukobiw.net that an earlier query brought; "
 "rank 1 and ranks 4 and 6 the SEC's three complaints on sec.gov, court filings, not releases; the LA Times copy at "
 "3). One text per matter: the three actions of March 13, 2002, the settled proceedings against IGI, MacPhee, Dickson "
 "and Collins and any later judgment against Gallo are one matter. " + CHECK + "'IGI Inc', 'IGI, Inc', 'John P. "
 "Gallo', 'Zitto', 'MacPhee', '17410', 'lr17410': 0 in the corpus files, GATHERING.md, the scripts and the pools "
 "('Buena' only in 'Buena Vista' texts; 'Teligent', IGI's later name, not in the kept text, only another company).",
 True)))

# ---- Left Behind Games Inc. / Troy Lyndon / Ronald Zaucha, press release 2013-198, September 25, 2013 ------------------
U4 = "https://www.sec.gov/News/PressRelease/Detail/PressRelease/1370539839881"
T4 = "SEC Charges CEO of Video Game Company and Purported Consultant in Revenue Inflation Scheme"
P4 = [
 "The Securities and Exchange Commission today announced charges against the founder of a religious-themed video game "
 "manufacturer and his friend for scheming to falsely inflate the company" + Q + "s revenue by nearly 1,300 percent in "
 "a one-year period through sham circular transactions.",
 "The SEC alleges that Troy Lyndon, who serves as the CEO and CFO, caused Left Behind Games Inc. to issue almost two "
 "billion shares of stock to Ronald Zaucha as purported compensation for consulting services to the California-based "
 "company.  The true purpose of the arrangement was to enable Zaucha to sell millions of unregistered shares of Left "
 "Behind Games stock into the market and then kick back a portion of his stock proceeds to the company in order to "
 "prop up its revenue at a time when it was in dire need of additional funds.",
 "The SEC" + Q + "s complaint was filed late yesterday in federal court in Hawaii.  Lyndon lives in Honolulu and "
 "Zaucha lives in Maui.  The company" + Q + "s stock was suspended by the SEC today.",
 LQ + "Lyndon and Zaucha" + Q + "s scheme duped investors into believing Left Behind Games was becoming a successful "
 "enterprise when it was struggling to stay afloat," + RQ + " said Michele Wein Layne, Director of the SEC" + Q + "s Los "
 "Angeles Office.  " + LQ + "Lyndon essentially gave Zaucha stock in exchange for phony revenue streams that created an "
 "inaccurate portrait of the company" + Q + "s financial health." + RQ,
 "According to the SEC" + Q + "s complaint, Left Behind Games was founded in 2001 and touted itself as " + LQ + "the "
 "only publicly-traded exclusive publisher of Christian modern media" + RQ + " and " + LQ + "the world leader in the "
 "publication of Christian video games and a Christian social network provider." + RQ + "  However, financial troubles "
 "caused the company to terminate all of its employees and close its office at the end of 2011."]
R.append((["2013-198.txt"], T4, P4, federal(
 "us-sec-left-behind-games-founder-ceo-cfo-troy-lyndon-zaucha-revenue-inflation-2013",
 U4, "2013-09-25", T4, "\n\n".join(P4),
 "video games/securities regulation", "legal,regulatory,securities fraud,revenue inflation,executives",
 "U.S. Securities and Exchange Commission, press release 2013-198 '" + T4 + "', Washington D.C., Sept. 25, 2013, US "
 "federal government work (public domain); text from the search tool's page store at " + U4,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (its 'News/PressRelease/Detail/"
 "PressRelease' address of 2013): first-party text. Left out: the lines 'Skip to main content' (page furniture), 'FOR "
 "IMMEDIATE RELEASE' and '2013-198' (the release number), the dateline 'Washington D.C., Sept. 25, 2013 \u2014' (the "
 "date kept as `published`); the heading kept as `title` (it names no party: 'CEO of Video Game Company'). Cut after "
 "the fifth paragraph ('... close its office at the end of 2011.'), before 'The SEC alleges t', where the store's "
 "excerpt breaks off (`truncated`). The page's six non-breaking spaces (after five sentence ends, where the page "
 "writes two spaces, and closing the second paragraph; the excerpt's 2,000 UTF-8 bytes show them where the tool's "
 "display shows plain spaces) written as plain spaces, the closing one dropped at the paragraph end (whitespace only; "
 "the double spaces kept). Kept as written: 'Troy Lyndon, who serves as the CEO and CFO', 'Left Behind Games Inc.' (no "
 "comma) and 'Left Behind Games' afterwards, 'the California-based company', 'late yesterday', 'Michele Wein Layne, "
 "Director of the SEC" + Q + "s Los Angeles Office', 'publicly-traded', the curly quotation marks and apostrophes. "
 "283 words (whitespace-split), five paragraphs. Found at rank 1 under 'SEC Charges Left Behind Games founder Troy "
 "Lyndon Ronald Zaucha revenue inflation scheme' (a lead from a polygon.com story an earlier query brought; ranks 2-8 "
 "staradvertiser, gamesindustry.biz, polygon, securitieslawyer101, torontosun, chicagotribune's Reuters copy, "
 "christianitytoday). One text per matter: the complaint in the District of Hawaii, the trading suspension and the "
 "registration proceeding against the company announced the same day, and any later judgment are one matter. " + CHECK
 + "'Left Behind Games', 'Troy Lyndon', 'Lyndon', 'Zaucha', '2013-198', '1370539839881', 'Michele Wein Layne': 0 in "
 "the corpus files, GATHERING.md, the scripts and the pools.",
 True)))


def verify():
    """Each kept paragraph and the title occur verbatim (once) in the saved excerpt, with the store's line breaks and
    non-breaking spaces read as spaces (Accelr8's single line breaks, IGI's three-line heading, 2013-198's U+00A0)."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read() for s in srcs)
        flat = raw.replace("\u00a0", " ").replace("\n", " ")
        for p in [title] + paras:
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
