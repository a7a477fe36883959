#!/usr/bin/env python3
"""Batch 44u (session 45, gatherer 44u): a reinsurer's four former executives and an insurer's former executive with
the reinsurer's Dublin subsidiary, an insurance group and its spun-off former reinsurance group settling with an SEC
official, a discount retailer's former Chief Executive Officer ordered to pay, and a gas distributor with its former
Assistant Vice President and Controller, told in US Securities and Exchange Commission texts of 2006-2010 (US federal
government works, 17 U.S.C. 105), a sixth round of session 45 after batches 44d, 44h, 44l, 44p and 44r in the federal
SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d, 44h,
44l, 44p, 44r; 43i and 43k found nothing) -- first-party SEC text from sec.gov as the search tool's page store holds
it (or as the UNT Libraries' End of Term 2008 web archive holds the sec.gov page):
  - the SEC's Litigation Release No. 19552 (2 February 2006, 'SEC Charges One AIG and Four Gen Re Executives for
    Aiding in AIG Securities Fraud'): 'five former senior executives of General Re Corporation (Gen Re) and American
    International Group, Inc. (AIG)', 'Cologne Re Dublin, a Gen Re subsidiary in Dublin, Ireland' (the UNT Libraries'
    End of Term 2008 archive of the sec.gov page);
  - the SEC's press release 2008-292 (11 December 2008, 'Zurich Financial Services, Converium Holding AG Settle
    Reinsurance Fraud Charges'): 'Converium Holding AG, now known as SCOR Holding (Switzerland) AG', 'Zurich's former
    reinsurance group, which operated under the name Zurich Re and was later spun off in 2001 as Converium'; Linda
    Chatman Thomsen, Director of the SEC's Division of Enforcement, quoted;
  - the SEC's Litigation Release No. 21438 (5 March 2010, 'Former CEO Of Kmart Ordered to Pay Over $10 Million'):
    'Charles C. Conaway, the former Chief Executive Officer of Kmart Corporation';
  - the SEC's Litigation Release No. 21391 (22 January 2010): Nicor, Inc., 'a major Chicago-area natural gas
    distributor', and Jeffrey Metz, 'its former Assistant Vice President and Controller'.
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number and caption lines,
datelines, sub-headings and headings are left out (the heading kept as `title`, the date as `published`); no word
added or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch44u.py [POOL_DIR] [--dry]   (default /tmp/gather45u/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch44d import CHECK, SEC_ARC   # batch43a's check note with the session-45 pools named; the archive origin
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather45u/pool"
R = []

# ---- Gen Re and AIG, Litigation Release No. 19552, 2 February 2006 (UNT End of Term 2008) ----------------------------
U1 = "https://webarchive.library.unt.edu/eot2008/20080916025705/http://sec.gov/litigation/litreleases/lr19552.htm"
R.append(federal(
 "us-sec-gen-re-aig-former-executives-ferguson-sham-reinsurance-2006", U1, "2006-02-02",
 "SEC CHARGES ONE AIG AND FOUR GEN RE EXECUTIVES FOR AIDING IN AIG SECURITIES FRAUD",
 "The Securities and Exchange Commission today announced that it filed an enforcement action against five former "
 "senior executives of General Re Corporation (Gen Re) and American International Group, Inc. (AIG) for helping AIG "
 "mislead investors through the use of fraudulent reinsurance transactions.  Four of the former executives, Ronald "
 "Ferguson, Elizabeth Monrad, Robert Graham and Christopher Garand, were with Gen Re, while the fifth, Christian "
 "Milton, was with AIG. The complaint, filed today in federal court in Manhattan, alleges that the defendants and "
 "others aided and abetted AIG\u2019s violations of the antifraud and other provisions of the federal securities laws "
 "by helping AIG structure two sham reinsurance transactions that falsely increased AIG\u2019s loss reserves in the "
 "fourth quarter of 2000 and first quarter of 2001 by a total of $500 million. The transactions were initiated by "
 "AIG to quell criticism by analysts concerning a reduction in the company\u2019s loss reserves in the third quarter "
 "of 2000.\n\n"
 "In its complaint the Commission alleges that Ferguson, Monrad, Graham, Garand, and others at Gen Re worked with "
 "Milton and others at AIG to fashion two sham reinsurance contracts between Cologne Re Dublin, a Gen Re subsidiary "
 "in Dublin, Ireland, and an AIG subsidiary.\n\n"
 "The complaint details recorded conversations among the defendants and other evidence reflecting the planning and "
 "implementation of the sham transaction.",
 "reinsurance/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 19552, February 2, 2006 (Securities and Exchange "
 "Commission v. Ronald Ferguson, Elizabeth Monrad, Robert Graham, Christopher Garand, and Christian Milton, Case No. "
 "06 Civ 0778 (S.D.N.Y.)), US federal government work (public domain); text of the sec.gov page as the UNT "
 "Libraries' End of Term 2008 web archive holds it, from the search tool's page store at " + U1,
 SEC_ARC,
 "An SEC litigation release (a US federal work, public domain) on sec.gov (litigation/litreleases/lr19552.htm) as "
 "the End of Term 2008 web archive (webarchive.library.unt.edu) holds the page: the SEC's own page, archived "
 "unchanged (44d's HealthSouth and 44r's Engineered Support texts the same way), no third-party copy. Left out: the "
 "page lines 'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and "
 "Exchange Commission', 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 19552 / February 2, 2006' "
 "(kept as `published`), 'Accounting and Auditing Enforcement Release No. 2369 / February 2, 2006', the case caption "
 "('SECURITIES AND EXCHANGE COMMISSION V. RONALD FERGUSON, ELIZABETH MONRAD, ROBERT GRAHAM, CHRISTOPHER GARAND, AND "
 "CHRISTIAN MILTON, Case No. 06 Civ 0778 (S.D.N.Y.)'), the heading (kept as `title`, in capitals as printed); cut "
 "after the third paragraph's first sentence, before its second ('On the basis of this evidence, the comp'), where "
 "the store's excerpt breaks off (`truncated`). Kept as written: the double space after the first sentence, the "
 "curly apostrophes, the bracketed short names '(Gen Re)' and '(AIG)', 'fourth quarter of 2000 and first quarter of "
 "2001', '$500 million'. 219 words. One text per matter: the speech of Linda Chatman Thomsen, Director of the "
 "Division of Enforcement, at the Justice Department's press conference on the same filing (sec.gov "
 "news/speech/spch020206lct.htm in the same UNT archive, rank 4) not taken; news and blogs on the same matter "
 "(blog.kir.com, dig-in (the Justice Department's sentencing release, a third-party copy), propertycasualty360, "
 "dougsimpson.com, cfo.com, institutionalinvestor) left out. Found with 'SEC charges General Re former executives "
 "AIG finite reinsurance Ronald Ferguson press release' (rank 7). "
 + CHECK + "'Gen Re', 'General Re', 'Cologne Re', 'Monrad', 'Christian Milton', 'Ronald Ferguson', 'Garand', "
 "'Robert Graham', '19552', 'American International Group': 0 in the corpus files, the gather scripts and the pools "
 "(GATHERING.md names 'Gen Re' only among 44r's leads); 'AIG': three other texts (a Federal Reserve chairman's "
 "confirmation, a broadcaster's director, an Irish committee on insurers; by file names only) and batch 16d's "
 "scripts, not this matter; 'Dublin', 'Manhattan': other texts (places).", True))

# ---- Zurich Financial Services and Converium, press release 2008-292, 11 December 2008 (sec.gov) ----------------------
U2 = "https://www.sec.gov/news/press/2008/2008-292.htm"
T2 = "Zurich Financial Services, Converium Holding AG Settle Reinsurance Fraud Charges"
R.append(federal(
 "us-sec-zurich-financial-converium-finite-reinsurance-settlement-2008", U2, "2008-12-11", T2,
 "The Securities and Exchange Commission today announced settled civil securities fraud charges against Zurich "
 "Financial Services and Converium Holding AG, now known as SCOR Holding (Switzerland) AG, relating to finite "
 "reinsurance transactions. The SEC's orders find that Zurich's former reinsurance group, which operated under the "
 "name Zurich Re and was later spun off in 2001 as Converium, designed three reinsurance transactions to make it "
 "appear that risk had been transferred to third-party entities when, in fact, the risk remained with "
 "Zurich-controlled entities.\n\n"
 "According to the SEC's orders, Zurich Re \u2014 and later Converium \u2014 improperly used reinsurance accounting "
 "for the transactions enabling them to artificially inflate their performance figures. This misconduct allowed "
 "Zurich to receive a significant windfall when it spun off Converium in a December 2001 initial public offering. "
 "Converium continued the fraudulent scheme following the IPO. Zurich and Converium agreed to settle the SEC's "
 "charges without admitting or denying the SEC's findings, and Zurich will pay a $25 million penalty.\n\n"
 "\"This was a scheme by former executives of Zurich Re, and later Converium, to manipulate their performance "
 "results through sham transactions and improper accounting,\" said Linda Chatman Thomsen, Director of the SEC's "
 "Division of Enforcement. \"It had the effect of artificially boosting Converium's market standing and IPO "
 "offering price, causing significant harm to the investing public.\"",
 "insurance and reinsurance/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2008-292 '" + T2 + "', Washington, D.C., Dec. 11, 2008, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/press/YYYY/YYYY-NNN.htm' address): first-party text, no third-party copy. Left out: the page lines 'U.S. "
 "Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', "
 "the heading (kept as `title`), the lines 'FOR IMMEDIATE RELEASE' and '2008-292', the dateline 'Washington, D.C., "
 "Dec. 11, 2008 \u2014' (kept as `published`); cut after the third paragraph (Thomsen's quotation), before the fourth "
 "('James Clarkson, Acting Director of the SEC's New York Regional Office, added, \"Today's cases against Zurich and "
 "Converium, along with the previous enforcement actions brought by the SEC in this area, have been critical in "
 "curbing a widesprea'), where the store's excerpt breaks off (`truncated`; the broken quotation cut whole, so "
 "Clarkson and the New York Regional Office are not in the text). Kept as written: the straight quotation marks and "
 "apostrophes, the two em dashes around 'and later Converium', 'now known as SCOR Holding (Switzerland) AG', "
 "'Zurich-controlled', '$25 million'. 218 words. One text per matter: the SEC's Litigation Release No. 20825 of the "
 "same day on the settled court action against Zurich (sec.gov, rank 4; its stored excerpt carries damaged "
 "characters in place of dashes) not taken; the complaint against Zurich (fdocuments.in, a filing), reinsurancefocus, "
 "dig-in (twice), task-writers and canadianunderwriter left out. Found with 'SEC Litigation Release Converium Holding "
 "finite reinsurance Zurich Financial Services settles' (rank 7). "
 + CHECK + "'Converium', 'SCOR', 'Zurich Re', 'Zurich Financial', 'Clarkson', '2008-292', '20825': 0 in the corpus "
 "files, GATHERING.md, the gather scripts and the pools; 'Zurich': other texts (the city, a cantonal bank); 'Linda "
 "Chatman Thomsen', 'Division of Enforcement': 44l's and 44p's SEC texts (the same SEC official and division, other "
 "matters).", True))

# ---- Kmart and Charles C. Conaway, Litigation Release No. 21438, 5 March 2010 (sec.gov) -------------------------------
U3 = "http://sec.gov/litigation/litreleases/2010/lr21438.htm"
T3 = "Former CEO Of Kmart Ordered to Pay Over $10 Million"
R.append(federal(
 "us-sec-kmart-former-ceo-conaway-ordered-to-pay-2010", U3, "2010-03-05", T3,
 "The Securities and Exchange Commission announced today that Charles C. Conaway, the former Chief Executive Officer "
 "of Kmart Corporation, has been ordered to pay over $10 million in disgorgement, prejudgment interest and civil "
 "penalties.  On August 23, 2005, the SEC charged Conaway with misleading investors about Kmart's financial "
 "condition in the months preceding the company's bankruptcy. On June 1, 2009, a jury returned a verdict in the "
 "SEC's favor on all charges following a three-week trial in Ann Arbor, Michigan, before Magistrate Judge Steven D. "
 "Pepe of the United States District Court for the Eastern District of Michigan.  On March 3, 2010, the court "
 "ordered Conaway to pay disgorgement in the amount of $5,000,000, together with prejudgment interest thereon in the "
 "amount of $2,853,432, and a civil penalty of $2,500,000.  The court further ordered that Conaway provide a "
 "declaration that he has not received and will not seek any payment, reimbursement, or indemnification from any "
 "third party for any portion of the civil penalty, and if he fails to provide such declaration, that Conaway pay a "
 "civil penalty of $5,000,000.  The court enjoined Conaway from taking any action to transfer, conceal, or dissipate "
 "assets for 60 days while the parties attempt to negotiate the terms of a stay pending appeal.  For additional "
 "information, see Litigation Release Nos. 21065 (June 1, 2009) and 19344 (Aug. 23, 2005).",
 "discount retail/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21438, March 5, 2010 (Securities and Exchange "
 "Commission v. Charles C. Conaway and John T. McDonald, Jr., 05 Civ. 40263 (E.D. Michigan, filed August 23, 2005)), "
 "US federal government work (public domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/YYYY/lrNNNNN.htm' address, the page in the site's later layout): first-party text, no "
 "third-party copy. Left out: the page's name line 'Charles C. Conaway and John T. McDonald, Jr.' (twice), "
 "'Litigation Release No. 21438 / March 5, 2010' (kept as `published`), the case caption ('Securities and Exchange "
 "Commission v. Charles C. Conaway and John T. McDonald, Jr., 05 Civ. 40263 (E.D. Michigan, filed August 23, 2005)'), "
 "the heading (kept as `title`), the page line 'Last Reviewed or Updated: June 27, 2023' after the text. The whole "
 "release is kept (one paragraph, as printed; `truncated` false). Kept as written: the double spaces between "
 "sentences, 'the former Chief Executive Officer of Kmart Corporation', 'Magistrate Judge', the amounts, the closing "
 "cross-reference 'For additional information, see Litigation Release Nos. 21065 (June 1, 2009) and 19344 (Aug. 23, "
 "2005).'. 226 words. One text per matter: news on the 2005 charges and the 2009 verdict (floordaily, wwd, "
 "money.cnn, thedailycaveat (NYT), securitiesdocket, accountingtoday, crainsdetroit) left out. Found with 'SEC "
 "charges former Kmart CEO Charles Conaway CFO John McDonald press release' (rank 2). "
 + CHECK + "'Conaway', 'Steven D. Pepe', 'Ann Arbor', 'Eastern District of Michigan', '21438', '21065', '19344': 0 in "
 "the corpus files, GATHERING.md, the gather scripts and the pools; 'Kmart': one train text on Kmart's 2004 deal to "
 "buy Sears (by file name only; GATHERING.md names it among batch 38u's copies of events the corpus has), not this matter; 'Pepe': other "
 "persons (a train text and batch 32h's scripts).", False))

# ---- Nicor and Jeffrey Metz, Litigation Release No. 21391, 22 January 2010 (sec.gov) ----------------------------------
U4 = "http://www.sec.gov/litigation/litreleases/2010/lr21391.htm"
T4 = "SEC Distributes More Than $10 Million To More Than 7,000 Investors Injured in Financial Fraud"
R.append(federal(
 "us-sec-nicor-former-controller-metz-fair-fund-distribution-2010", U4, "2010-01-22", T4,
 "The Securities and Exchange Commission announced that on January 22, 2010 the fund administrator issued checks "
 "totaling $10.2 million to approximately 7000 shareholders of Nicor, Inc. who had been injured by the company's "
 "financial fraud. The Commission had earlier filed a settled civil injunctive action against Nicor, Inc. and "
 "Jeffrey Metz on March 29, 2007, alleging financial fraud lasting from 1999 to 2002. See Litigation Release No. "
 "20060 (March 29, 2007).\n\n"
 "The complaint alleged that Nicor, a major Chicago-area natural gas distributor, and Metz, its former Assistant Vice "
 "President and Controller, engaged in improper transactions, made material misrepresentations, and failed to "
 "disclose material information regarding Nicor's gas inventory in order to meet earnings targets and increase the "
 "company's revenues under a performance-based rate plan administered by the Illinois Commerce Commission.\n\n"
 "Without admitting or denying the Commission's allegations, Nicor and Metz each consented to an order permanently "
 "enjoining them from violating the antifraud and reporting provisions of the federal securities laws. Nicor also "
 "consented to pay $1 of disgorgement and a civil penalty of $10 million. Metz also consented to pay disgorgement of "
 "$7,404, prejudgment interest of $2,647, a civil penalty of $50,000, and was barred from serving as an officer or "
 "director of a public company for five years. All the funds collected were placed in a Fair Fund for distribution "
 "to affected shareholders of Nicor's fraud.",
 "natural gas distribution/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21391, January 22, 2010 (Securities and Exchange "
 "Commission v. Nicor Inc. and Jeffrey L. Metz, Civil Action No.07-CV-01739 (N.D. Illinois)), US federal government "
 "work (public domain); text from the search tool's page store at " + U4,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/YYYY/lrNNNNN.htm' address, the page in the site's later layout): first-party text, no "
 "third-party copy. Left out: the page lines 'Breadcrumb', 'Nicor Inc. and Jeffrey L. Metz' (twice), 'United States "
 "Securities and Exchange Commission', 'Litigation Release No. 21391 / January 22, 2010' (kept as `published`), the "
 "case caption ('Securities and Exchange Commission v. Nicor Inc. and Jeffrey L. Metz, Civil Action No.07-CV-01739 "
 "(N.D. Illinois)'), the heading (kept as `title`); cut after the third paragraph, before the fourth ('On February "
 "23, 2009, the court appointed The Garden City Group, Inc. (\"GCG\") as the fund admini'), where the store's excerpt "
 "breaks off (`truncated`; the broken sentence cut whole, so the fund administrator is not named in the text). Kept "
 "as written: 'approximately 7000' without a comma, 'See Litigation Release No. 20060 (March 29, 2007).', "
 "'Chicago-area', 'Assistant Vice President and Controller', the amounts. 227 words. One text per matter: news and "
 "comment on Nicor's 2007 settlement and on the charges against its former CEO, CFO and Treasurer (naturalgasintel "
 "(three), secactions, a blog's copy of the SEC's press release of 9 August 2007 on those officers "
 "(stock-exchange-financials.blogspot, a third-party copy), chicagotribune, chicagobusiness, jdsupra, court opinions "
 "on findacase, justia and fdocuments) left out. Found with 'sec.gov SEC Files Fraud Charges Against Nicor's Former "
 "CEO, CFO and Treasurer Thomas Fisher Kathleen Halloran George Behrens' (rank 8). "
 + CHECK + "'Nicor', 'Jeffrey Metz', 'Illinois Commerce Commission', '21391', '20060', '07-CV-01739', 'Halloran': 0 "
 "in the corpus files, GATHERING.md, the gather scripts and the pools; 'Metz': inside another name in one test text "
 "and batch 31e's scripts (by file names and the scripts only); 'Fair Fund': 41j's and 44l's SEC texts (other "
 "matters); 'Chicago': other texts (a place).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
