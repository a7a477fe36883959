#!/usr/bin/env python3
"""Batch 51a (session 52, gatherer 51a): three CFTC enforcement press releases that name firms with their affiliates,
owners, principals and senior managers -- the complaint against 'Colorado-based defendants Arjent Capital Markets LLC
(Arjent), Chicago Trading Managers LLC (CT Managers), Spencer Montgomery, and Brian Reynolds', of whom the text says
'Montgomery and Reynolds are owners and managers of Arjent and CT Managers' (CFTC press release 6207-12, 13 March 2012,
cftc.gov); the complaint against 'three affiliated companies located in Newport Beach, California, Monex Deposit
Company, Monex Credit Company, and Newport Services Corporation (collectively, Monex), and Monex's principals Louis
Carabini and Michael Carabini', with the CFTC's Director of Enforcement and a Commissioner quoted (CFTC press release
7609-17, 6 September 2017, cftc.gov); the consent order against 'TFS-ICAP LLC and TFS-ICAP Ltd., interdealer brokers
located in New York and London', with 'its former CEO Ian Dibb, and its former Emerging Markets desks head Jeremy
Woolfenden' (CFTC press release 8335-20, 14 December 2020, cftc.gov) -- US federal government works (17 U.S.C. 105),
the federal SEC/CFTC lane of session 52 (after batches 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k, 50a,
50d, 50g and 50j), on new matters. From 50j's leads: cftc.gov releases come back when asked by the release's heading
words and the firm names (all three did: 6207-12 at rank 1, 7609-17 at rank 1, 8335-20 at rank 5 of the heading query
and rank 3 of a query with the managers' names). Every name, release number and address was checked first against
the corpus files, GATHERING.md, the gather scripts, /work/notes and the session-52 pools:
  - CFTC press release 6207-12 (13 March 2012), 'CFTC Charges Arjent Capital Markets LLC, Chicago Trading Managers
    LLC, Spencer Montgomery, and Brian Reynolds with Commodity Pool Fraud': the CFTC, Colorado, Arjent Capital Markets
    LLC, Chicago Trading Managers LLC, Spencer Montgomery, Brian Reynolds, Boulder, the U.S. District Court for the
    Southern District of New York, New York, N.Y. (cftc.gov's 'PressRoom/PressReleases/pr6207-12');
  - CFTC press release 7609-17 (6 September 2017), 'CFTC Charges Monex Deposit Company, its Affiliates, and their
    Principals in Multi-Million Dollar Fraudulent Precious Metals Scheme': the CFTC, the U.S. District Court for the
    Northern District of Illinois, Newport Beach, California, Monex Deposit Company, Monex Credit Company, Newport
    Services Corporation, Louis Carabini, Michael Carabini, James McDonald, Sharon Bowen (cftc.gov's
    'PressRoom/PressReleases/pr7609-17.html');
  - CFTC press release 8335-20 (14 December 2020), 'Federal Court Orders Interdealer Broker to Pay $7 Million for
    Deceptive Trading Practices in the FX Options Markets': the CFTC, the U.S. District Court for the Southern District
    of New York, TFS-ICAP LLC, TFS-ICAP Ltd., New York, London, Ian Dibb, Jeremy Woolfenden, Vince McGonagle
    (cftc.gov's 'PressRoom/PressReleases/8335-20').
Texts are the search tool's page-store excerpts (corpus `pages`). The release-number and release-date lines, the
sub-headings and the datelines are left out (each heading kept as `title`, the date as `published`); no word added or
changed; the page's lines kept as paragraphs, joined by a blank line (a line's trailing space dropped); all three
texts cut at the last full sentence before the store's excerpt breaks off.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51a.py [POOL_DIR] [--dry]   (default /tmp/gather52a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-52 pools /tmp/gather52*/pool (none held a file on these matters when "
         "checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52a/pool"
R = []

# ---- Arjent / CT Managers complaint, CFTC press release 6207-12, 13 March 2012 (cftc.gov) ------------------------------
U1 = "https://www.cftc.gov/PressRoom/PressReleases/pr6207-12"
T1 = ("CFTC Charges Arjent Capital Markets LLC, Chicago Trading Managers LLC, Spencer Montgomery, and Brian Reynolds "
      "with Commodity Pool Fraud")
R.append(federal(
 "us-cftc-arjent-capital-markets-chicago-trading-managers-owners-montgomery-reynolds-commodity-pool-fraud-2012",
 U1, "2012-03-13", T1,
 "The U.S. Commodity Futures Trading Commission (CFTC) today filed an enforcement action charging Colorado-based "
 "defendants Arjent Capital Markets LLC (Arjent), Chicago Trading Managers LLC (CT Managers), Spencer Montgomery, and "
 "Brian Reynolds with defrauding commodity pool investors by knowingly or recklessly issuing false account statements "
 "for three separate commodity pools.\n\n"
 "Arjent was a Boulder, Colo.-based broker-dealer, dissolved by Reynolds effective September 4, 2011. CT Managers, "
 "also based in Boulder, is registered with the CFTC as a Commodity Pool Operator and Commodity Trading Advisor. "
 "Colorado residents Montgomery and Reynolds are owners and managers of Arjent and CT Managers.\n\n"
 "The CFTC civil complaint, filed March 13, 2012, in the U.S. District Court for the Southern District of New York, "
 "alleges that beginning on or about June 2008 through at least November 2009, participants in the three commodity "
 "pools invested a total of approximately $10.5 million. The defendants allegedly aggregated investors\u2019 funds "
 "into a single account in Arjent\u2019s name, the Arjent Trading Account, held at and cleared by a futures commission "
 "merchant (FCM) in New York, N.Y.\n\n"
 "The defendants then assigned subaccounts of the Arjent Trading Account to the pools. The value of each subaccount "
 "depended on the overall value of the Arjent Trading Account, according to the complaint. Thus, if one subaccount "
 "carried a negative balance, that would negatively impact the value of the other subaccounts because they were all "
 "combined in the Arjent Trading Account. Some subaccounts carried negative balances and by June 2009, some had losses "
 "of millions of dollars, according to the complaint.",
 "brokerage/commodity futures regulation", "regulatory,enforcement,litigation,executives",
 "U.S. Commodity Futures Trading Commission, press release 6207-12 '" + T1 + "', Washington, DC, March 13, 2012, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: the lines 'Release Number 6207-12' and 'March 13, 2012' (kept as "
 "`published`), the dateline 'Washington, DC \u2013'; the heading kept as `title` (no sub-heading on this page). Cut "
 "after '... some had losses of millions of dollars, according to the complaint.', before 'A draft disclosure "
 "statement provided by Arjent to the FCM in December 2009 allegedly disclosed that Arjent ha', where the store's "
 "excerpt breaks off (`truncated`). Kept as written: 'Colorado-based defendants', 'Arjent Capital Markets LLC "
 "(Arjent)', 'Chicago Trading Managers LLC (CT Managers)', 'a Boulder, Colo.-based broker-dealer', 'Commodity Pool "
 "Operator and Commodity Trading Advisor' (capitals), 'the Arjent Trading Account', 'New York, N.Y.', the curly "
 "apostrophes. 253 words. One text per matter: the CFTC's release 6589-13 (16 May 2013, cftc.gov: the consent and "
 "default judgments of Judge Lewis A. Kaplan in the same case) and the CFTC's registration-revocation decision on "
 "Chicago Trading Managers (SD 13-04, fdocuments) are the same matter and are not taken beside it. Found with 'CFTC "
 "Charges Arjent Capital Markets LLC, Chicago Trading Managers LLC, Spencer Montgomery, and Brian Reynolds with "
 "Commodity Pool Fraud' (rank 1; the firm names first seen in cftc.gov's enforcement-actions index). "
 + CHECK + "'6207-12', 'pr6207', '6589-13', 'Arjent', 'Chicago Trading Managers', 'Spencer Montgomery', 'Brian "
 "Reynolds': 0 in the corpus files, GATHERING.md, the gather scripts, /work/notes and the pools; 'CT Managers' only in "
 "a New Zealand power-cut file and its batch script (current-transformer managers, another thing); 'Boulder' only in "
 "files on other matters.",
 True))

# ---- Monex complaint, CFTC press release 7609-17, 6 September 2017 (cftc.gov) ------------------------------------------
U2 = "http://www.cftc.gov/PressRoom/PressReleases/pr7609-17.html"
T2 = ("CFTC Charges Monex Deposit Company, its Affiliates, and their Principals in Multi-Million Dollar Fraudulent "
      "Precious Metals Scheme")
R.append(federal(
 "us-cftc-monex-deposit-affiliates-monex-credit-newport-services-principals-carabini-precious-metals-2017",
 U2, "2017-09-06", T2,
 "The U.S. Commodity Futures Trading Commission (CFTC) announced that on September 6, 2017, it filed a civil "
 "injunctive enforcement action in the U.S. District Court for the Northern District of Illinois against three "
 "affiliated companies located in Newport Beach, California, Monex Deposit Company, Monex Credit Company, and Newport "
 "Services Corporation (collectively, Monex), and Monex\u2019s principals Louis Carabini and Michael Carabini. The "
 "CFTC Complaint charges the Defendants, among other claims, with defrauding thousands of retail customers nationwide "
 "out of hundreds of millions of dollars, while executing thousands of illegal, off-exchange leveraged commodity "
 "transactions.\n\n"
 "James McDonald, the CFTC\u2019s Director of Enforcement stated: \u201cToday, we announce the filing of one of the "
 "largest precious metals fraud cases in the history of the Commission. As alleged, the Defendants defrauded "
 "thousands of retail customers\u2014many of whom are elderly\u2014out of hundreds of millions of dollars as part of a "
 "multi-year scheme. Fraud in our markets, like that alleged here, undermines confidence, reduces transparency, and "
 "harms competition. As this investigation shows, we\u2019ll work tirelessly to detect and prosecute fraud of the sort "
 "that\u2019s alleged here.\u201d\n\n"
 "CFTC Commissioner Sharon Bowen commented: \u201cI am proud to support this enforcement action.  The kind of massive "
 "fraud alleged here goes to the heart of our core mission as an agency, and mine as a Commissioner. I came to the "
 "Commission committed to investor protection. And I leave with that commitment unshaken.\u201d",
 "precious metals/commodity futures regulation", "regulatory,enforcement,litigation,executives",
 "U.S. Commodity Futures Trading Commission, press release 7609-17 '" + T2 + "', Washington, DC, September 6, 2017, "
 "US federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address, with '.html'): first-party text. Left out: the lines 'Release Number 7609-17' and 'September 6, 2017' "
 "(kept as `published`), the sub-heading 'CFTC alleges that defendants deceived thousands of retail customers who "
 "lost hundreds of millions of dollars in connection with illegal, off-exchange leveraged precious metals "
 "transactions', the dateline 'Washington, DC \u2013'; the heading kept as `title`. Cut after the Commissioner's "
 "paragraph ('... And I leave with that commitment unshaken.\u201d'), before 'According to the Complaint, Mone', where "
 "the store's excerpt breaks off (`truncated`). Kept as written: '(collectively, Monex)', 'Monex\u2019s principals', "
 "'The CFTC Complaint charges the Defendants' (capitals), 'the CFTC\u2019s Director of Enforcement stated:' (no comma "
 "after 'Enforcement'), the em dashes around 'many of whom are elderly', the two spaces after 'enforcement action.', "
 "the curly quotation marks and apostrophes. 230 words. One text per matter: the CFTC's later releases on the same "
 "case (8410-21 of 22 July 2021, the Ninth Circuit's ruling; the 2022 consent order) and the news and law-firm "
 "reports (financemagnates, lexology, dailyreportingsuite, law.com, financialregnews) are not taken. Found with 'CFTC "
 "Charges Monex Deposit Company, its Affiliates, and their Principals in Multi-Million Dollar Fraudulent Precious "
 "Metals Scheme' (rank 1; the heading first seen in cftc.gov's enforcement-actions index). "
 + CHECK + "'7609-17', 'pr7609', '8410-21', 'Monex Deposit', 'Monex Credit', 'Newport Services', 'Newport Beach', "
 "'James McDonald', 'Sharon Bowen': 0 in the corpus files, GATHERING.md, the gather scripts, /work/notes and the "
 "pools; 'Monex' alone only in files and lines on Monexio AG (Twint's owner) and Monex Group (Coincheck's buyer), "
 "other companies; 'Carabini' only as part of 'Carabinieri'.",
 True))

# ---- TFS-ICAP consent order, CFTC press release 8335-20, 14 December 2020 (cftc.gov) ------------------------------------
U3 = "https://www.cftc.gov/PressRoom/PressReleases/8335-20"
T3 = ("Federal Court Orders Interdealer Broker to Pay $7 Million for Deceptive Trading Practices in the FX Options "
      "Markets")
R.append(federal(
 "us-cftc-tfs-icap-interdealer-brokers-former-ceo-dibb-desk-head-woolfenden-fx-options-2020",
 U3, "2020-12-14", T3,
 "The Commodity Futures Trading Commission today announced the U.S. District Court for the Southern District of New "
 "York entered a consent order against defendants TFS-ICAP LLC and TFS-ICAP Ltd., interdealer brokers located in New "
 "York and London, requiring them to pay a $7 million civil monetary penalty for representing to clients bids and "
 "offers that had not been made, and for communicating to clients trades that had not occurred. In the order, "
 "TFS-ICAP admits that its employees engaged in the misconduct, known as \u201cflying\u201d prices and "
 "\u201cprinting\u201d trades, that violated the Commodity Exchange Act (CEA), as charged.\n\n"
 "The order also finds that TFS-ICAP, its former CEO Ian Dibb, and its former Emerging Markets desks head Jeremy "
 "Woolfenden failed to supervise diligently TFS-ICAP broker conduct. The order resolves the CFTC enforcement action "
 "filed on September 28, 2018. [See CFTC Press Release No. 7816-18] Defendants Dibb and Woolfenden are each subject "
 "to a $500,000 civil monetary penalty for their individual supervisory failures and have both agreed to not apply for "
 "registration or claim exemptions from registration with the CFTC in any capacity, or engage in any activity "
 "requiring such registration or exemption from registration with the CFTC, for five years.\n\n"
 "\u201cBrokers and other intermediaries play a critical role in our markets. The CFTC will act to ensure that these "
 "entities communicate and report honest and accurate pricing information to protect the integrity of the "
 "markets,\u201d said CFTC Acting Director of Enforcement Vince McGonagle.",
 "brokerage/commodity futures regulation", "regulatory,enforcement,settlement,executives",
 "U.S. Commodity Futures Trading Commission, press release 8335-20 '" + T3 + "', Washington, DC, December 14, 2020, "
 "US federal government work (public domain); text from the search tool's page store at " + U3,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address, without the 'pr' prefix): first-party text. Left out: the line 'Release Number 8335-20', the sub-heading "
 "'Former CEO and Desk Head Ordered to Pay $500,000 Each for Supervision Failures', the line 'December 14, 2020' "
 "(kept as `published`; on this page it follows the heading and sub-heading), the dateline's remnant '\u2014 ' (the "
 "page's dateline without its place) and the first paragraph's trailing space; the heading kept as `title`. Cut after "
 "'... said CFTC Acting Director of Enforcement Vince McGonagle.', before '\u201cWe are also committed to holding "
 "corporate managers who have regulatory supervisory responsibilities accountable to ensure policies and procedures "
 "are in place that would have prohib', where the store's excerpt breaks off inside the Director's second quotation "
 "(`truncated`; the first quotation and its 'said ...' end a full sentence, so they are kept). Kept as written: 'The "
 "Commodity Futures Trading Commission' (no 'U.S.'), 'TFS-ICAP LLC and TFS-ICAP Ltd.,', 'TFS-ICAP admits', 'its former "
 "Emerging Markets desks head' ('desks' plural), '[See CFTC Press Release No. 7816-18]' (bracketed, no full stop), "
 "'to not apply', the curly quotation marks. 241 words. One text per matter: the CFTC's complaint release 7816-18 "
 "(28 September 2018; the same case, this order resolves it; no cftc.gov page came back), the complaint itself "
 "(vdocuments), the CFTC's separate settled order against TFS-ICAP's chairman Michael Leibowitz (28 September 2018; "
 "seccftcupdate's summary only) and the news and law-firm reports (lexology, leaprate, financemagnates, mondaq, "
 "financefeeds, prescreen) are not taken. Found with 'CFTC Charges TFS-ICAP LLC, TFS-ICAP Ltd., and Chief Executive "
 "Officer with deceiving clients fake bids and offers FX options Release Number' (rank 5) and 'Release Number "
 "7816-18 CFTC Charges Interdealer Broker and Two Senior Managers flying prices printing trades FX options Woolfenden "
 "Dibb' (rank 3). "
 + CHECK + "'8335-20', '7816-18', 'TFS-ICAP', 'TFS ICAP', 'Dibb', 'Woolfenden', 'Leibowitz': 0 in the corpus files, "
 "GATHERING.md, the gather scripts and the pools ('Dibb' only as bytes inside binary model files under /work/notes); "
 "'McGonagle' only in 50d's Citigroup file (test), its scripts and notes, where 'Vincent A. McGonagle' is one of the "
 "CFTC staff named on another matter.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
