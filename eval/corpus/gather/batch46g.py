#!/usr/bin/env python3
"""Batch 46g (session 47, gatherer 46g): an asset manager's two former senior managing directors, who ran its two
largest hedge funds, charged with misleading investors before the funds collapsed in 2007, the parallel indictment by a
U.S. Attorney's Office noted; a registered investment adviser and its chairman and chief executive settling insider
trading charges over a software maker's shares, the tipper a former employee of that maker -- told in two US
Securities and Exchange Commission litigation releases of 2008 and 2010 (US federal government works, 17 U.S.C. 105),
the third round of session 47 in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g,
42j, 42v, 42y, 43a, 43d, 43g, 44d, 44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm,
45zp, 45zs, 45zv, 46a and 46d; 43i and 43k found nothing), on new matters -- first-party SEC text, the sec.gov pages
as the search tool's page store holds them:
  - the SEC's Litigation Release No. 20625 (19 June 2008, 'SEC Charges Two Former Bear Stearns Hedge Fund Portfolio
    Managers with Securities Fraud'): 'Bear Stearns Asset Management (BSAM)', its then senior managing directors Ralph
    R. Cioffi and Matthew M. Tannin, the 'Bear Stearns High-Grade Structured Credit Strategies Fund' and the 'Bear
    Stearns High-Grade Structured Credit Strategies Enhanced Leverage Fund', the U.S. Attorney's Office for the Eastern
    District of New York (sec.gov's old 'litigation/litreleases/YYYY/lrNNNNN.htm' address, 'https://www.');
  - the SEC's Litigation Release No. 21540 (28 May 2010, 'SEC Charges Pequot Capital Management, Inc. and CEO Arthur
    Samberg in Insider Trading Case'): 'Pequot Capital Management, Inc., a registered investment adviser based in
    Connecticut', 'Arthur J. Samberg, its Chairman and CEO', David Zilkha, Microsoft Corp. (the same address form,
    'http://' without 'www.').
46d's leads (UnitedHealth/McGuire, Cablevision) gave no SEC page in the store (news, class-action pages, blogs and one
copy of Litigation Release No. 20836 on a wordpress blog); these two came from queries of the lane's form (the
company, its executives' names and posts) on matters of 2005-2010 outside the backdating cases: rank 3 and rank 2.
Texts are the search tool's page-store excerpts (corpus `pages`). Page-name, release-number and caption lines are left
out (the heading kept as `title`, the release date as `published`); no word added or changed; paragraphs joined by a
blank line; each text cut at the last full sentence before the store's excerpt breaks off. Written before any extractor
ran on the texts (newskg was not run on them).
usage: batch46g.py [POOL_DIR] [--dry]   (default /tmp/gather47g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch46a import CHECK   # batch45a's check note with the session-47 pools /tmp/gather47*/pool named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather47g/pool"
R = []

# ---- Bear Stearns Asset Management, Cioffi and Tannin, Litigation Release No. 20625, 19 June 2008 (sec.gov) -------------
U1 = "https://www.sec.gov/litigation/litreleases/2008/lr20625.htm"
T1 = "SEC Charges Two Former Bear Stearns Hedge Fund Portfolio Managers with Securities Fraud"
R.append(federal(
 "us-sec-bear-stearns-asset-management-former-senior-managing-directors-cioffi-tannin-hedge-funds-2008", U1,
 "2008-06-19", T1,
 "The Securities and Exchange Commission today charged two former Bear Stearns Asset Management (BSAM) portfolio "
 "managers for fraudulently misleading investors about the financial state of the firm's two largest hedge funds and "
 "their exposure to subprime mortgage-backed securities before the collapse of the funds in June 2007.\n\n"
 "The SEC's complaint alleges that when the hedge funds took increasing hits to the value of their portfolios during "
 "the first five months of 2007 and faced escalating redemptions and margin calls, then-BSAM senior managing "
 "directors Ralph R. Cioffi and Matthew M. Tannin deceived their own investors and certain institutional "
 "counterparties about the funds' growing troubles until they collapsed and caused investor losses of approximately "
 "$1.8 billion.\n\n"
 "In a related criminal action today, the U.S. Attorney's Office for the Eastern District of New York announced the "
 "indictment of Cioffi and Tannin on conspiracy and fraud charges.\n\n"
 "According to the SEC's complaint, filed in the U.S. District Court for the Eastern District of New York, the Bear "
 "Stearns High-Grade Structured Credit Strategies Fund and Bear Stearns High-Grade Structured Credit Strategies "
 "Enhanced Leverage Fund collapsed after taking highly leveraged positions in structured securities based largely on "
 "subprime mortgage-backed securities. According to the complaint, Cioffi acted as senior portfolio manager and "
 "Tannin acted as portfolio manager and chief operating officer for the funds, and they misrepresented the funds' "
 "deteriorating condition and the level of investor redemption requests in order to bring in new money and keep "
 "existing investors and institutional counterparties from withdrawing money.",
 "asset management/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20625, June 19, 2008 (SEC v. Ralph R. Cioffi and "
 "Matthew M. Tannin, Civil Action No. 08 2457 (FB) (E.D.N.Y. June 19, 2008)), US federal government work (public "
 "domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/YYYY/lrNNNNN.htm' address, 'https://www.'): first-party text, no third-party copy. Left out: "
 "the line 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 20625 / June 19, 2008' (kept as "
 "`published`), the caption 'SEC v. Ralph R. Cioffi and Matthew M. Tannin, Civil Action No. 08 2457 (FB) (E.D.N.Y. "
 "June 19, 2008)', the heading (kept as `title`); cut after the fourth paragraph's second sentence ('... from "
 "withdrawing money.'), before 'The complaint', where the store's excerpt breaks off (`truncated`). Kept as written: "
 "the straight apostrophes ('firm's', 'SEC's', 'funds'', 'Attorney's'), 'then-BSAM', 'mortgage-backed' twice, "
 "'High-Grade' twice, the lower-case posts ('senior managing directors', 'senior portfolio manager', 'portfolio "
 "manager and chief operating officer'), 'for fraudulently misleading'. 248 words. One text per matter: the SEC's "
 "press release 2008-115 on the same charges (held in the store only as a copy on webarchive.library.unt.edu's "
 "end-of-term archive) and news (bloomberg, efinancialnews, 6abc, nysun, cfo.com) and secactions' report of the later "
 "settlement left out. Found with 'SEC charges Bear Stearns Asset Management Ralph Cioffi Matthew Tannin senior "
 "managing director hedge funds fraud 2008' (rank 3; rank 1 the archived press release). "
 + CHECK + "'Bear Stearns': one test file (wn-markets-dragged-down-credit-crisis-2007: a Wikinews market story of "
 "2007, by its name another matter; not opened) and no gather script; 'Bear Stearns Asset', 'BSAM', 'Cioffi', "
 "'Tannin', 'High-Grade', 'High Grade', 'lr20625', '08 2457', '2008-115': 0 in the corpus files, GATHERING.md, the "
 "gather scripts, the session-47 notes and pools; '20625': one dev file on a 2000 Federal Register notice "
 "(Flowserve/Ingersoll-Dresser Pump, another matter) and batch44c (the same); 'Eastern District of New York': nine "
 "corpus files on other matters (Computer Associates, American Tissue, Symbol Technologies, Comverse, Goldman Sachs, "
 "broadcasting and waste mergers, a court-system notice; file names only).",
 True))

# ---- Pequot Capital Management and Arthur J. Samberg, Litigation Release No. 21540, 28 May 2010 (sec.gov) ---------------
U2 = "http://sec.gov/litigation/litreleases/2010/lr21540.htm"
T2 = "SEC Charges Pequot Capital Management, Inc. and CEO Arthur Samberg in Insider Trading Case"
R.append(federal(
 "us-sec-pequot-capital-management-chairman-ceo-samberg-microsoft-insider-trading-settled-2010", U2, "2010-05-28", T2,
 "The Securities and Exchange Commission announced today that on May 27, 2010, it filed a settled civil enforcement "
 "action against Pequot Capital Management, Inc., a registered investment adviser based in Connecticut, and Arthur J. "
 "Samberg, its Chairman and CEO, in connection with insider trading in Microsoft Corp. securities in 2001.\n\n"
 "The Commission's complaint, filed in the United States District Court in Connecticut, alleges that on Friday, April "
 "6, 2001, amidst rumors that Microsoft would miss its earnings estimates for the quarter that had ended on March 31, "
 "Samberg emailed David Zilkha, seeking information about whether Microsoft would meet its earnings estimates. At the "
 "time, Zilkha was a Microsoft employee who had accepted an offer of employment from Pequot. That weekend, Zilkha "
 "contacted colleagues at Microsoft and learned that Microsoft would meet or beat its estimates. The Commission's "
 "complaint further alleged that based on this inside information, Zilkha then conveyed to Samberg his understanding "
 "that Microsoft would meet or beat its earnings estimates. Samberg thereafter purchased Microsoft options on behalf "
 "of funds managed by Pequot. In addition, at Samberg's recommendation, a friend of Samberg's purchased Microsoft "
 "stock. On April 19, 2001, after the market had closed, Microsoft announced its earnings for the quarter. Consistent "
 "with the information Zilkha had conveyed to Samberg, Microsoft beat its earnings estimates.",
 "investment management/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21540, May 28, 2010 (Securities and Exchange "
 "Commission v. Pequot Capital Management, Inc. and Arthur J. Samberg, 3:10-CV-00831-CVD (United States District "
 "Court for the District of Connecticut, Complaint filed May 27, 2010)), US federal government work (public domain); "
 "text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/YYYY/lrNNNNN.htm' address, without 'www.'): first-party text, no third-party copy. Left "
 "out: the page's name line 'Pequot Capital Management, Inc. and Arthur J. Samberg', the line 'U.S. SECURITIES AND "
 "EXCHANGE COMMISSION', 'Litigation Release No. 21540 / May 28, 2010' (kept as `published`), the caption 'Securities "
 "and Exchange Commission v. Pequot Capital Management, Inc. and Arthur J. Samberg, 3:10-CV-00831-CVD (United States "
 "District Court for the District of Connecticut, Complaint filed May 27, 2010)', the heading (kept as `title`); cut "
 "after the second paragraph's ninth sentence ('... Microsoft beat its earnings estimates.'), before 'As a result of "
 "the illegal trading, the Pequot funds had gains of $14,769,960 and Samberg's friend had g', where the store's "
 "excerpt breaks off (`truncated`). Kept as written: the straight apostrophes ('Commission's', 'Samberg's' twice), "
 "'Chairman and CEO' with capitals, 'Microsoft Corp.', 'the United States District Court in Connecticut', 'Friday, "
 "April 6, 2001', 'amidst', 'emailed', 'complaint further alleged' (past tense beside 'alleges'). 216 words. One text "
 "per matter: news (gaeatimes (two), bobsguide, hedgefundintelligence, washingtonpost, aol) and the lawprofessors blog "
 "left out. Found with 'SEC Charges Pequot Capital Management and CEO Arthur Samberg With Insider Trading David "
 "Zilkha' (rank 2; rank 1 an AP story). "
 + CHECK + "'Pequot', 'Samberg', 'Zilkha', '21540', 'lr21540', '10-CV-00831', 'District of Connecticut': 0 in the "
 "corpus files, GATHERING.md, the gather scripts, the session-47 notes and pools; 'Microsoft Corp.': five corpus "
 "files and 'Connecticut': nineteen, on other matters (file names only).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
