#!/usr/bin/env python3
"""Batch 51zs (session 52, gatherer 51zs): two CFTC enforcement press releases on the two headings of cftc.gov's
enforcement-action index page 128 that batch 51zl left as leads -- the complaint against 'Angel Fernando Collazo of
Salinas, Puerto Rico, and his company, ACJ Capital, Inc. (ACJ)' for forex solicitation fraud and false statements,
with the asset-freeze order of 'Judge Jos\u00e9 A. Fust\u00e9 of the U.S. District Court for the District of Puerto Rico'
(CFTC press release 6039-11, 16 May 2011, cftc.gov); the complaint against 'MBF Clearing Corp. (MBF), a registered
futures commission merchant (FCM)', for customer-fund segregation violations and supervision failures (CFTC press
release 6204-12, 13 March 2012, cftc.gov) -- US federal government works (17 U.S.C. 105), the federal SEC/CFTC lane of
session 52 (after batches 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k, 50a, 50d, 50g, 50j, 51a, 51g, 51o,
51v, 51zf, 51zk and 51zl), on new matters. From 51zl's leads: the index page 128 headings 'Federal Court in Puerto Rico
Orders Angel F. Collazo and ACJ Capital, Inc. to Pay ...' and 'CFTC Charges MBF Clearing Corp. with Violations of
Customer Fund Segregation Requirements', asked with their names ('CFTC Angel F. Collazo ACJ Capital, Inc. Puerto
Rico': cftc.gov's pr6039-11 at rank 1; 'CFTC MBF Clearing Corp. order civil monetary penalty': cftc.gov's pr6204-12 at
rank 2). Neither names an officer by title in its kept part (Collazo is 'his company's' man with no title; MBF's
president Mark B. Fisher is named only in a Bloomberg copy, not taken): the lane's role-free near-miss texts. Every
name, release number and address was checked first against the corpus files, GATHERING.md, the gather scripts,
/work/notes and the session-52 pools:
  - CFTC press release 6039-11 (16 May 2011), 'CFTC Charges Puerto Rico Resident Angel F. Collazo and ACJ Capital, Inc.
    with Solicitation Fraud and Issuing False Statements in Off-Exchange Leveraged Foreign Currency Scheme': the CFTC,
    Angel Fernando Collazo, Salinas, Puerto Rico, ACJ Capital, Inc., Jos\u00e9 A. Fust\u00e9, the U.S. District Court for
    the District of Puerto Rico (cftc.gov's 'PressRoom/PressReleases/pr6039-11');
  - CFTC press release 6204-12 (13 March 2012), 'CFTC Charges MBF Clearing Corp. with Violations of Customer Fund
    Segregation Requirements': the CFTC, MBF Clearing Corp. (cftc.gov's 'PressRoom/PressReleases/pr6204-12').
Texts are the search tool's page-store excerpts (corpus `pages`). The release-number and release-date lines, the
sub-heading 'Federal court issues order freezing defendants\u2019 assets and protecting books and records.' (6039-11) and
the datelines ('Washington, DC \u2014', 'Washington, DC -') are left out (each heading kept as `title`, the date as
`published`); no word added or changed; the page's lines kept as paragraphs, joined by a blank line. Both are cut at
the last full sentence before the store's excerpt (2,000 characters) breaks off (`truncated`). Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch51zs.py [POOL_DIR] [--dry]   (default /tmp/gather52zs/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-52 pools /tmp/gather52*/pool (none held a file on these matters when "
         "checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52zs/pool"
R = []

# ---- Angel Fernando Collazo and his company ACJ Capital, Inc., forex solicitation fraud complaint, CFTC 6039-11 ------
U1 = "http://www.cftc.gov/PressRoom/PressReleases/pr6039-11"
T1 = ("CFTC Charges Puerto Rico Resident Angel F. Collazo and ACJ Capital, Inc. with Solicitation Fraud and Issuing "
      "False Statements in Off-Exchange Leveraged Foreign Currency Scheme")
R.append(federal(
 "us-cftc-angel-fernando-collazo-salinas-puerto-rico-acj-capital-forex-solicitation-fraud-asset-freeze-2011",
 U1, "2011-05-16", T1,
 "The U.S. Commodity Futures Trading Commission (CFTC) today announced that it filed a complaint charging Angel "
 "Fernando Collazo of Salinas, Puerto Rico, and his company, ACJ Capital, Inc. (ACJ), with fraudulently soliciting at "
 "least $1.7 million from at least 18 individuals to trade off-exchange leveraged foreign currency (forex) contracts "
 "and issuing false statements to conceal trading losses.\n\n"
 "On the same day the complaint was filed under seal, May 4, 2011, Judge Jos\u00e9 A. Fust\u00e9 of the U.S. District "
 "Court for the District of Puerto Rico issued an emergency order, also under seal, freezing the defendants\u2019 assets "
 "and prohibiting the destruction of books and records.\n\n"
 "The CFTC complaint alleges that Collazo and ACJ fraudulently solicited customers to trade forex through accounts "
 "managed by Collazo. In soliciting customers, Collazo allegedly falsely claimed that ACJ\u2019s trading program was "
 "profitable, created the false impression that ACJ was a successful and experienced forex firm and minimized and "
 "failed to disclose fully the risks of trading leveraged forex. Customers granted Collazo authority to trade their "
 "accounts, and his trading on customers\u2019 behalf resulted in consistent losses, according to the complaint.\n\n"
 "As part of the fraud, Collazo allegedly misled customers regarding the performance of their investments and assured "
 "customers that their investments were performing well, despite the losses. Collazo created and sent customers false "
 "trading account statements that concealed the extent of losses in their accounts, according to the complaint.",
 "retail forex/commodity futures regulation", "regulatory,enforcement,fraud,litigation",
 "U.S. Commodity Futures Trading Commission, press release 6039-11 '" + T1 + "', Washington, DC, May 16, 2011, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address, 'pr' form): first-party text. Left out: the lines 'Release Number 6039-11' and 'May 16, 2011' (kept as "
 "`published`; the date line stands before the heading), the sub-heading 'Federal court issues order freezing "
 "defendants\u2019 assets and protecting books and records.' (a line under the heading) and the dateline 'Washington, DC "
 "\u2014'; the heading kept as `title`. Cut after '... concealed the extent of losses in their accounts, according to the "
 "complaint.', before 'When ACJ\u2019s customers noticed that their accounts appeared to show losses, Collazo falsely "
 "tol' (the sentence breaks off in the store's excerpt; `truncated`). Kept as written: 'Angel Fernando Collazo of "
 "Salinas, Puerto Rico, and his company, ACJ Capital, Inc. (ACJ)' (the heading writes 'Angel F. Collazo'), 'Judge "
 "Jos\u00e9 A. Fust\u00e9' (the accents), 'the U.S. District Court for the District of Puerto Rico', 'accounts managed by "
 "Collazo', the curly apostrophes. 233 words. A matter apart from the later court order on the same case (the index "
 "heading 'Federal Court in Puerto Rico Orders Angel F. Collazo and ACJ Capital, Inc. to Pay over $3.7 Million ...', "
 "not asked as a second text: one text per matter). A Spanish news copy (El Nuevo Dia via doctorshoper.com) and a "
 "financemagnates note on NFA actions against ACJ are not taken. Found with 'CFTC Angel F. Collazo ACJ Capital, Inc. "
 "Puerto Rico' (rank 1). "
 + CHECK + "'6039-11', 'Collazo', 'ACJ Capital', 'Fust\u00e9', 'Fuste', 'Salinas': 0 in the corpus files and the pools; "
 "'Collazo' and 'ACJ Capital' only in batch 51zl's section and note (named there as a lead).",
 True))

# ---- MBF Clearing Corp., customer fund segregation and supervision complaint, CFTC 6204-12 -------------------------------
U2 = "https://www.cftc.gov/PressRoom/PressReleases/pr6204-12"
T2 = "CFTC Charges MBF Clearing Corp. with Violations of Customer Fund Segregation Requirements"
R.append(federal(
 "us-cftc-mbf-clearing-futures-commission-merchant-customer-fund-segregation-supervision-complaint-2012",
 U2, "2012-03-13", T2,
 "The U.S. Commodity Futures Trading Commission (CFTC) today charged MBF Clearing Corp. (MBF), a registered futures "
 "commission merchant (FCM), with violating the Commodity Exchange Act (CEA) and Commission regulations concerning "
 "segregation of customer funds and with supervision failures.\n\n"
 "When an FCM deposits its customers\u2019 funds in a bank account, the CEA and Commission regulations require that: the "
 "FCM title the account as a customer segregation account; the FCM obtain a written acknowledgement that the bank has "
 "been informed that the funds in the account belong to the FCM\u2019s customers and indicates that the funds are "
 "separately accounted for and held in accord with the segregation provisions of the CEA; and that the funds must be "
 "available in one business day.\n\n"
 "According to the CFTC\u2019s complaint, MBF, which from September 2008 through March 2010, routinely held between $30 "
 "million and $90 million in customer funds in a non-compliant account, violated all of these requirements. "
 "Specifically, the complaint charges that MBF held customer funds in an improperly titled non-segregated money market "
 "fund account, which did not carry a legal obligation to make the funds available in one business day, and that "
 "because these funds were not properly considered as customer segregated funds, MBF had segregated customer fund "
 "deficiencies for more than one year. For example, MBF was deficient by more than $15 million as of month-end for June "
 "2009, which MBF failed to report on its required monthly statement of financial condition to the Commission.\n\n"
 "The complaint also charges that MBF failed to obtain and/or keep written acknowledgments for at least six additional "
 "accounts that held MBF customer funds, and for at least two more accounts that held funds invested in foreign "
 "futures.",
 "commodity brokerage/commodity futures regulation", "regulatory,enforcement,litigation",
 "U.S. Commodity Futures Trading Commission, press release 6204-12 '" + T2 + "', Washington, DC, March 13, 2012, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address, 'pr' form): first-party text. Left out: the lines 'Release Number 6204-12' and 'March 13, 2012' (kept as "
 "`published`; the date line stands before the heading) and the dateline 'Washington, DC -'; the heading kept as "
 "`title`. Cut after '... for at least two more accounts that held funds invested in foreign futures.', before 'The "
 "complaint also charges MBF with supervision fa' (the sentence breaks off in the store's excerpt; `truncated`). Kept "
 "as written: 'MBF Clearing Corp. (MBF)', 'a registered futures commission merchant (FCM)', 'Commission regulations', "
 "'to the Commission', 'from September 2008 through March 2010', 'as of month-end for June 2009', 'and/or', the "
 "curly apostrophes. 281 words. A matter apart from the later consent order on the same case (November/December "
 "2012: docstoc's copy of the order, futuresmag, Chicago Tribune/Reuters and a blog copy of that release; not taken: "
 "one text per matter). The bank holding the account (JPMorgan in the Bloomberg, futuresmag and Tribune copies) and "
 "MBF's president and founder Mark B. Fisher (Bloomberg only) are not in the kept text. Found with 'CFTC MBF Clearing "
 "Corp. order civil monetary penalty' (rank 2). "
 + CHECK + "'6204-12', 'MBF Clearing', 'Mark B. Fisher': 0 in the corpus files and the pools; 'MBF Clearing' only in "
 "batch 51zl's section and note (named there as a lead).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
