#!/usr/bin/env python3
"""Batch 51zk (session 52, gatherer 51zk): three CFTC enforcement press releases that name a bank with its short
name, an introducing broker with its trade name and its principal, or an introducing broker beside the units of two
federal agencies -- the order against 'HSBC Bank USA, N.A. (HSBC), a provisionally registered swap dealer' for
manipulative trading in swaps with bond issuers, spoofing and recordkeeping failures, with 'Director of Enforcement Ian
McGinley' quoted (CFTC press release 8702-23, 12 May 2023, cftc.gov); the order against 'Global Asset Advisors LLC
d/b/a Daniels Trading (GAA), a Chicago-based Introducing Broker (IB), and its principal and registered Associated
Person (AP), Glenn A. Swanson' for failing to supervise a client's post-execution allocations (CFTC press release
7792-18, 17 September 2018, cftc.gov); the order against 'A&A Trading, Inc., a registered introducing broker located
in Chicago, Illinois' for filing no suspicious activity report on unauthorized trading it learned of from 'Kooima &
Kaemingk Commodities Inc. (K&K)', brought with 'the Division of Enforcement's Bank Secrecy Act Task Force', with
'Division of Enforcement Director James McDonald' quoted and 'the Department of the Treasury's Financial Crime
Enforcement Network (FinCEN)' named (CFTC press release 8268-20, 30 September 2020, cftc.gov) -- US federal government
works (17 U.S.C. 105), the federal SEC/CFTC lane of session 52 (after batches 40zm ... 48a, 48d, 48g, 48i, 48j, 49a,
49d, 49g, 49h, 49k, 50a, 50d, 50g, 50j, 51a, 51g, 51o, 51v and 51zf), on new matters. From 51zf's leads: HSBC 8702-23
(a matter apart from 51zf's 8701-23, the same day's recordkeeping order against three HSBC affiliates) and other
cftc.gov orders against introducing brokers or pool operators naming 'a Principal', asked with a state's or a city's
name ('Illinois introducing broker', 'Texas commodity pool operator', Florida, Nebraska, Minnesota). Only three texts
came back as cftc.gov pages naming a firm with an officer, a principal or an agency's unit: 8702-23 at rank 3 of an
HSBC query, 7792-18 at rank 2 of a query with the firm's and principal's names (first seen as a Cadwalader copy on
mondaq), 8268-20 at rank 8 of the Illinois query and rank 1 of its own heading; the others were already in the corpus
or 'not used' lists (FCStone / Commodity Operations 6205-12), came back as law-firm, news or court copies only
(eFloorTrade and John Moore, Logista Advisors, Cunningham Commodities, Kooima & Kaemingk 7803-18, Coinflip/Derivabit)
or as cftc.gov pages naming no officer (Advantage Futures 8779-23). Every name, release number and address was checked
first against the corpus files, GATHERING.md, the gather scripts, /work/notes and the session-52 pools:
  - CFTC press release 8702-23 (12 May 2023), 'CFTC Orders HSBC Bank USA, N.A. to Pay a $45 Million Penalty for
    Manipulative and Deceptive Trading in Connection with Swaps Related to Bond Issuances, Spoofing, and Supervision
    and Mobile Device Recordkeeping Failures': the CFTC, HSBC Bank USA, N.A., Ian McGinley (cftc.gov's
    'PressRoom/PressReleases/8702-23?utm_source=govdelivery');
  - CFTC press release 7792-18 (17 September 2018), 'CFTC Orders Introducing Broker and Principal to Pay a $300,000
    Civil Monetary Penalty for Supervisory and Recordkeeping Failures': the CFTC, Global Asset Advisors LLC (Daniels
    Trading), Chicago, Glenn A. Swanson (cftc.gov's 'PressRoom/PressReleases/7792-18');
  - CFTC press release 8268-20 (30 September 2020), 'CFTC Orders Chicago Broker to Pay Over $495,000 for Supervision
    Failures and Failure to Report Suspicious Activity': the CFTC, A&A Trading, Inc., Chicago, Illinois, the Division
    of Enforcement and its Bank Secrecy Act Task Force, FinCEN, James McDonald, Kooima & Kaemingk Commodities Inc.,
    Nathan Harris, the Department of the Treasury (cftc.gov's 'PressRoom/PressReleases/8268-20').
Texts are the search tool's page-store excerpts (corpus `pages`). The release-number and release-date lines, the
datelines ('Washington, D.C. \u2014', 'Washington, DC \u2013'), the sub-heading 'Case Background' (8702-23, 8268-20),
the two lines holding one space only (7792-18) and the space ending one line (8702-23) are left out (each heading kept
as `title`, the date as `published`); no word added or changed; the page's lines kept as paragraphs, joined by a blank
line. All three texts are cut at the last full sentence before the store's excerpt breaks off (about 2,000 characters;
`truncated`). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51zk.py [POOL_DIR] [--dry]   (default /tmp/gather52zk/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-52 pools /tmp/gather52*/pool (none held a file on these matters when "
         "checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52zk/pool"
R = []

# ---- HSBC Bank USA, N.A., swaps with bond issuers, spoofing and recordkeeping order, CFTC 8702-23 --------------------
U1 = "https://www.cftc.gov/PressRoom/PressReleases/8702-23?utm_source=govdelivery"
T1 = ("CFTC Orders HSBC Bank USA, N.A. to Pay a $45 Million Penalty for Manipulative and Deceptive Trading in "
      "Connection with Swaps Related to Bond Issuances, Spoofing, and Supervision and Mobile Device Recordkeeping "
      "Failures")
R.append(federal(
 "us-cftc-hsbc-bank-usa-swap-dealer-bond-issuer-swaps-spoofing-mobile-recordkeeping-director-mcginley-2023",
 U1, "2023-05-12", T1,
 "The Commodity Futures Trading Commission today issued an order simultaneously filing and settling charges against "
 "HSBC Bank USA, N.A. (HSBC), a provisionally registered swap dealer. The order charges HSBC with manipulative and "
 "deceptive trading related to swaps with bond issuers, spoofing, and supervision and mobile device recordkeeping "
 "failures at various times during approximately an eight-year period.\n\n"
 "HSBC is ordered to pay a $45 million civil monetary penalty; to cease and desist from further violations of the "
 "Commodity Exchange Act\u2019s (CEA) anti-fraud, anti-manipulation, supervision, and recordkeeping provisions; and to "
 "engage in specified remedial undertakings. HSBC has represented that it has already undertaken and continues to "
 "undertake extensive remedial measures, as described in the order.\n\n"
 "\u201cThe Commission has zero tolerance for manipulative, deceptive or spoofing transactions, including by registered "
 "swap dealers,\u201d said Director of Enforcement Ian McGinley. \u201cRegistrants need to take their supervisory "
 "responsibilities seriously to prevent this conduct. Today\u2019s order makes it crystal clear that the CFTC will "
 "continue to vigilantly investigate and prosecute disruptions to market integrity and fraud and endeavor to protect "
 "all market participants, including swap counterparties, from abusive practices.\u201d\n\n"
 "The order finds HSBC violated the CEA at various times from approximately March 2012 to July 2020.",
 "banking/commodity futures regulation", "regulatory,enforcement,settlement,fraud",
 "U.S. Commodity Futures Trading Commission, press release 8702-23 '" + T1 + "', Washington, D.C., May 12, 2023, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address with a mailing-list tail): first-party text. Left out: the lines 'Release Number 8702-23' and 'May 12, 2023' "
 "(kept as `published`), the dateline 'Washington, D.C. \u2014', the sub-heading 'Case Background' (a heading line "
 "between the quotation and the findings) and the space ending the first paragraph; the heading kept as `title`. Cut "
 "after 'The order finds HSBC violated the CEA at various times from approximately March 2012 to July 2020.', before "
 "'On multiple occasions between March 2012 and 2015, traders at HSBC engaged in' (the sentence breaks off in the "
 "store's excerpt at 'entered into wit'; `truncated`). Kept as written: 'HSBC Bank USA, N.A. (HSBC)', 'a "
 "provisionally registered swap dealer', 'the Commodity Exchange Act\u2019s (CEA)', 'Director of Enforcement Ian "
 "McGinley', 'Today\u2019s order', the curly quotes and apostrophes. 199 words. A matter apart from batch 51zf's "
 "8701-23 (the same day's recordkeeping order against HSBC Bank USA, N.A., HSBC Securities (USA) Inc. and HSBC Bank plc "
 "for staff messages on unapproved channels): another order, another penalty, other conduct (issuer swaps, spoofing, "
 "mobile-device recording), another quotation; 51zf named it as its lead. One text per matter: the news and blog "
 "copies (dismal-jellyfish, searchfx, leaprate, complianceweek, thefullfx) are not taken. Found with 'cftc.gov CFTC "
 "Orders HSBC Bank USA to Pay spoofing swaps bond issuers 8702-23' (rank 3). "
 + CHECK + "'8702-23', 'swaps with bond issuers': only in batch 51zf's HSBC file, script and section (named there as "
 "not taken, a matter apart); 'Manipulative and Deceptive Trading in Connection with Swaps', 'issuer swaps': 0 in the "
 "corpus files, GATHERING.md, the gather scripts, /work/notes and the pools; 'HSBC Bank USA' only in 51zf's files on "
 "8701-23; 'Ian McGinley' only in 51v's Bank of Nova Scotia file and 51zf's HSBC file (other matters).",
 True))

# ---- Global Asset Advisors LLC d/b/a Daniels Trading and Glenn A. Swanson, supervision order, CFTC 7792-18 -----------
U2 = "https://www.cftc.gov/PressRoom/PressReleases/7792-18"
T2 = ("CFTC Orders Introducing Broker and Principal to Pay a $300,000 Civil Monetary Penalty for Supervisory and "
      "Recordkeeping Failures")
R.append(federal(
 "us-cftc-global-asset-advisors-daniels-trading-chicago-principal-glenn-swanson-post-execution-allocation-2018",
 U2, "2018-09-17", T2,
 "The Commodity Futures Trading Commission (CFTC) issued an Order filing and simultaneously settling charges against "
 "Global Asset Advisors LLC d/b/a Daniels Trading (GAA), a Chicago-based Introducing Broker (IB), and its principal and "
 "registered Associated Person (AP), Glenn A. Swanson, for failure to diligently supervise employees\u2019 handling of "
 "customer accounts subject to post-execution allocation.  GAA was also charged with failure to preserve complete "
 "records.\n\n"
 "The CFTC Order requires GAA and Swanson to pay, jointly and severally, a $300,000 civil monetary penalty and to cease "
 "and desist from further violations of the Commodity Exchange Act and CFTC Regulations, as charged.\n\n"
 "Specifically, the Order finds that between at least January 2013 and February 2014 (Relevant Period), a client "
 "registered as a commodity pool operator and commodity trading adviser (CTA) engaged in an unlawful post-execution "
 "allocation scheme in which the CTA disproportionately allocated profitable trades to the accounts in which the CTA or "
 "the CTA\u2019s associates had a proprietary interest, and unprofitable or less profitable trades to customer or pool "
 "accounts.  After being notified by the Futures Commission Merchant (FCM) that the CTA was sending allocation "
 "instructions hours after execution and, at times, after the close of trading, Swanson mandated in an email, copied "
 "to the FCM, that the CTA send allocation instructions to GAA within 30 to 60 minutes of the trade, and in no event "
 "later than 4:00 p.m. Central time.",
 "commodity brokerage/commodity futures regulation", "regulatory,enforcement,settlement",
 "U.S. Commodity Futures Trading Commission, press release 7792-18 '" + T2 + "', Washington, DC, September 17, 2018, "
 "US federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: the lines 'Release Number 7792-18' and 'September 17, 2018' (kept as "
 "`published`; on this older page the date line stands before the heading), the dateline 'Washington, DC \u2013' and "
 "two lines holding a single space (between the paragraphs); the heading kept as `title`. Cut after '... and in no "
 "event later than 4:00 p.m. Central time.', before 'Even though Swanson was aware of the risk that a commodity trading "
 "advisor could use' (the sentence breaks off in the store's excerpt at 'such as followi'; `truncated`). Kept as "
 "written: 'Global Asset Advisors LLC d/b/a Daniels Trading (GAA)', 'a Chicago-based Introducing Broker (IB)', 'its "
 "principal and registered Associated Person (AP), Glenn A. Swanson', 'the Order', 'CFTC Regulations', 'commodity "
 "trading adviser (CTA)' (its spelling), '(Relevant Period)', the two double spaces between sentences (as the excerpt "
 "gives them), the curly apostrophes. 229 words. One text per matter: the law-firm copies (mondaq's Cadwalader note, "
 "lexology, bridgingtheweek) and NFA's separate actions against the firm, Kenneth Packard and John Schwaebe are not "
 "taken. Found with 'CFTC Orders Global Asset Advisors LLC and Glenn A. Swanson to pay failure to supervise trade "
 "allocation' (rank 2), after a Cadwalader copy at rank 8 of a Nebraska introducing-broker query. "
 + CHECK + "'7792-18', 'Global Asset Advisors', 'Daniels Trading', 'Glenn A. Swanson', 'Swanson', 'post-execution "
 "allocation', 'Newport Private': 0 in the corpus files, GATHERING.md, the gather scripts, /work/notes and the pools.",
 True))

# ---- A&A Trading, Inc., suspicious activity report and supervision order, CFTC 8268-20 -------------------------------
U3 = "https://www.cftc.gov/PressRoom/PressReleases/8268-20"
T3 = "CFTC Orders Chicago Broker to Pay Over $495,000 for Supervision Failures and Failure to Report Suspicious Activity"
R.append(federal(
 "us-cftc-a-and-a-trading-chicago-introducing-broker-no-suspicious-activity-report-kooima-kaemingk-fincen-2020",
 U3, "2020-09-30", T3,
 "The Commodity Futures Trading Commission today issued an order filing and simultaneously settling charges against "
 "A&A Trading, Inc., a registered introducing broker located in Chicago, Illinois, for failing to file a suspicious "
 "activity report (SAR) and to diligently supervise its employees\u2019 handling of certain customer accounts. The "
 "order requires A&A Trading to pay a civil monetary penalty of $400,000 and to disgorge $95,329 earned in connection "
 "with its violations. This action was brought in connection with the Division of Enforcement\u2019s Bank Secrecy Act "
 "Task Force.\n\n"
 "\u201cOur regulatory regime requires certain intermediaries, including introducing brokers, to monitor and report "
 "suspicious activity. These suspicious activity reports\u2014or SARs\u2014filed with FinCEN serve as key tools that "
 "we, together with our regulatory partners, use to identify fraud, manipulation, and other wrongdoing in our "
 "markets\u2014often at the earliest stages,\u201d said Division of Enforcement Director James McDonald. \u201cThe CFTC "
 "will continue to hold intermediaries responsible for complying with their reporting obligations.\u201d\n\n"
 "According to the order, A&A Trading assisted Kooima & Kaemingk Commodities Inc. (K&K) in connection with its "
 "handling of customer accounts. On May 5, 2014, K&K informed A&A Trading that Nathan Harris, formerly of K&K, was "
 "engaged in unauthorized trading in customer accounts and that K&K would reimburse at least one customer for losses. "
 "K&K also informed A&A Trading that it was concerned that another customer would discover the unauthorized trading. "
 "Upon learning this information, A&A Trading was required to file a SAR concerning Harris\u2019 unauthorized trading "
 "with the Department of the Treasury\u2019s Financial Crime Enforcement Network (FinCEN) within 30 days.",
 "commodity brokerage/commodity futures regulation", "regulatory,enforcement,settlement,reporting",
 "U.S. Commodity Futures Trading Commission, press release 8268-20 '" + T3 + "', Washington, D.C., September 30, 2020, "
 "US federal government work (public domain); text from the search tool's page store at " + U3,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: the lines 'Release Number 8268-20' and 'September 30, 2020' (kept as "
 "`published`), the dateline 'Washington, D.C. \u2014' and the sub-heading 'Case Background' (a heading line between "
 "the quotation and the findings); the heading kept as `title`. Cut after '... with the Department of the Treasury\u2019s "
 "Financial Crime Enforcement Network (FinCEN) within 30 days.', before 'A&A Trading faile' (the store's excerpt breaks "
 "off mid-word; `truncated`). Kept as written: 'A&A Trading, Inc.', 'located in Chicago, Illinois', 'the Division of "
 "Enforcement\u2019s Bank Secrecy Act Task Force', 'SARs\u2014filed with FinCEN' (the em dashes), 'Division of "
 "Enforcement Director James McDonald', 'Kooima & Kaemingk Commodities Inc. (K&K)', 'Nathan Harris, formerly of K&K', "
 "'Harris\u2019 unauthorized trading', 'Financial Crime Enforcement Network' (the release's singular 'Crime'), the "
 "curly quotes and apostrophes. 255 words. A matter apart from batch 51v's Nathan Harris file (CFTC 8002-19, the order "
 "against Harris himself for the unauthorized trading, in train) and from the order against K&K and its principals "
 "(7803-18, not in the corpus): this order is against A&A Trading alone, for its own failure to report and supervise; "
 "the same unauthorized trading is its background (**a doubt** for the lead: a near-neighbour of 51v's file). One text "
 "per matter. Found with 'CFTC Orders Illinois Introducing Broker and Principal to Pay penalty' (rank 8) and its own "
 "heading (rank 1). "
 + CHECK + "'8268-20', 'A&A Trading', 'Financial Crime Enforcement Network', 'FinCEN', 'Bank Secrecy Act Task Force', "
 "'suspicious activity report': 0 in the corpus files, GATHERING.md, the gather scripts, /work/notes and the pools; "
 "'Kooima' only in batch 51zf's script and section (7803-18 named as not found on cftc.gov); 'Nathan Harris' only in "
 "51v's file on Harris's own order; 'James McDonald' only in 51a's Monex file (another matter).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
