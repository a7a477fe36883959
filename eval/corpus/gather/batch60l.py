#!/usr/bin/env python3
"""Batch 60l (session 56, gatherer 60l): three SEC texts naming companies, the officers charged or sentenced over
them with their posts, and a parent and its subsidiary, new matters in the federal SEC lane (after 60e, 60b, 59g, 59b,
58q, 58m, 58b, 57y, 57l, 57d, 56l, 56c and the rounds they name), found by asking matters by the company and its
officers' names beside 'Litigation Release' after 60e's and 60b's leads (Osiris, Steel Technologies / Mitsui) and two
release-styled queries reached only news, filings and copies:
  - sec.gov 'litigation/litreleases/lr18925.htm' (Litigation Release No. 18925, October 7, 2004): 'DOUGLAS MURPHY AND
    DAVID KAY FOUND GUILTY OF VIOLATING FOREIGN CORRUPT PRACTICES ACT IN CRIMINAL ACTION BROUGHT BY DEPARTMENT OF
    JUSTICE' -- the jury verdict against American Rice, Inc.'s former president Douglas Murphy and its former vice
    president of operations David Kay over bribes to Haitian customs officials in 1998 and 1999 (the release an earlier
    DOJ-lane round met and left to the SEC lane);
  - the UNT Libraries' CyberCemetery copy of sec.gov 'litigation/litreleases/lr19240.htm' (Litigation Release No.
    19240, May 26, 2005): 'FORMER OFFICERS OF CHARTER COMMUNICATIONS, INC. SENTENCED FOR PERPETRATING FINANCIAL
    REPORTING SCHEMES' -- the sentences of Charter's former Chief Operating Officer David G. Barford, former Chief
    Financial Officer Kent D. Kalkwarf and former Senior Vice President of Operations David L. McCall (and James H.
    Smith III, whose post falls in the cut-off sentence);
  - sec.gov 'news/press/2008/2008-71.htm' (press release 2008-71, May 1, 2008): 'SEC Charges McCann-Erickson Worldwide
    With Accounting Fraud' -- McCann-Erickson Worldwide, its holding company Interpublic Group of Companies, Inc. (IPG),
    McCann's former Vice Chairman of Finance and Operations and CFO Salvatore LaGreca and Brian Watson, with Linda
    Thomsen of the Division of Enforcement and Mark Schonfeld of the New York Regional Office.
US federal government works (17 U.S.C. 105). See /work/notes/gather61/60l.md. Queries and ranks in
/tmp/gather61l/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather61 (CLAIMS.txt) and the session-56 pools /tmp/gather61*/pool. The
texts are the search tool's page-store excerpts (corpus `pages`; each 2,000 bytes in UTF-8, the store's cut: American
Rice's and Charter's 2,000 characters, McCann's 1,998 with its one em dash), as saved in /tmp/gather61l/src by
/tmp/gather61l/mk_src.py.
Left out: American Rice -- 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 18925 / October 7,
2004' (the date kept as `published`) and the two captions 'U.S. v. David Kay and Douglas Murphy, C.R. No. H-01-914
(S.D.Texas)' and 'SEC v. Douglas A. Murphy, David G. Kay and Lawrence H. Theriot, Civil Action No. H-02-2908 (S.D.
Texas)'; the heading kept as `title`; cut inside the second paragraph after '... pay cash bribes to certain customs
officials.', before the sentence the excerpt breaks off ('To hide the payments, Kay then directed American Rice's
controller in Haiti') (`truncated`). Charter -- the archived page's banner lines ('U.S. Securities & Exchange
Commission *', 'SEC Seal', '* Home | Previous Page *', the asterisk lines), 'U.S. SECURITIES AND EXCHANGE COMMISSION',
'Litigation Release No. 19240 / May 26, 2005' (the date kept as `published`), 'Accounting and Auditing Enforcement
Release No. 2250' and the caption 'UNITED STATES OF AMERICA v. DAVID G. BARFORD, KENT D. KALKWARF, DAVID L. MCCALL AND
JAMES H. SMITH III , (United States District Court for the Eastern District of Missouri, Crim. No. 4:03 CR 00434
CEJ)'; the heading kept as `title`; cut inside the second paragraph after McCall's sentence ('... ordered to pay a
$200,000 fine.'), before the sentence the excerpt breaks off ('Smith, a former Charter Senior Vice President of
Operations, pled guilty') (`truncated`). McCann -- the page lines 'U.S. Securities & Exchange Commission', 'SEC
Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', the sub-heading 'Holding Company, Two Former
Executives Also Charged', 'FOR IMMEDIATE RELEASE' and '2008-71' (the release number) and the dateline 'Washington,
D.C., May 1, 2008 \u2014 ' that opens the first paragraph (the date kept as `published`); the heading kept as
`title`; cut inside the fifth paragraph after its second sentence ('... and budgeting.'), before the sentence the
excerpt breaks off ('Watson, a resident of the United Kingdom, joined M') (`truncated`). No word added or changed; the
store's paragraphs kept, joined by a blank line. Each kept paragraph and the title checked by script to be a verbatim
substring (once) of the saved excerpt. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch60l.py [POOL_DIR] [--dry]   (default /tmp/gather61l/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

SEC_UNT = "US SEC release on sec.gov (UNT Libraries' CyberCemetery web archive copy; search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather61 and the session-56 pools /tmp/gather61*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather61/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather61l/pool"
SRC = "/tmp/gather61l/src"
R = []

# ---- American Rice, Inc. / Douglas Murphy and David Kay, Litigation Release No. 18925, October 7, 2004 --------------
U1 = "http://www.sec.gov/litigation/litreleases/lr18925.htm"
T1 = ("DOUGLAS MURPHY AND DAVID KAY FOUND GUILTY OF VIOLATING FOREIGN CORRUPT PRACTICES ACT IN CRIMINAL ACTION BROUGHT "
      "BY DEPARTMENT OF JUSTICE")
P1 = [
 "On October 6, a federal jury in Houston, Texas, found defendants Douglas Murphy and David Kay, former officers of "
 "American Rice, Inc., a Houston based rice company, guilty of authorizing over $500,000 in bribes to Haitian customs "
 "officials during 1998 and 1999 to reduce American Rice's import taxes illegally in violation of the Foreign Corrupt "
 "Practices Act. The jury also found defendant Murphy guilty of obstruction of justice in connection with a parallel "
 "civil investigation of the bribery payments by the Securities and Exchange Commission. Murphy, a resident of Texas, "
 "was American Rice's president at the time of the violations. Kay, also a resident of Texas, was an American Rice "
 "vice president of operations and reported to Murphy. The defendants are to be sentenced on January 6. This criminal "
 "action, brought by the Department of Justice, arose out of a joint investigation with the Securities and Exchange "
 "Commission.",
 "According to the indictments against Murphy and Kay, filed in the United States District Court for the Southern "
 "District of Texas, in advance of certain rice shipments to Haiti between January 1998 and October 1999, Kay directed "
 "an American Rice employee to prepare false shipping records that underreported the tonnage of rice on the relevant "
 "vessels. Haitian customs officials used the false records to clear the American Rice vessels through customs. After "
 "the vessels cleared customs, Kay allegedly directed American Rice employees in Haiti pay cash bribes to certain "
 "customs officials."]
R.append((["lr18925.txt"], T1, P1, federal(
 "us-sec-american-rice-former-president-murphy-vice-president-kay-haiti-customs-bribes-verdict-2004",
 U1, "2004-10-07", T1, "\n\n".join(P1),
 "food/securities regulation", "legal,regulatory,foreign bribery,executives,criminal trial",
 "U.S. Securities and Exchange Commission, Litigation Release No. 18925, '" + T1 + "', October 7, 2004 (U.S. v. David "
 "Kay and Douglas Murphy, C.R. No. H-01-914 (S.D. Texas); SEC v. Douglas A. Murphy, David G. Kay and Lawrence H. "
 "Theriot, Civil Action No. H-02-2908 (S.D. Texas)), US federal government work (public domain); text from the search "
 "tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it ('litigation/litreleases/"
 "lr18925.htm'): first-party text. Left out: 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 18925 "
 "/ October 7, 2004' (the date kept as `published`) and the two captions 'U.S. v. David Kay and Douglas Murphy, C.R. "
 "No. H-01-914 (S.D.Texas)' and 'SEC v. Douglas A. Murphy, David G. Kay and Lawrence H. Theriot, Civil Action No. "
 "H-02-2908 (S.D. Texas)'. The heading is `title`, in capitals as written. Cut inside the second paragraph after '... "
 "pay cash bribes to certain customs officials.', before the sentence the store's excerpt breaks off ('To hide the "
 "payments, Kay then directed American Rice's controller in Haiti') (`truncated`). Kept as written: 'a Houston based "
 "rice company' without a hyphen, 'American Rice employees in Haiti pay cash bribes' (no 'to'), 'underreported'. 239 "
 "words (whitespace-split), two paragraphs. Found at rank 2 under 'Litigation Release American Rice, Inc. David Kay "
 "Douglas Murphy Haiti customs officials bribes' (the matter GATHERING.md names in a DOJ-lane round's notes: 'sec.gov "
 "lr18925, lr17651 and the SEC complaint came back -- the SEC lane's, not taken here'); rank 1 was the SEC's complaint "
 "(comp17651.htm), rank 3 the 2002 release lr17651 (the SEC's civil action: it names the two men only as 'two former "
 "officers', so the 2004 release, which gives their posts, is taken), ranks 4-8 law-firm and blog pages (aoshearman, "
 "shearman, briberymatters, millerchevalier, fcpablog). One text per matter: this release, lr17651, the SEC's "
 "complaint, the indictments, the verdict, the sentences and the Fifth Circuit's rulings over the 1998-1999 Haiti "
 "payments are one matter. " + CHECK + "'American Rice', 'Douglas Murphy', 'David Kay', 'Theriot', '18925', '17651', "
 "'H-02-2908', 'Rice Corporation of Haiti': 0 in the corpus files, the scripts and the pools; in GATHERING.md only the "
 "DOJ-lane line above.",
 True)))

# ---- Charter Communications, Inc. / Barford, Kalkwarf, McCall, Smith, Litigation Release No. 19240, May 26, 2005 -----
U2 = ("https://cybercemetery.unt.edu/archive/oilspill/20130218031932/http://www.sec.gov/litigation/litreleases/"
      "lr19240.htm")
T2 = "FORMER OFFICERS OF CHARTER COMMUNICATIONS, INC. SENTENCED FOR PERPETRATING FINANCIAL REPORTING SCHEMES"
P2 = [
 "On April 22, 2005, the Honorable Carol E. Jackson of the United States District Court in St. Louis, Missouri "
 "sentenced David G. Barford, Kent D. Kalkwarf, David L. McCall and James H. Smith III for their roles in two financial "
 "reporting schemes that were the subject of a July 2004 Commission action against Charter Communications, Inc, one "
 "of the largest cable television operators in the United States. One scheme caused Charter to report inflated "
 "subscriber numbers during certain periods in fiscal year 2001 and the other scheme resulted in inflated revenue and "
 "operating cash flow figures for fiscal year 2000.",
 "In the criminal case, Barford, Charter's former Chief Operating Officer, pled guilty to one count of conspiracy to "
 "commit wire fraud and was sentenced to one year and one day in prison and was ordered to serve two years of "
 "supervised release after the prison term and to pay a $200,000 fine. Kalkwarf, Charter's former Chief Financial "
 "Officer, pled guilty to one count of wire fraud and was sentenced to 14 months in prison and was ordered to serve "
 "two years of supervised release after the prison term and to pay a $200,000 fine. McCall, a former Charter Senior "
 "Vice President of Operations, pled guilty to one count of conspiracy to commit wire fraud and was sentenced to two "
 "years of probation and ordered to pay a $200,000 fine."]
R.append((["lr19240.txt"], T2, P2, federal(
 "us-sec-charter-communications-former-coo-barford-cfo-kalkwarf-senior-vp-mccall-sentenced-2005",
 U2, "2005-05-26", T2, "\n\n".join(P2),
 "cable television/securities regulation", "legal,regulatory,accounting fraud,executives,sentencing",
 "U.S. Securities and Exchange Commission, Litigation Release No. 19240, '" + T2 + "', May 26, 2005 (Accounting and "
 "Auditing Enforcement Release No. 2250; United States of America v. David G. Barford, Kent D. Kalkwarf, David L. "
 "McCall and James H. Smith III, United States District Court for the Eastern District of Missouri, Crim. No. 4:03 CR "
 "00434 CEJ), US federal government work (public domain); text as the UNT Libraries' CyberCemetery web archive holds "
 "sec.gov's page, from the search tool's page store at " + U2,
 SEC_UNT,
 "An SEC litigation release (a US federal work, public domain) on sec.gov ('litigation/litreleases/lr19240.htm') as "
 "the UNT Libraries' CyberCemetery (cybercemetery.unt.edu, its 2013 'oilspill' crawl, which took sec.gov pages with "
 "it) holds the page: the SEC's own text, archived unchanged, no third-party copy (the UNT copies the lane has taken "
 "before, 59b's DF&R and 59g's Tyson, came from the same library's End of Term 2008 archive). Left out: the archived "
 "page's banner lines ('U.S. Securities & Exchange Commission *', 'SEC Seal', '* Home | Previous Page *', 'U.S. "
 "Securities and Exchange Commission *' and the lines of asterisks), 'U.S. SECURITIES AND EXCHANGE COMMISSION', "
 "'Litigation Release No. 19240 / May 26, 2005' (the date kept as `published`), 'Accounting and Auditing Enforcement "
 "Release No. 2250' and the caption 'UNITED STATES OF AMERICA v. DAVID G. BARFORD, KENT D. KALKWARF, DAVID L. MCCALL "
 "AND JAMES H. SMITH III , (United States District Court for the Eastern District of Missouri, Crim. No. 4:03 CR 00434 "
 "CEJ)'. The heading is `title`, in capitals as written. Cut inside the second paragraph after McCall's sentence ('... "
 "ordered to pay a $200,000 fine.'), before the sentence the store's excerpt breaks off ('Smith, a former Charter "
 "Senior Vice President of Operations, pled guilty') (`truncated`): Smith's post is therefore not in the text. Kept as "
 "written: 'Charter Communications, Inc' without its final point, 'St. Louis, Missouri' with no comma after it, 'pled "
 "guilty', 'Chief Operating Officer', 'Chief Financial Officer' and 'Senior Vice President of Operations' "
 "capitalised. 229 words (whitespace-split), two paragraphs. Found at rank 1 under 'Litigation Release Charter "
 "Communications David Barford Kent Kalkwarf former chief financial officer set-top boxes'; ranks 2-8 were news "
 "(nexttv twice, semissourian, cfo.com), annualreportowl's copies of Charter's 2004 10-K and a Charter investor page. "
 "One text per matter: this release, the SEC's July 2004 action against Charter, the 2003 indictment, the pleas and "
 "the sentences over the 2000-2001 subscriber and revenue schemes are one matter (Charter's FCC, 911 and Bresnan / "
 "Time Warner Cable texts in the corpus are others). " + CHECK + "'Kalkwarf', 'David L. McCall', 'James H. Smith', "
 "'19240', '4:03 CR 00434', 'Carol E. Jackson', 'subscriber numbers': 0 in the corpus files, the scripts, the pools "
 "and GATHERING.md; 'Barford' only as other places and people (Little Barford power station, a Frank Perkins file); "
 "'Charter Communications' only in other matters (FCC notices and a Senate letter).",
 True)))

# ---- McCann-Erickson Worldwide / Interpublic Group of Companies, Inc., LaGreca, Watson, press release 2008-71 ------
U3 = "https://www.sec.gov/news/press/2008/2008-71.htm"
T3 = "SEC Charges McCann-Erickson Worldwide With Accounting Fraud"
P3 = [
 "The Securities and Exchange Commission today filed enforcement actions against global advertising network "
 "McCann-Erickson Worldwide, its parent company, and two former executives for their roles in an accounting fraud "
 "involving intercompany transactions.",
 "The SEC's complaint alleges that McCann, which owns hundreds of regional and local advertising agencies throughout "
 "the world, fraudulently misstated its financial results by improperly failing to expense intercompany charges that "
 "were instead recorded as receivables. Its holding company, Interpublic Group of Companies, Inc. (IPG), negligently "
 "failed to address the accounting problems at McCann, its largest subsidiary, resulting in material misstatements in "
 "its own financial reporting. IPG and McCann agreed to settle the SEC's charges, and McCann agreed to pay a $12 "
 "million penalty.",
 "Linda Thomsen, Director of the SEC's Division of Enforcement, said, \"A subsidiary that feeds misleading financial "
 "results to its parent defrauds the parent's public shareholders and will be held accountable.\"",
 "Mark Schonfeld, Director of the SEC's New York Regional Office, added, \"McCann ignored its intercompany problems "
 "year after year, and even worse purposely avoided addressing the problems to ensure it hit profit targets.\"",
 "Also charged in a separate settled enforcement action were Salvatore LaGreca of Port Washington, N.Y., and Brian "
 "Watson, a resident of the United Kingdom. LaGreca served as McCann's Vice Chairman of Finance and Operations and its "
 "CFO from January 1996 to October 2002, and oversaw McCann's accounting, financial reporting, strategic planning, "
 "mergers and acquisitions, and budgeting."]
R.append((["2008-71.txt"], T3, P3, federal(
 "us-sec-mccann-erickson-interpublic-former-cfo-lagreca-intercompany-accounting-fraud-2008",
 U3, "2008-05-01", T3, "\n\n".join(P3),
 "advertising/securities regulation", "legal,regulatory,accounting fraud,executives,subsidiary",
 "U.S. Securities and Exchange Commission, press release 2008-71, '" + T3 + "', May 1, 2008 (SEC v. Interpublic Group "
 "of Companies, Inc. and McCann-Erickson Worldwide, Inc., No. 08-CV-4075 (S.D.N.Y.); SEC v. Salvatore LaGreca and "
 "Brian Watson, No. 08-CV-4076 (S.D.N.Y.); Litigation Release No. 20547), US federal government work (public domain); "
 "text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it ('news/press/2008/2008-71.htm'): "
 "first-party text. Left out: the page lines 'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous "
 "Page' and 'U.S. Securities and Exchange Commission', the sub-heading 'Holding Company, Two Former Executives Also "
 "Charged', 'FOR IMMEDIATE RELEASE' and '2008-71' (the release number), and the dateline 'Washington, D.C., May 1, "
 "2008 \u2014 ' that opens the first paragraph (the date kept as `published`). The heading is `title`, as written. "
 "Cut inside the fifth paragraph after its second sentence ('... mergers and acquisitions, and budgeting.'), before the "
 "sentence the store's excerpt breaks off ('Watson, a resident of the United Kingdom, joined M') (`truncated`): "
 "Watson's post is therefore not in the text. Kept as written: the two quotations with their plain quotation marks, "
 "'Port Washington, N.Y.', \"McCann's Vice Chairman of Finance and Operations and its CFO\", 'year after year'. 235 "
 "words (whitespace-split), five paragraphs. Found at rank 3 under 'SEC Litigation Release Interpublic Group "
 "McCann-Erickson former controller accounting fraud subsidiary'; rank 1 was the UNT End of Term 2008 copy of the "
 "same day's Litigation Release No. 20547 (same matter: the press release, first-party on sec.gov and naming the two "
 "SEC officials and LaGreca's posts, is taken), rank 2 the complaint on pdfslide, ranks 4-8 news and the NYU SEED "
 "database (courthousenews, accountingtoday, cfo.com, adage). One text per matter: this press release, LR 20547, the "
 "two complaints and the settled judgments over McCann's intercompany accounts and IPG's 2002-2005 restatements are "
 "one matter. " + CHECK + "'McCann-Erickson', 'McCann Erickson', 'Interpublic', 'LaGreca', 'Brian Watson', '2008-71', "
 "'20547', '08-CV-4075': 0 in the corpus files, the scripts, the pools and GATHERING.md, except 'Interpublic' in one "
 "FTC file (another matter, a consent order of 2025) and 'McCann' only as other people (receivers, a bank's CFO); "
 "'Schonfeld' and 'Thomsen' as the same SEC officials in other matters.",
 True)))


def verify():
    """Each kept paragraph and the title occur verbatim (once) in the saved excerpt, line breaks read as spaces (the
    saved file's two header lines, its address and the query that found it, are not part of the excerpt)."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read().split("\n", 2)[2] for s in srcs)
        flat = raw.replace("\u00a0", " ").replace("\n", " ")
        for p in ([title] if title else []) + paras:
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
