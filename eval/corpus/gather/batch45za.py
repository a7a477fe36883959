#!/usr/bin/env python3
"""Batch 45za (session 46, gatherer 45za): a medical device maker's former chief executive and former chief financial
officer sued to repay bonuses and stock profits (with two former executives named from an earlier action), an apparel
maker's former chief financial officer, former chief executive officer and former general counsel with its former
audit firm, and a Puerto Rican bank holding company settling fraud charges with the SEC's enforcement director
quoted, told in US Securities and Exchange Commission litigation releases of 2004 and 2012 and a press release of
2006 (US federal government works, 17 U.S.C. 105), a seventh round of session 46 after batches 45a, 45f, 45k, 45p,
45r and 45v in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y,
43a, 43d, 43g, 44d, 44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r and 45v; 43i and 43k found nothing) on 45v's
leads -- first-party SEC text, the sec.gov pages as the search tool's page store holds them:
  - the SEC's Litigation Release No. 22315 (2 April 2012, SEC v. Michael A. Baker and Michael T. Gluk): 'former
    ArthroCare CEO Michael A. Baker and former CFO Michael T. Gluk', 'John Raffle and David Applegate, two former
    ArthroCare executives';
  - the SEC's Litigation Release No. 18701 (11 May 2004, on The Warnaco Group, Inc.): 'William S. Finkelstein, the
    former chief financial officer of The Warnaco Group, Inc.', 'former chief executive officer Linda J. Wachner, and
    former general counsel Stanley P. Silverstein', 'PricewaterhouseCoopers LLP ("PwC"), Warnaco's former auditors';
  - the SEC's press release 2006-155 (19 September 2006, 'Doral Financial Settles Financial Fraud Charges with SEC and
    Agrees to Pay $25 Million Penalty'): Doral Financial Corporation, 'Linda Chatman Thomsen, Director of the Division
    of Enforcement'.
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number, AAER and caption
lines, the press release's 'FOR IMMEDIATE RELEASE' and number lines, its dateline and in-text sub-headings are left
out (a heading kept as `title`, the date as `published`); no word added or changed; each text cut at the last full
sentence before the store's excerpt breaks off (or where it ends), and before a quotation the excerpt breaks off
inside (45v). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45za.py [POOL_DIR] [--dry]   (default /tmp/gather46za/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch45a import CHECK          # batch44d's check note with the session-46 pools /tmp/gather46*/pool named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46za/pool"
R = []

# ---- ArthroCare, Baker and Gluk, Litigation Release No. 22315, 2 April 2012 (sec.gov) -----------------------------------
U1 = "http://www.sec.gov/litigation/litreleases/2012/lr22315.htm"
R.append(federal(
 "us-sec-arthrocare-former-ceo-baker-former-cfo-gluk-sox-304-reimbursement-2012", U1, "2012-04-02", None,
 "On April 2, 2012, the Securities and Exchange Commission sued two former executives at Austin, Texas-based "
 "ArthroCare Corporation to recover bonus compensation and stock sale profits they received during a period when the "
 "company's financial statements were misstated due to accounting fraud.\n\n"
 "According to the SEC's complaint filed in federal court in Austin, former ArthroCare CEO Michael A. Baker and former "
 "CFO Michael T. Gluk are not charged with personal misconduct, but they are still required under Section 304 of the "
 "Sarbanes-Oxley Act (SOX) to reimburse ArthroCare for bonuses and stock profits that they received after the company "
 "filed false financial statements during 2006, 2007, and the first quarter of 2008.\n\n"
 "SOX Section 304 requires reimbursement by some senior corporate executives of certain compensation and stock sale "
 "profits received while their companies were in material non-compliance with financial reporting requirements due "
 "to misconduct. This can include an individual who has not been personally charged with the underlying misconduct "
 "or alleged to have otherwise violated the federal securities laws.\n\n"
 "This is the third enforcement action that the Commission has brought arising out of ArthroCare's accounting "
 "misconduct. The Commission previously settled charges against ArthroCare, see Rel. No. 34-63883 (February 9, "
 "2011), and against John Raffle and David Applegate, two former ArthroCare executives alleged to have conducted the "
 "scheme to inflate the company's revenues and earnings. See Rel. No. 22027 (July 5, 2011).",
 "medical devices/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 22315, April 2, 2012 (Securities and Exchange "
 "Commission v. Michael A. Baker and Michael T. Gluk, Civil Action No. 1:12-cv-00285 (W.D. Tex.)), US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/2012/lr22315.htm): first-party text, no third-party copy. Left out: 'U.S. SECURITIES AND "
 "EXCHANGE COMMISSION', 'Litigation Release No. 22315 / April 2, 2012' (kept as `published`), 'Accounting and "
 "Auditing Enforcement Release No. 3375 / April 2, 2012', the case caption ('Securities and Exchange Commission v. "
 "Michael A. Baker and Michael T. Gluk, Civil Action No. 1:12-cv-00285 (W.D. Tex.)'). The store's text has no heading: "
 "`title` null. The store breaks the line before 'This is the third enforcement action' with a single line feed: kept "
 "as a paragraph break (the page's own paragraphs). The text ends after 'See Rel. No. 22027 (July 5, 2011).', where "
 "the store's excerpt ends at a full sentence; the release may go on past it (`truncated`, to be safe). Kept as "
 "written: 'Austin, Texas-based', 'CEO' and 'CFO' unexpanded, '(SOX)' and 'SOX Section 304', 'non-compliance', 'Rel. "
 "No. 34-63883' and 'Rel. No. 22027' with their dates in brackets, 'See' with a capital after the full stop. 230 "
 "words. One text per matter: dojupdate, justice.gov (the criminal case's victim page), legaleaglereview (a DOJ "
 "release copy), mddionline, thequitamblog, ionglobaltrends (a DOJ release copy) and corporatefinancialweeklydigest "
 "left out (the criminal case of 2013-2014 and commentary; not the SEC's text). Found with 'SEC litigation release "
 "ArthroCare former chief executive officer Michael Baker former CFO Michael Gluk' (rank 1). "
 + CHECK + "'ArthroCare' (only 45r's and 45v's lead lines in GATHERING.md), 'Gluk', '22315', '12-cv-00285', 'No. "
 "3375', 'Applegate', '22027', '34-63883': 0 in the corpus files, the gather scripts and the pools; 'Raffle': other "
 "names only ('Raffles' hotels); 'Austin, Texas': other matters (corpus files and scripts, by file names only).",
 True))

# ---- Warnaco, Finkelstein and PwC, Litigation Release No. 18701, 11 May 2004 (sec.gov) ----------------------------------
U2 = "https://sec.gov/litigation/litreleases/lr18701.htm"
T2 = "PricewaterhouseCoopers LLP Settles Related SEC Enforcement Action and Agrees to Pay $2.4 Million Penalty"
R.append(federal(
 "us-sec-warnaco-former-cfo-finkelstein-pwc-former-ceo-wachner-settled-2004", U2, "2004-05-11", T2,
 "On May 11, 2004, the Securities and Exchange Commission filed a settled injunctive action against William S. "
 "Finkelstein, the former chief financial officer of The Warnaco Group, Inc., for aiding and abetting Warnaco's "
 "violations of the antifraud, issuer reporting, books and records, and internal control provisions of the federal "
 "securities laws. Also on May 11, the Commission filed a settled action for a civil money penalty against "
 "PricewaterhouseCoopers LLP (\"PwC\"), Warnaco's former auditors, for aiding and abetting Warnaco's violation of the "
 "issuer reporting provisions in connection with Warnaco's 1998 annual report. Finkelstein has agreed to pay $189,464 "
 "in disgorgement and prejudgment interest and a civil penalty of $75,000 and to be barred for four years from "
 "serving as an officer or director of a public company. PwC has agreed to pay a $2.4 million civil penalty. In "
 "related administrative proceedings, the Commission issued cease-and-desist orders against Warnaco, former chief "
 "executive officer Linda J. Wachner, and former general counsel Stanley P. Silverstein, and censured Silverstein and "
 "PwC under Rule 102(e) of the Commission's Rules of Practice.\n\n"
 "The Commission's complaint against Finkelstein alleges that Warnaco issued a false and misleading press release on "
 "March 2, 1999, which announced \"record results\" for fourth quarter and fiscal 1998, but failed to disclose that "
 "Warnaco would be restating its financial results for the prior three years to correct a $145 million inventory "
 "overstatement. In the press release, Warnaco falsely portrayed the inventory write-down as a part of the company's "
 "write-off of deferred start-up costs under a new accounting pronouncement.",
 "apparel/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 18701, May 11, 2004, US federal government work "
 "(public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/lr18701.htm): first-party text, no third-party copy. The store's text opens with the line "
 "'PricewaterhouseCoopers LLP Settles Related SEC Enforcement Action and Agrees to Pay $2.4 Million Penalty' (the "
 "release's sub-heading as the store holds it; any heading, release line or caption above it is not in the store): "
 "kept as `title`; the date from the text's first words ('On May 11, 2004') and the release number as `published`. "
 "Left out: the in-text sub-heading 'The Commission's Complaints' between the two paragraphs; cut after the second "
 "paragraph, before the third ('The complaint alleges that Finkelstein authorized the issuance of the press release "
 "almost immediately after he had participated in two days of meetings during '), where the store's excerpt breaks "
 "off (`truncated`). Kept as written: the straight quotation marks of '(\"PwC\")' and '\"record results\"', 'former "
 "auditors' in the plural, 'chief financial officer', 'chief executive officer' and 'general counsel' in lower case, "
 "'$189,464', 'Rule 102(e)', 'cease-and-desist', 'for fourth quarter and fiscal 1998' (no article), 'write-down', "
 "'write-off', 'start-up'. 254 words. One text per matter: mondovisione (a copy of the SEC's press release on the "
 "same settlements), the Commission's orders against Wachner (34-49677) and against Warnaco (34-49675) on sec.gov "
 "(administrative orders of the same matter), cfo.com, CNN/Money, accountingtoday and wwd left out. Found with 'SEC "
 "litigation release Warnaco Group Linda Wachner chief executive officer former chief financial officer' (rank 5). "
 + CHECK + "'Warnaco', 'Wachner' (only 45r's and 45v's lead lines in GATHERING.md), 'Finkelstein', 'Silverstein', "
 "'18701', '34-49677', '34-49675': 0 in the corpus files, the gather scripts and the pools; "
 "'PricewaterhouseCoopers': other matters (two corpus files and two scripts, by file names only).", True))

# ---- Doral Financial, press release 2006-155, 19 September 2006 (sec.gov) -----------------------------------------------
U3 = "http://www.sec.gov/news/press/2006/2006-155.htm"
T3 = "Doral Financial Settles Financial Fraud Charges with SEC and Agrees to Pay $25 Million Penalty"
R.append(federal(
 "us-sec-doral-financial-settles-fraud-charges-25-million-penalty-thomsen-2006", U3, "2006-09-19", T3,
 "The Securities and Exchange Commission today filed financial fraud charges against Doral Financial Corporation, "
 "alleging that the NYSE-listed Puerto Rican bank holding company overstated income by 100 percent on a pre-tax, "
 "cumulative basis between 2000 and 2004. The Commission further alleges that by overstating its income by $921 "
 "million over the period, the company reported an apparent 28-quarter streak of \u201crecord earnings\u201d that "
 "facilitated the placement of over $1 billion of debt and equity. Since Doral Financial\u2019s accounting and "
 "disclosure problems began to surface in early 2005, the market price of the company\u2019s common stock plummeted "
 "from almost $50 to under $10, reducing the company\u2019s market value by over $4 billion.\n\n"
 "Without admitting or denying the Commission\u2019s allegations, Doral Financial has consented to the entry of a "
 "court order enjoining it from violating the antifraud, reporting, books and records and internal control "
 "provisions of the federal securities laws and ordering that it pay a $25 million civil penalty. The settlement "
 "reflects the significant cooperation provided by Doral in the Commission\u2019s investigation.\n\n"
 "Linda Chatman Thomsen, Director of the Division of Enforcement, said, \u201cThe accounting fraud at Doral is "
 "particularly troubling because it occurred after the reforms of the Sarbanes-Oxley Act of 2002. Today\u2019s "
 "settlement reflects our continuing commitment to protect shareholders against financial fraud.\u201d",
 "banking/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2006-155 '" + T3 + "', Washington, D.C., Sept. 19, 2006, US "
 "federal government work (public domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (news/press/2006/2006-155.htm): "
 "first-party text, no third-party copy. Left out: the page lines 'U.S. Securities & Exchange Commission', 'SEC "
 "Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', the heading (kept as `title`), 'FOR "
 "IMMEDIATE RELEASE', '2006-155', the dateline 'Washington, D.C., Sept. 19, 2006 \u2014 ' opening the first "
 "paragraph (the date kept as `published`; 44d left the SEC's datelines out the same way); cut after the third "
 "paragraph, before the fourth ('Peter H. Bresnan, a Deputy Director in the Division of Enforcement, stated, "
 "\u201cThe scheme engaged in by Doral senior management involved improper valuation of corporate assets, sales "
 "lacking economic substance and round-trip transactions. Today\u2019s act'), where the store's excerpt breaks off "
 "inside the quotation (45v's Legato cut: no half quotation kept; `truncated`). Kept as written: the curly quotation "
 "marks and apostrophes, 'NYSE-listed Puerto Rican bank holding company', '100 percent', 'pre-tax', '28-quarter', "
 "'books and records and internal control' (no serial comma), 'Director of the Division of Enforcement' with "
 "capitals. 213 words. One text per matter: lawfuel (two copies of the US Attorney's (S.D.N.Y.) releases on Mario S. "
 "Levis, another agency's text on the criminal case), criminal-justice-online-courses (a copy of the same), "
 "strategic-risk-global, americanbanker, the SEC's complaint (vdocument.in copy) and a 2014 class-action complaint "
 "(pdfslide) left out. Found with 'SEC litigation release Doral Financial former treasurer Mario Level' (rank 5). "
 + CHECK + "'Doral' (only 45r's and 45v's lead lines in GATHERING.md), '2006-155', 'Bresnan', 'Levis' (as a word), 'comp19837': "
 "0 in the corpus files, the gather scripts and the pools; 'Thomsen': the same SEC official in other matters (44l's "
 "Brooks Automation and other SEC texts; a person, not a matter).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
