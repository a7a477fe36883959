#!/usr/bin/env python3
"""Batch 58q (session 55, gatherer 58q): four SEC litigation releases on companies and their named officers, the four
leads batch 58m left unclaimed, new matters in the federal SEC lane (after 58m, 58b, 57y, 57l, 57d, 56l, 56c and the
rounds they name):
  - sec.gov 'enforcement-litigation/litigation-releases/lr-19121' (Litigation Release No. 19121, March 4, 2005): 'SEC
    Files Fraud Charges Against Former TALX Corporation Executive Craig N. Cohen' -- 'the former chief financial officer
    of TALX Corporation, a St. Louis-based provider of employment and income verification and other human resources
    services', over TALX's fiscal 2001 results and its secondary offering of August 3, 2001;
  - the UNT Libraries' CyberCemetery copy of sec.gov 'litigation/litreleases/lr19389.htm' (Litigation Release No.
    19389, September 22, 2005): 'SWIFT TRANSPORTATION'S CHAIRMAN AND CEO TO PAY $1.25 MILLION TO SETTLE INSIDER TRADING
    CHARGES' -- Jerry C. Moyes, 'chairman and chief executive officer of Swift Transportation Co., Inc.', and his
    purchases of Swift stock after a board meeting of May 20, 2004;
  - sec.gov 'litigation/litreleases/lr-16378' (Litigation Release No. 16378, December 2, 1999; no heading: the
    caption's party names as `title`): the final judgment by consent against Robert J. Strauss, 'a former vice
    president and portfolio manager of State Mutual Insurance Company (State Mutual), of Rome, Georgia', over funds and
    securities he transferred from State Mutual from April 1995 through August 1997;
  - sec.gov 'litigation/litreleases/lr16386.htm' (Litigation Release No. 16386, December 10, 1999; no heading: the
    caption's party names as `title`): the summary judgment against Sidney W. Sers, 'the former President and Chief
    Executive Officer of Trinity Gas Corporation', over Trinity's purported Colombian oil and gas concession.
US federal government works (17 U.S.C. 105). See /work/notes/gather59/58q.md. Each matter was found by its names (58m's
leads) or by 58m's capital-heading query asked again (queries and ranks in /tmp/gather59q/src/queries.txt), and every
name, number and address was checked first against the corpus files, GATHERING.md, the gather scripts,
/work/notes/gather59 (CLAIMS.txt) and the session-55 pools /tmp/gather59*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; 2,000 characters each, State Mutual's whole
release 1,739, as saved in /tmp/gather59q/src by /tmp/gather59q/mk_src.py: the store's excerpt length, a check on the
transcription). Left out: TALX -- the page's name line 'Craig N. Cohen', 'U.S. SECURITIES AND EXCHANGE COMMISSION',
'Litigation Release No. 19121 / March 4, 2005' (the date kept as `published`), 'Accounting and Auditing Enforcement
Release No. 2200 / March 4, 2005' and the caption 'Securities and Exchange Commission v. Craig N. Cohen, Civil Action
No. 4:05-CV- 371(AGF), U.S. District Court for the Eastern District of Missouri'; the heading kept as `title`; cut after
the second paragraph ('... misleading statements to TALX's auditors.'), before the paragraph the excerpt breaks off
('The Commission charged Cohen, who is a licensed CPA, ... for fiscal years 2001 through the second quarter of ')
(`truncated`). Swift -- the archived page's furniture ('U.S. Securities & Exchange Commission *', 'SEC Seal', '* Home |
Previous Page *', 'U.S. Securities and Exchange Commission *' and the lines of asterisks), 'U.S. SECURITIES AND EXCHANGE
COMMISSION', 'Litigation Release No. 19389 / September 22, 2005' (the date kept as `published`) and the caption 'SEC v.
Moyes, CV 05-2879-PHX-MHM (D. Arizona)'; the heading kept as `title`, in capitals as written; cut after the third
paragraph ('... concerning the earnings projections and stock buyback plan.'), before the paragraph the excerpt breaks
off ('Swift timely filed the required statements of change in beneficial ownership (known as Form 4s) with the SEC
reflecting ') (`truncated`). State Mutual -- 'Litigation Release No. 16378 / December 2, 1999' (the date kept as
`published`) and the caption 'SECURITIES AND EXCHANGE COMMISSION v. ROBERT J. STRAUSS, United States District Court for
the Northern District of Georgia, Civil Action No. 1 99-CV-2965 (N.D. Ga)', whose party names are kept as `title` (no
heading: 58m's Sport-Haley and 57l's Accelr8 way); both paragraphs kept whole, to the closing 'See Litigation Release
No. 16360.' (not `truncated`: the excerpt is the whole release). Trinity Gas -- 'Breadcrumb', the page's name line
'Trinity Gas Corporation and Sidney W. Sers', 'UNITED STATES SECURITIES AND EXCHANGE COMMISSION', 'LITIGATION RELEASE
NO. 16386 / December 10, 1999' (the date kept as `published`) and the caption 'SECURITIES AND EXCHANGE COMMISSION V.
TRINITY GAS CORPORATION AND SIDNEY W. SERS, Civil Action No.4-97CV-1018Y (N.D. Tex., Fort Worth Division)', whose party
names are kept as `title` (no heading); cut after the second paragraph ('... at least $2.8 million in Trinity
funds.'), before the paragraph the excerpt breaks off ('Sers remains the subject of a civil contempt order and arrest
warrant as a result of his violations of the Court's January 7,') (`truncated`). No word added or changed; the store's
paragraphs kept, joined by a blank line. Each kept paragraph and the title checked by script to be a verbatim
substring (once) of the saved excerpt. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch58q.py [POOL_DIR] [--dry]   (default /tmp/gather59q/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather59 and the session-55 pools /tmp/gather59*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather59/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather59q/pool"
SRC = "/tmp/gather59q/src"
R = []

# ---- TALX Corporation / Craig N. Cohen, Litigation Release No. 19121, March 4, 2005 ----------------------------------
U1 = "https://sec.gov/enforcement-litigation/litigation-releases/lr-19121"
T1 = "SEC Files Fraud Charges Against Former TALX Corporation Executive Craig N. Cohen"
P1 = [
 "Today, the Securities and Exchange Commission filed a complaint in the U.S. District Court for the Eastern District "
 "of Missouri against Craig N. Cohen, the former chief financial officer of TALX Corporation, a St. Louis-based "
 "provider of employment and income verification and other human resources services. In its complaint, the "
 "Commission alleges that Cohen violated the antifraud and other provisions of the federal securities laws.",
 "According to the complaint, during fiscal 2001, and through a secondary offering of common stock completed on "
 "August 3, 2001, TALX placed emphasis on meeting its internal and external financial projections, and highlighted "
 "its earnings growth to the market. Cohen caused TALX, however, to meet its 2001 financial targets through "
 "fraudulent accounting maneuvers. The misstatements included an improper bill and hold transaction; recognizing "
 "revenue prematurely; capitalizing costs relating to a license agreement that should have been expensed; and "
 "expensing executive bonuses in the wrong period. As a result, TALX overstated its 2001 pre-tax income by "
 "approximately $2.1 million, or 65%, and inflated TALX's 2001 stock price leading up to the secondary stock offering "
 "on August 3, 2001. Cohen sold TALX shares shortly after TALX announced its false fiscal 2001 results. The Commission "
 "further alleges that Cohen made misleading statements to TALX's auditors."]
R.append((["lr19121.txt"], T1, P1, federal(
 "us-sec-talx-former-cfo-cohen-fiscal-2001-accounting-fraud-secondary-offering-2005",
 U1, "2005-03-04", T1, "\n\n".join(P1),
 "human resources services/securities regulation",
 "legal,regulatory,accounting,revenue recognition,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 19121, '" + T1 + "', March 4, 2005 (Securities and "
 "Exchange Commission v. Craig N. Cohen, Civil Action No. 4:05-CV- 371(AGF), U.S. District Court for the Eastern "
 "District of Missouri), US federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it ('enforcement-litigation/"
 "litigation-releases/lr-19121'): first-party text. Left out: the page's name line 'Craig N. Cohen', 'U.S. SECURITIES "
 "AND EXCHANGE COMMISSION', 'Litigation Release No. 19121 / March 4, 2005' (the date kept as `published`), "
 "'Accounting and Auditing Enforcement Release No. 2200 / March 4, 2005' (stored over two lines) and the caption "
 "'Securities and Exchange Commission v. Craig N. Cohen, Civil Action No. 4:05-CV- 371(AGF), U.S. District Court for "
 "the Eastern District of Missouri'. The heading is `title`, as written. Cut after the second paragraph ('... Cohen "
 "made misleading statements to TALX's auditors.'), before the paragraph the store's excerpt breaks off ('The "
 "Commission charged Cohen, who is a licensed CPA, with causing TALX to make material financial misrepresentations in "
 "Forms 8-K, 10-K and 10-Q for fiscal years 2001 through the second quarter of ') (`truncated`). Kept as written: "
 "'Today,' opening the text, 'St. Louis-based', 'bill and hold' without hyphens, 'maneuvers', 'pre-tax', '65%'. 207 "
 "words (whitespace-split), two paragraphs. Found at rank 1 under 'TALX Corporation Craig N. Cohen former chief "
 "financial officer litigation release St. Louis employment and income verification' (58m's lead, first met at rank "
 "8 of its staffing-company heading); rank 3 was the UNT CyberCemetery copy of Litigation Release No. 19120 of the "
 "same day, SEC v. TALX Corporation ('TALX Corporation Settles Accounting Fraud Charges and Consents to $2.5 Million "
 "Penalty'), the same matter, not taken. One text per matter: this release, Release No. 19120 against TALX, the "
 "complaints and any judgment or order against TALX or Cohen over the fiscal 2001-2004 statements are one matter. "
 + CHECK + "'TALX', 'Craig N. Cohen', '19121', '19120': 0 in the corpus files, the scripts and the pools; in "
 "GATHERING.md only 58m's leads ('Cohen' alone names other people, as 55l's Steven M. Cohen of RS Investment).",
 True)))

# ---- Swift Transportation Co., Inc. / Jerry C. Moyes, Litigation Release No. 19389, September 22, 2005 -------------
U2 = ("https://cybercemetery.unt.edu/archive/oilspill/20130218031932/http://www.sec.gov/litigation/litreleases/"
      "lr19389.htm")
T2 = "SWIFT TRANSPORTATION'S CHAIRMAN AND CEO TO PAY $1.25 MILLION TO SETTLE INSIDER TRADING CHARGES"
P2 = [
 "The Securities and Exchange Commission yesterday filed a settled enforcement action against Jerry C. Moyes, chairman "
 "and chief executive officer of Swift Transportation Co., Inc., for insider trading in the stock of Swift. Swift is "
 "one the largest U.S. trucking companies with over 20,000 employees and revenues of $3 billion. Moyes agreed to pay "
 "approximately $1.25 million in disgorgement, prejudgment interest and penalties to settle this matter.",
 "The Commission's complaint, filed in the United States District Court for the District of Arizona, alleges that "
 "Moyes bought 187,000 shares of Swift stock on the two trading days before Swift's May 24, 2004 public announcement "
 "that the company projected better than expected second quarter earnings, and that Swift's board had authorized a $40 "
 "million stock repurchase plan. Swift's share price rose 20% the day after the announcement. Moyes' unrealized profit "
 "from the trades was over $622,000.",
 "The complaint alleges that Moyes attended a May 20, 2004 board meeting at which Swift's CFO presented better than "
 "expected second quarter 2004 earnings estimates. During the May 20 meeting, the board also authorized a $40 million "
 "addition to Swift's ongoing $100 million stock repurchase plan. The Commission's action alleges that Moyes breached "
 "his fiduciary duty to Swift by purchasing 87,000 Swift shares on May 21 and 100,000 Swift shares on May 24 on the "
 "basis of the material, nonpublic information concerning the earnings projections and stock buyback plan."]
R.append((["lr19389.txt"], T2, P2, federal(
 "us-sec-swift-transportation-chairman-ceo-moyes-insider-trading-settlement-2005",
 U2, "2005-09-22", T2, "\n\n".join(P2),
 "trucking/securities regulation", "legal,regulatory,insider trading,stock repurchase,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 19389, '" + T2 + "', September 22, 2005 (SEC v. "
 "Moyes, CV 05-2879-PHX-MHM, D. Arizona), US federal government work (public domain); text of the sec.gov page as the "
 "UNT Libraries' CyberCemetery web archive holds it, from the search tool's page store at " + U2,
 "US SEC release on sec.gov (UNT CyberCemetery web archive copy; search tool page store)",
 "An SEC litigation release (a US federal work, public domain) on sec.gov (litigation/litreleases/lr19389.htm) as the "
 "UNT Libraries' CyberCemetery (cybercemetery.unt.edu, an archive of federal web sites) holds the page: the SEC's own "
 "page, archived unchanged, no third-party copy (51i's Dollar General release came the same way). Left out: the "
 "archived page's furniture ('U.S. Securities & Exchange Commission *', 'SEC Seal', '* Home | Previous Page *', 'U.S. "
 "Securities and Exchange Commission *' and four lines of asterisks), 'U.S. SECURITIES AND EXCHANGE COMMISSION', "
 "'Litigation Release No. 19389 / September 22, 2005' (the date kept as `published`) and the caption 'SEC v. Moyes, "
 "CV 05-2879-PHX-MHM (D. Arizona)'. The heading is `title`, in capitals as written. Cut after the third paragraph "
 "('... concerning the earnings projections and stock buyback plan.'), before the paragraph the store's excerpt "
 "breaks off ('Swift timely filed the required statements of change in beneficial ownership (known as Form 4s) with "
 "the SEC reflecting ') (`truncated`). Kept as written: 'one the largest U.S. trucking companies' (the release's "
 "missing 'of' not mended), 'Moyes'' with the apostrophe alone, 'better than expected' without hyphens, 'CFO'. 233 "
 "words (whitespace-split), three paragraphs. Found at rank 1 under 'Swift Transportation Jerry C. Moyes chairman "
 "chief executive officer insider trading litigation release' (58m's lead, first met at rank 1 of its trucking-"
 "company heading); the other ranks news, blogs and class-action pages. One text per matter: the release, the "
 "complaint and the consent judgment against Moyes over his May 2004 purchases of Swift stock are one matter (Swift's "
 "later going-private and class actions are others, not looked for). " + CHECK + "'Swift Transportation', 'Jerry "
 "Moyes', 'Jerry C. Moyes', '19389', '05-2879': 0 in the corpus files, the scripts and the pools; in GATHERING.md only "
 "58m's leads ('Moyes' alone is Chris Moyes of 58a's Go North East file, another man).",
 True)))

# ---- State Mutual Insurance Company / Robert J. Strauss, Litigation Release No. 16378, December 2, 1999 --------------
U3 = "https://www.sec.gov/litigation/litreleases/lr-16378"
T3 = "SECURITIES AND EXCHANGE COMMISSION v. ROBERT J. STRAUSS"
P3 = [
 "The Commission announced that on November 24, 1999, the Honorable Richard W. Story entered a final judgment of "
 "permanent injunction by consent enjoining Robert J. Strauss (Strauss), a former vice president and portfolio manager "
 "of State Mutual Insurance Company (State Mutual), of Rome, Georgia from future violations of Section 17(a) of the "
 "Securities Act of 1933 and Section 10(b) of the Securities Exchange Act of 1934, and Rule 10b-5 thereunder. In "
 "addition, Strauss was barred from serving as an officer or director of any publicly held company.",
 "The Commission's complaint sets forth Strauss's scheme to defraud and efforts taken to conceal his activities from "
 "State Mutual. For example, from April 1995 through August 1997, the complaint alleges that Strauss fraudulently "
 "transferred over $16 million in funds and securities from State Mutual, of which Strauss misappropriated "
 "approximately $5.8 million. Strauss fraudulently transferred the funds and securities without State Mutual's "
 "authorization and in contravention of its investment policies. In addition, Strauss received kickbacks of "
 "approximately $3.2 million in money and/or stock for the unauthorized securities transactions and unauthorized "
 "transfers of money. Strauss concealed his conduct by, among other things, falsifying entries on State Mutual's books "
 "and records, falsifying reports to State of Georgia regulatory authorities, and by making false representations to "
 "State Mutual's internal and independent auditors. See Litigation Release No. 16360."]
R.append((["lr16378.txt"], T3, P3, federal(
 "us-sec-state-mutual-insurance-former-vice-president-strauss-misappropriation-consent-judgment-1999",
 U3, "1999-12-02", T3, "\n\n".join(P3),
 "insurance/securities regulation", "legal,regulatory,misappropriation,kickbacks,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 16378, December 2, 1999 (Securities and Exchange "
 "Commission v. Robert J. Strauss, United States District Court for the Northern District of Georgia, Civil Action No. "
 "1 99-CV-2965 (N.D. Ga)), US federal government work (public domain); text from the search tool's page store at "
 + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it ('litigation/litreleases/"
 "lr-16378'): first-party text. Left out: 'Litigation Release No. 16378 / December 2, 1999' (the date kept as "
 "`published`) and the caption 'SECURITIES AND EXCHANGE COMMISSION v. ROBERT J. STRAUSS, United States District Court "
 "for the Northern District of Georgia, Civil Action No. 1 99-CV-2965 (N.D. Ga)' -- the release has no heading, so the "
 "caption's party names are the `title`, in capitals as written (58m's Sport-Haley and 57l's Accelr8 way). Both "
 "paragraphs kept whole: the store's excerpt (1,739 characters, under its 2,000-character cut) is the whole release, "
 "ending with 'See Litigation Release No. 16360.' (the release of the filing, the same matter; not `truncated`). Kept "
 "as written: '(Strauss)' and '(State Mutual)' without quotation marks, 'of Rome, Georgia from' without a comma, "
 "'and/or', 'State of Georgia regulatory authorities'. 220 words (whitespace-split), two paragraphs. Found at rank 1 "
 "under 'State Mutual Insurance Company Robert J. Strauss former vice president portfolio manager Rome, Georgia "
 "litigation release' (58m's lead, first met at rank 4 of its insurance-holding-company heading); rank 2 a news story "
 "of the filing (financial-planning.com, not first-party, left alone), rank 3 the company's Wikipedia article (no word "
 "of the case). One text per matter: this release, Release No. 16360 (the filing), the complaint and Strauss's "
 "criminal case over the same transfers are one matter. " + CHECK + "'State Mutual', 'Robert J. Strauss', '16378', "
 "'16360', '99-CV-2965': 0 in the corpus files, the scripts and the pools; in GATHERING.md only 58m's leads ('Strauss' "
 "alone names other people: FCC, Hansard, Northrop and Competitive Technologies files).",
 False)))

# ---- Trinity Gas Corporation / Sidney W. Sers, Litigation Release No. 16386, December 10, 1999 ----------------------
U4 = "http://www.sec.gov/litigation/litreleases/lr16386.htm"
T4 = "SECURITIES AND EXCHANGE COMMISSION V. TRINITY GAS CORPORATION AND SIDNEY W. SERS"
P4 = [
 "The Securities and Exchange Commission announced that on November 23, 1999, the Honorable Terry Means, United States "
 "District Judge for the Northern District of Texas, Ft. Worth Division, granted a summary judgment against defendant "
 "Sidney W. Sers, the former President and Chief Executive Officer of Trinity Gas Corporation. The Judgment "
 "permanently enjoined Sers from violating Sections 5(a), 5(c) and 17(a) of the Securities Act of 1933, and Section "
 "10(b) of the Securities Exchange Act of 1934 and rule 10b-5 thereunder. Sers was also ordered to pay disgorgement of "
 "$11,607,442, plus prejudgment interest, and a civil penalty of $110,000. In partial satisfaction of the disgorgement "
 "order, the Court directed that approximately $4 million of Sers' funds that was previously frozen by the Court, be "
 "turned over to the reorganized Trinity for the benefit of its shareholders.",
 "The Court found that between May 1996 and November 1997, in connection with the offer, purchase and sale of Trinity "
 "stock, Sers knowingly and intentionally made material misstatements and omitted to state material facts concerning, "
 "among other things, Trinity's purported ownership and valuation of a Colombian oil and gas concession. The Court "
 "further found that during the period that Sers was publicly disseminating false and misleading information, he "
 "directly and indirectly sold at least 49 million unregistered Trinity shares to the public, including 2.68 million "
 "shares in the over-the-counter market. Sers was also found to have misappropriated at least $2.8 million in Trinity "
 "funds."]
R.append((["lr16386.txt"], T4, P4, federal(
 "us-sec-trinity-gas-former-president-ceo-sers-colombian-concession-summary-judgment-1999",
 U4, "1999-12-10", T4, "\n\n".join(P4),
 "oil and gas/securities regulation", "legal,regulatory,offering fraud,misappropriation,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 16386, December 10, 1999 (Securities and Exchange "
 "Commission v. Trinity Gas Corporation and Sidney W. Sers, Civil Action No. 4-97CV-1018Y, N.D. Tex., Fort Worth "
 "Division), US federal government work (public domain); text from the search tool's page store at " + U4,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it ('litigation/litreleases/"
 "lr16386.htm'): first-party text. Left out: 'Breadcrumb' (page furniture), the page's name line 'Trinity Gas "
 "Corporation and Sidney W. Sers', 'UNITED STATES SECURITIES AND EXCHANGE COMMISSION', 'LITIGATION RELEASE NO. 16386 / "
 "December 10, 1999' (the date kept as `published`) and the caption 'SECURITIES AND EXCHANGE COMMISSION V. TRINITY GAS "
 "CORPORATION AND SIDNEY W. SERS, Civil Action No.4-97CV-1018Y (N.D. Tex., Fort Worth Division)' -- the release has "
 "no heading, so the caption's party names are the `title`, in capitals as written (58m's Sport-Haley way). Cut after "
 "the second paragraph ('... misappropriated at least $2.8 million in Trinity funds.'), before the paragraph the "
 "store's excerpt breaks off ('Sers remains the subject of a civil contempt order and arrest warrant as a result of "
 "his violations of the Court's January 7,') (`truncated`). Kept as written: 'President and Chief Executive Officer' "
 "(capitals), 'Ft. Worth Division', 'The Judgment' and 'the Court' capitalised, 'rule 10b-5' in lower case, 'Sers'' "
 "with the apostrophe alone, '$4 million of Sers' funds that was'. 239 words (whitespace-split), two paragraphs. "
 "Found at rank 4 under 'SEC CHARGES FORMER OFFICERS OF OIL AND GAS COMPANY WITH FRAUD; chief executive officer, chief "
 "financial officer and vice president Litigation Release 2003' (58m's query 7 asked again: a query by the names "
 "found only shareholder-committee posts); rank 6 the govdocs1 copy of Litigation Release No. 16053 (February 4, 1999: "
 "the judgments against Trinity Gas Corporation ('Trinity USA') and relief defendant Trinity Gas Colombia), the same "
 "matter, not taken. One text per matter: Releases 16053 and 16386, the complaint and every judgment or contempt "
 "order against Trinity USA, Trinity Colombia or Sers are one matter. " + CHECK + "'Trinity Gas', 'Sidney W. Sers', "
 "'16386', '16053', 'Farallones': 0 in the corpus files, the scripts and the pools; in GATHERING.md only 58m's leads "
 "('Sers' as a string only inside other words, as 'servers' and 'users').",
 True)))


def verify():
    """Each kept paragraph and the title occur verbatim (once) in the saved excerpt, line breaks read as spaces."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read() for s in srcs)
        flat = raw.replace("\u00a0", " ").replace("\n", " ")
        for p in ([title] if title else []) + paras:
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
