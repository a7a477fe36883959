#!/usr/bin/env python3
"""Batch 45r (session 46, gatherer 45r): a business-intelligence software maker's top three officers (its co-founder
and chief executive, its co-founder and chief operating officer, its former chief financial officer), a defence
company's former chief financial officer and former controller with the former chief financial officer of its
aircraft subsidiary, and a hospital company's former co-president and chief operating officer, told in US
Securities and Exchange Commission litigation releases of 2000, 2007 and 2009 (US federal government works, 17
U.S.C. 105), a fifth round of session 46 after batches 45a, 45f, 45k and 45p in the federal SEC lane (batches 40zm,
40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d, 44h, 44l, 44p, 44r, 44u, 45a,
45f, 45k and 45p; 43i and 43k found nothing) -- first-party SEC text, the sec.gov pages as the search tool's page
store holds them:
  - the SEC's Litigation Release No. 16829 (14 December 2000, 'SEC Files Settled Case Against Three Executive
    Officers of Microstrategy Inc., ...'): 'MicroStrategy Inc.'s top three officers: Michael Saylor (co-founder and
    chief executive officer), Sanjeev Bansal (co-founder and chief operating officer) and Mark Lynch (former chief
    financial officer)', 'a Vienna, Virginia-based software company whose securities are listed on NASDAQ';
  - the SEC's Litigation Release No. 20041 (15 March 2007, 'SEC Settles with Former Raytheon Officers for Improper
    Disclosure and Accounting Practices'): 'Franklyn A. Caine, the former CFO of Raytheon, Edward S. Pliner,
    Raytheon's former Controller and former lead auditor, and James E. Gray, the former CFO of Raytheon Aircraft
    Company (RAC)', 'three former financial officers of Raytheon Company and one of its subsidiaries';
  - the SEC's Litigation Release No. 21205 (11 September 2009, 'Tenet Healthcare Corporation, et al.'): 'Thomas B.
    Mackey, the former co-president and chief operating officer of Tenet Healthcare Corporation'.
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number, AAER and caption
lines, sub-headings and headings are left out (the heading kept as `title`, the date as `published`); no word added
or changed; each text cut at the last full sentence before the store's excerpt breaks off (an introductory line to
a cut-off bullet left out with the bullet, as 45p). Written before any extractor ran on the texts (newskg was not
run on them).
usage: batch45r.py [POOL_DIR] [--dry]   (default /tmp/gather46r/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch45a import CHECK          # batch44d's check note with the session-46 pools /tmp/gather46*/pool named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46r/pool"
R = []

# ---- MicroStrategy, Saylor, Bansal and Lynch, Litigation Release No. 16829, 14 December 2000 (sec.gov) -----------------
U1 = "http://www.sec.gov/litigation/litreleases/lr16829.htm"
T1 = ("SEC Files Settled Case Against Three Executive Officers of Microstrategy Inc., Obtaining Injunctions, $10 "
      "Million in Disgorgement and $ 1 Million in Penalties")
R.append(federal(
 "us-sec-microstrategy-top-three-officers-saylor-bansal-lynch-settled-fraud-2000", U1, "2000-12-14", T1,
 "The Securities and Exchange Commission filed today a settled civil injunctive action against MicroStrategy Inc.'s "
 "top three officers: Michael Saylor (co-founder and chief executive officer), Sanjeev Bansal (co-founder and chief "
 "operating officer) and Mark Lynch (former chief financial officer). The complaint alleges that from the time of "
 "its initial public offering in June 1998 through March 2000, MicroStrategy, a Vienna, Virginia-based software "
 "company whose securities are listed on NASDAQ, materially overstated its revenues and earnings from the sales of "
 "software and information services contrary to Generally Accepted Accounting Principles. The company's public "
 "financial reports during this time showed positive net income. In fact, the Commission alleged, MicroStrategy "
 "should have reported net losses from 1997 through the present.\n\n"
 "Without admitting or denying the Commission's allegations, the defendants consented to the entry of a final "
 "judgment permanently enjoining each of them from violating the antifraud and record-keeping provisions of the "
 "federal securities laws (Section 17(a) of the Securities Act of 1933, Section 10(b) of the Securities Exchange Act "
 "of 1934 and Rules 10b-5 and 13b2-1 thereunder), ordering them to pay disgorgement totaling $10 million (Saylor -- "
 "$8,280,000, Bansal -- $1,630,000, Lynch -- $138,000) and ordering each to pay a $350,000 civil penalty.",
 "software/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 16829, December 14, 2000 (SEC v. Michael Jerry "
 "Saylor, Sanjeev Kumar Bansal and Mark Steven Lynch, Civ. Action No. 1:00CV02995 (D.D.C.)(filed Dec. 14, 2000)), "
 "US federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/lr16829.htm): first-party text, no third-party copy. Left out: 'U.S. Securities and "
 "Exchange Commission', 'Washington, D.C', 'Litigation Release No. 16829 / December 14, 2000' (kept as `published`), "
 "the heading (kept as `title`, with 'Microstrategy' and '$ 1' as printed), the case caption ('SEC v. Michael Jerry "
 "Saylor, Sanjeev Kumar Bansal and Mark Steven Lynch, Civ. Action No. 1:00CV02995 (D.D.C.)(filed Dec. 14, 2000)'), "
 "'Accounting and Auditing Enforcement Release No. 1352 / December 14, 2000'; cut after the second paragraph's first "
 "sentence, before its second ('Lynch, the former chief financial officer, also consented to the entry of an "
 "administrative order pursuant to Commission Rule 102'), where the store's excerpt breaks off (`truncated`). Kept "
 "as written: 'filed today' in that order, 'MicroStrategy Inc.'s', 'co-founder', 'Vienna, Virginia-based', "
 "'NASDAQ' in capitals, 'Generally Accepted Accounting Principles' with capitals, 'record-keeping', the double "
 "hyphens of 'Saylor -- $8,280,000'. 200 words. One text per matter: the SEC's press release 2000-186 (no address in "
 "the store's result), the Commission's order 34-43724 against the company (sec.gov, an administrative order, not a "
 "release on the officers), si.frajer (a Washington Post series), cnet, itworldcanada, accountancyage and dmnews "
 "left out. Found with 'SEC litigation release MicroStrategy Michael Saylor Sanju Bansal Mark Lynch former CFO "
 "settle accounting fraud' (rank 4). "
 + CHECK + "'MicroStrategy' (any case), 'Saylor', 'Mark Lynch', '16829', '1:00CV02995', '1352': 0 in the corpus files, "
 "GATHERING.md, the gather scripts and the pools; 'Bansal': one test text and its batch's lines (Myntra's Mukesh "
 "Bansal, another person, by file name only).", True))

# ---- Raytheon, Caine, Pliner and Gray, Litigation Release No. 20041, 15 March 2007 (sec.gov) ---------------------------
U2 = "https://www.sec.gov/litigation/litreleases/lr-20041"
T2 = "SEC Settles with Former Raytheon Officers for Improper Disclosure and Accounting Practices"
R.append(federal(
 "us-sec-raytheon-former-cfo-controller-raytheon-aircraft-cfo-settled-2007", U2, "2007-03-15", T2,
 "The Securities and Exchange Commission announced today that it has instituted settled enforcement proceedings "
 "against three former financial officers of Raytheon Company and one of its subsidiaries. The SEC charged that they "
 "were each involved in or aware of certain improper accounting practices that operated as a fraud by failing to "
 "adequately and accurately disclose the deteriorating financial results and business of Raytheon's commercial "
 "aircraft manufacturing subsidiary. The SEC also charged that each officer was involved in or aware of certain "
 "false and misleading disclosures in Raytheon's periodic reports.\n\n"
 "Named in the SEC's enforcement actions were Franklyn A. Caine, the former CFO of Raytheon, Edward S. Pliner, "
 "Raytheon's former Controller and former lead auditor, and James E. Gray, the former CFO of Raytheon Aircraft "
 "Company (RAC). Without admitting or denying the SEC's allegations or findings, Caine, Pliner, and Gray agreed to "
 "pay more than $1.5 million combined to settle the Commission's charges.",
 "aerospace and defence/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20041, March 15, 2007 (SEC v. Franklyn A. Caine, "
 "Civil Action No. 07-CV-00494 (GK); SEC v. Edward S. Pliner, Civil Action No. 07-CV-00495 (GK); SEC v. James E. "
 "Gray, Civil Action No. 07-CV-00496 (GK) (D.D.C. filed March 15, 2007)), US federal government work (public "
 "domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/lr-20041): first-party text, no third-party copy. Left out: 'U.S. SECURITIES AND EXCHANGE "
 "COMMISSION', 'Litigation Release No. 20041 / March 15, 2007' (kept as `published`), 'Accounting and Auditing "
 "Enforcement Release No. 2577 / March 15, 2007', the three case captions ('SEC v. Franklyn A. Caine, Civil Action "
 "No. 07-CV-00494 (GK) (D.D.C. filed March 15, 2007)' and the like for Pliner and Gray), the heading (kept as "
 "`title`) and the sub-heading ('Former CFO, Controller, and Subsidiary CFO Agree To Pay Over $1.5 Million in "
 "Disgorgement and Penalties'); cut after the second paragraph, before 'According to the allegations in SEC's "
 "complaints filed today in the U.S. District Court for the District of Columbia:' and its first bullet ('Between "
 "1997 and 1999, Raytheon improperly recognized revenue on RAC's sale of unfinished aircraft through \"bill and "
 "hold\" sales transactions ... These practices r'), where the store's excerpt breaks off (`truncated`; the "
 "introductory line left out with the bullet it introduces, as 45p). Kept as written: 'CFO' unexpanded, "
 "'Controller' with a capital, the comma before 'and Gray', '$1.5 million'. 152 words. One text per matter: the "
 "Commission's order against Caine (vdocuments copy), his complaint (vdocument.in copy), the 2006 complaint against "
 "the company, Burnham and Servello (documents.pub copy; the company's own settlement of 2006, another action), the "
 "2002 Regulation FD order 34-46897 (sec.gov; another matter), cfo.com, ainonline and mondovisione (a copy of the "
 "SEC's 2006 release) left out. Found with 'SEC litigation release Raytheon former CFO Franklyn Caine Raytheon "
 "Aircraft former executives' (rank 2). "
 + CHECK + "'Caine', 'Pliner', 'James E. Gray', 'Raytheon Aircraft', '07-CV-0049', '2577': 0 in the corpus files, "
 "GATHERING.md, the gather scripts and the pools; 'Raytheon': corpus files of other matters (the DOJ's 1997 "
 "notices on Raytheon's purchases of Texas Instruments' defence unit and of Hughes Aircraft, batch 45b, and texts "
 "naming it in passing), by file names only; '20041': three corpus files (SEC and DOJ texts on Computer "
 "Associates, McKesson and US Foodservice: a number in other matters, by file names only) and one line of GATHERING.md (a web-archive timestamp).", True))

# ---- Tenet Healthcare, Mackey, Litigation Release No. 21205, 11 September 2009 (sec.gov) -------------------------------
U3 = "https://www.sec.gov/litigation/litreleases/lr-21205"
T3 = "Tenet Healthcare Corporation, et al."
R.append(federal(
 "us-sec-tenet-healthcare-former-co-president-coo-mackey-settlement-2009", U3, "2009-09-11", T3,
 "On September 10, 2009, the Commission accepted a settlement offer from Thomas B. Mackey, the former co-president "
 "and chief operating officer of Tenet Healthcare Corporation and the sole remaining defendant in an action brought "
 "by the Commission on April 2, 2007. Mackey consented to the relief described below without admitting or denying "
 "the allegations in the Commission's Complaint. Mackey's consent has been submitted to the Court for its "
 "approval.\n\n"
 "The Complaint alleges that Mackey, of Keswick, Virginia, was the principal architect of Tenet's scheme to inflate "
 "its earnings by exploiting Medicare's outlier reimbursement regulations, which provided for additional "
 "reimbursement to hospitals to cover the additional costs for treating extraordinarily sick patients. Mackey "
 "realized that additional outlier reimbursement could be triggered simply by increasing Tenet's gross charges, "
 "regardless of the actual cost incurred by Tenet to treat its Medicare patients. In 1999, and under Mackey's "
 "direction, Tenet management calculated the precise increase to Tenet's gross charges needed to boost its revenue "
 "from Medicare outlier payments to a level that would allow Tenet to reach its earnings targets. For the next three "
 "years, Mackey continued to oversee aggressive gross charge increases by Tenet. Tenet's outlier revenue more than "
 "tripled by 2002 and accounted for over 40% of Tenet's earnings per share in fiscal year 2002, as Tenet's earnings "
 "goals were surpassed year after year.",
 "hospitals/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21205, September 11, 2009 (Securities and Exchange "
 "Commission v. Tenet Healthcare Corporation, et al., United States District Court for the Central District of "
 "California, Civil Action No. CV 07-2144 RSWL (RZx)), US federal government work (public domain); text from the "
 "search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/lr-21205): first-party text, no third-party copy. Left out: 'Breadcrumb', 'U.S. "
 "SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 21205 / September 11, 2009' (kept as `published`), "
 "'Accounting and Auditing Release No. 3047 / September 11, 2009', the case caption ('Securities and Exchange "
 "Commission v. Tenet Healthcare Corporation, et al., United States District Court for the Central District of "
 "California, Civil Action No. CV 07-2144 RSWL (RZx)'), the heading (kept as `title`); cut after the second "
 "paragraph's fifth sentence, before its sixth ('Once Tenet finally revealed its scheme to the investing public and "
 "admitted that its strategy was not sustainable, the'), where the store's excerpt breaks off (`truncated`). Kept "
 "as written: 'co-president', 'Complaint' and 'Court' with capitals, 'Keswick, Virginia' spelt out, '40%', 'fiscal "
 "year 2002'. 222 words. One text per matter: the SEC's complaint (docslib copy), Mackey's final judgment (justia), "
 "a class-action complaint and a union's letter (docslib), latimes (the 2004 Wells notices) and accountingtoday (the "
 "2007 filing) left out; the SEC's 2007 release on the filing against the company and four officers did not come "
 "back. Found with 'SEC litigation release Tenet Healthcare former CEO Jeffrey Barbakow former CFO Thomas Mackey "
 "executives' (rank 2). "
 + CHECK + "'Mackey', '21205', 'CV 07-2144': 0 in the corpus files, GATHERING.md, the gather scripts and the pools; "
 "'Tenet': 0 with its capital; 'tenet' (any case): one test text and batch 30e's script (a 2018 story on an Israeli "
 "travel ban: the common noun, by file name only); 'Keswick': one train text (a family's name, another matter); '3047': one corpus file (a number in another text, by file name only); "
 "'Medicare': other matters (two corpus files, by file names only).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
