#!/usr/bin/env python3
"""Batch 47y (session 48, gatherer 47y): company officers charged by the SEC -- the former President of the Asia
Pacific office of Clarent Corporation, a bankrupt Redwood City, California provider of Internet telephone products,
sued over revenue Clarent overstated in 2000 and 2001; the Group Managing Director of Gerber Scientific, Inc.'s Spandex
PLC subsidiary and Spandex's vice-president of marketing, sued for insider trading in Gerber's stock; the former chief
financial officer and chief operating officer of Lantronix, Inc., an Irvine, California technology company, sued over
channel stuffing -- told in three SEC litigation releases of 2004 and 2006 (US federal government works, 17 U.S.C.
105), the ninth round of session 48 in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a,
42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d, 44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi,
45zm, 45zp, 45zs, 45zv, 46a, 46d, 46g, 46j, 46m, 46n, 47a, 47e, 47h, 47k, 47m, 47p, 47s and 47v; 43i and 43k found
nothing), on new matters (47v's leads: litigation releases of 2002-2006 asked by company name -- the company names
were checked first against the corpus, GATHERING.md, the gather scripts and the session-48 pools; generic queries
again gave law-firm digests) -- first-party SEC text, the sec.gov pages themselves as the search tool's page store
holds them:
  - the SEC's Litigation Release No. 18915 (30 September 2004, Securities and Exchange Commission v. Matthew M.
    Chiang, N.D. Cal. No. C 04-4145 SI): 'the former President of the Asia Pacific office of Redwood City,
    California-based Clarent Corporation', "Clarent's former President of Asia Pacific operations Matthew M. Chiang,
    35, of Taipei, Taiwan" (sec.gov's 'litigation/litreleases/lr18915.htm');
  - the SEC's Litigation Release No. 18742 (2004 by its number; the stored page gives no date): Frederick David Jones,
    'the Group Managing Director of Gerber's Spandex PLC ("Spandex") subsidiary', Mark Godden, 'the vice-president of
    marketing with Spandex', Gerber Scientific, Inc. ('Gerber'), Graphic-Cal, 'Australia's largest sign making
    materials supplier' (sec.gov's 'litigation/litreleases/lr18742.htm');
  - the SEC's Litigation Release No. 19850 (28 September 2006, SEC v. Steven V. Cotton, C.D. Cal. No. SA CV-06-905 AG
    (ANx), 'SEC Charges Former CFO of Lantronix, Inc. With Fraudulently Inflating Revenues and Earnings'): Steven V.
    Cotton, 'the former chief financial officer and chief operating officer of Lantronix, Inc., an Irvine, Calif.
    technology company' (sec.gov's 'litigation/litreleases/lr-19850').
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines ('U.S. Securities & Exchange
Commission', 'SEC Seal', 'Home Previous Page', 'U.S. Securities and Exchange Commission', a page's name line),
release-number, caption, sub-heading and heading lines are left out (a heading kept as `title`, the release date as
`published`; where the excerpt gives neither, both null, as 47e's Security Trust release); no word added or changed;
paragraphs joined by a blank line; each text cut at the last full sentence before the store's excerpt breaks off.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch47y.py [POOL_DIR] [--dry]   (default /tmp/gather48y/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch47a import CHECK   # batch45a's check note with the session-48 pools /tmp/gather48*/pool named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48y/pool"
R = []

# ---- Clarent Corporation, Matthew M. Chiang, Litigation Release No. 18915, 30 September 2004 (sec.gov) --------------
U1 = "https://www.sec.gov/litigation/litreleases/lr18915.htm"
R.append(federal(
 "us-sec-clarent-former-asia-pacific-president-chiang-revenue-fraud-2004", U1, "2004-09-30", None,
 "The Securities and Exchange Commission announced that it has filed financial accounting fraud charges against the "
 "former President of the Asia Pacific office of Redwood City, California-based Clarent Corporation. His misconduct, "
 "and that of another Clarent executive, led Clarent, a now-bankrupt provider of Internet telephone products, to "
 "overstate its revenue by 33% for the fourth quarter of 2000, and by 23% and 39% respectively for the first two "
 "quarters of 2001.\n\n"
 "The Commission sued Clarent's former President of Asia Pacific operations Matthew M. Chiang, 35, of Taipei, Taiwan, "
 "for allegedly inflating Clarent's revenue through fraudulent sales transactions and siphoning cash to a company in "
 "which Chiang and his family held influential positions.\n\n"
 "The complaint alleges that, in December 2000, Chiang induced a Taiwanese technology firm to place orders of "
 "approximately $7 million for Clarent hardware and software by promising that, if the firm could not resell the "
 "products, Clarent would arrange for a company associated with Chiang's family to buy the goods (as in fact "
 "ultimately occurred). These side arrangements made it improper for Clarent to recognize revenue for the sales, but, "
 "according to the complaint, Chiang concealed the secret deal terms from Clarent's finance personnel, causing the "
 "company to report phony revenue to the public.\n\n"
 "The Commission further alleges that, in June 2001, Chiang directed the unauthorized release of $35 million from "
 "Clarent's Asia Pacific office to the Chiang-related entity.",
 "telecommunications equipment/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 18915 / Accounting and Auditing Enforcement Release "
 "No. 2118, September 30, 2004 (Securities and Exchange Commission v. Matthew M. Chiang, United States District Court "
 "for the Northern District of California, San Francisco Division, No. C 04-4145 SI), US federal government work "
 "(public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/lr18915.htm' address): first-party text, no third-party copy. Left out: the page lines 'U.S. "
 "Securities & Exchange Commission', 'SEC Seal', 'Home Previous Page', 'U.S. Securities and Exchange Commission' "
 "(twice), the release lines 'Litigation Release No. 18915 / September 30, 2004' (the date kept as `published`) and "
 "'Accounting and Auditing Enforcement Release No. 2118 / September 30, 2004', the caption 'SECURITIES AND EXCHANGE "
 "COMMISSION v. MATTHEW M. CHIANG, United States District Court for the Northern District of California, San "
 "Francisco Division, No. C 04-4145 SI'. The release has no heading of its own (the caption is a case name): `title` "
 "null (as 47e's Security Trust release). Cut after the fourth paragraph's first sentence ('... to the Chiang-related "
 "entity.'), before 'The $35 million cash di', where the store's excerpt breaks off inside a word (`truncated`). Kept "
 "as written: 'President' capitalised in both posts ('the former President of the Asia Pacific office of', 'former "
 "President of Asia Pacific operations'), 'Redwood City, California-based', 'a now-bankrupt provider', '33%', '23% "
 "and 39% respectively', 'Chiang, 35, of Taipei, Taiwan', 'the Chiang-related entity', the straight apostrophes. 231 "
 "words. One text per matter: the SEC's companion release on Clarent's former CEO Jerry S. Chang (Litigation Release "
 "No. 18914, sec.gov: the same fraud told from the other executive's side; its stored excerpt has no date line) is "
 "the same matter and left out, as are the 2006 indictment of both men (networkworld), the class action "
 "(securities.stanford.edu) and Analysis Group's note on the auditor's trial. Found with 'Litigation Release Clarent "
 "Corporation former chief executive officer fraud complaint' (rank 4) and 'Litigation Release No. 18914 Securities "
 "and Exchange Commission v. Jerry S. Chang Clarent' (rank 4). "
 + CHECK + "'Clarent', 'Matthew M. Chiang', 'Jerry S. Chang', '18915', '18914', 'C 04-4145', 'Redwood City': 0 in "
 "the corpus files, GATHERING.md, the gather scripts and the session-48 pools; 'Chiang' as a word only in place "
 "names (Chiang Mai, Chiang Rai) and in Chiang Kai-shek's name, other stories (file names only).",
 True))

# ---- Gerber Scientific, Inc. / Spandex PLC, Jones and Godden, Litigation Release No. 18742 (2004, undated in the store)
U2 = "http://www.sec.gov/litigation/litreleases/lr18742.htm"
R.append(federal(
 "us-sec-gerber-scientific-spandex-group-managing-director-jones-vice-president-godden-insider-trading-2004", U2,
 None, None,
 "The Securities and Exchange Commission announced today that it filed civil fraud charges in the United States "
 "District Court for the Southern District of New York against Frederick David Jones (\"Jones\") and Mark Godden "
 "(\"Godden\") for engaging in insider trading in the securities of Gerber Scientific, Inc. (\"Gerber\").\n\n"
 "In its Complaint, the Commission alleged that Jones, age 57, was the Group Managing Director of Gerber's Spandex "
 "PLC (\"Spandex\") subsidiary and that Godden, age 47, was the vice-president of marketing with Spandex. The "
 "Commission further alleged that in early June 1999, Jones learned that Gerber had decided to acquire the assets of "
 "Graphic-Cal, Australia's largest sign making materials supplier. On the basis of this information and before the "
 "acquisition was made public, Jones, on June 11, 1999, purchased 5,000 shares of Gerber stock. Following the "
 "announcement of the acquisition on September 13, 1999, Gerber's stock price increased and Jones made a profit of "
 "$5,250 from his trading in advance of the announcement of the Graphic-Cal acquisition.\n\n"
 "The Commission further alleged that shortly before March 15, 2000, Jones received additional material, nonpublic "
 "information indicating that Gerber and its subsidiaries would have significantly worse financial results than "
 "previously expected. On the basis of this information, Jones, on March 15, 2000, sold 5,000 shares of Gerber stock. "
 "On April 26, 2000, Gerber announced that its results for the fourth quarter of fiscal year 2000 likely would be "
 "lower than expected. Gerber's stock price closed that day at $11.50 per share, down $3.63 from the prior day's "
 "closing price. Jones thus avoided losses of $47,500.\n\n"
 "In its Complaint, the Commission alleged that Godden also received material, nonpublic information about Gerber "
 "and its subsidiaries prior to the April 26, 2000 announcement.",
 "industrial technology/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 18742 (2004 by its number; the stored page gives "
 "no date) (Securities and Exchange Commission v. Frederick David Jones and Mark Godden, United States District Court "
 "for the Southern District of New York), US federal government work (public domain); text from the search tool's "
 "page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/lr18742.htm' address): first-party text, no third-party copy. The store's excerpt opens with "
 "the first sentence: no release line, caption or heading came with it, so `published` and `title` are null (as 47e's "
 "Security Trust release, 42g, 42y; the release's own day is not guessed -- its number falls between LR 18653 of "
 "spring 2004 and LR 18915 of 30 September 2004, so the id says 2004 -- and 'today' is left unresolved; every other "
 "date in the text is written in full). Cut after the fourth paragraph's first sentence ('... prior to the April 26, "
 "2000 announcement.'), before 'Among other things, Godden learned of product problems that a Gerber subsidiary was "
 "experiencing and that the subsidiary's operating ', where the store's excerpt breaks off (`truncated`). Kept as "
 "written: the straight double quotation marks of the short names ('(\"Jones\")', '(\"Godden\")', '(\"Gerber\")', "
 "'(\"Spandex\")'), 'Complaint' capitalised, 'Group Managing Director' capitalised beside 'vice-president of "
 "marketing' in lower case with a hyphen, 'sign making' without hyphen, 'the fourth quarter of fiscal year 2000', "
 "'nonpublic', the ages, the straight apostrophes. 285 words. One text per matter: no other page on the insider "
 "trading case came back. The SEC's cease-and-desist order against Gerber Scientific itself (Exchange Act Release "
 "No. 49541, 8 April 2004, on its inventory and reserve accounting: another matter, a filing; its excerpt breaks off "
 "inside the sentence naming Gerber's four subsidiaries), the 2002 class action (securities.stanford.edu) and "
 "Gerber's 8-Ks on EDGAR (company filings) left out. Found with 'SEC charges Gerber Scientific former executives "
 "subsidiary Litigation Release' (rank 1) and 'Litigation Release No. 18742 Frederick David Jones Mark Godden Spandex "
 "Gerber insider trading' (no page with the release's date came back). "
 + CHECK + "'Gerber', 'Spandex', 'Godden', 'Frederick David Jones', 'Graphic-Cal', '18742': 0 in the corpus files, "
 "GATHERING.md, the gather scripts and the session-48 pools (file names only).",
 True))

# ---- Lantronix, Inc., Steven V. Cotton, Litigation Release No. 19850, 28 September 2006 (sec.gov) -------------------
U3 = "https://www.sec.gov/litigation/litreleases/lr-19850"
T3 = "SEC Charges Former CFO of Lantronix, Inc. With Fraudulently Inflating Revenues and Earnings"
R.append(federal(
 "us-sec-lantronix-former-cfo-coo-cotton-channel-stuffing-2006", U3, "2006-09-28", T3,
 "The Securities and Exchange Commission today filed securities fraud charges against Steven V. Cotton, the former "
 "chief financial officer and chief operating officer of Lantronix, Inc., an Irvine, Calif. technology company, for "
 "perpetrating a scheme to defraud the investing public by falsely inflating Lantronix's financial results in its "
 "fiscal 2002 and 2001 years.\n\n"
 "Separately, Lantronix agreed to the issuance of an order that it cease and desist from future violations of the "
 "antifraud provisions of the federal securities laws.\n\n"
 "The Commission's complaint, filed in U.S. District Court in Los Angeles, California, alleges that Cotton, age 43, "
 "of Huntington Beach, California, orchestrated a scheme to inflate the company's revenues and earnings by "
 "deliberately sending excessive product to distributors and granting them undisclosed expanded return rights and "
 "unusual extended payment terms (a fraudulent practice known as \"channel stuffing\"). The complaint further alleges "
 "that, as part of the channel stuffing scheme and to prevent imminent product returns, Cotton caused Lantronix to "
 "loan funds to a third party to purchase Lantronix product from one of its distributors. According to the "
 "complaint, Lantronix, through Cotton, also engaged in other improper revenue recognition practices, including "
 "shipping product that had not been ordered and recognizing revenue on a contingent sale.",
 "networking technology/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 19850 / Accounting and Auditing Enforcement Release "
 "No. 2487 '" + T3 + "', September 28, 2006 (SEC v. Steven V. Cotton, Civil Action No. SA CV-06-905 AG (ANx) "
 "(C.D.Cal.)), US federal government work (public domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the newer "
 "'litigation/litreleases/lr-19850' address): first-party text, no third-party copy. Left out: the page's name line "
 "'Steven V. Cotton', the line 'U.S. SECURITIES AND EXCHANGE COMMISSION', the release line 'Litigation Release No. "
 "19850 / September 28, 2006' (the date kept as `published`), the line 'Accounting and Auditing Enforcement Release "
 "No. 2487 / September 28, 2006', the caption 'SEC v. Steven V. Cotton, Civil Action No. SA CV-06-905 AG (ANx) "
 "(C.D.Cal.)', the heading (kept as `title`), the sub-heading 'Lantronix Agrees to Cease and Desist From Future "
 "Securities Law Violations' (as 47k's sub-heading); cut after the third paragraph ('... recognizing revenue on a "
 "contingent sale.'), before 'The complaint alleges that as a result of Cotton's scheme, Lantronix overstated its "
 "revenues by up to 21 percent and understated pre-tax losses by up to 98 percent for its ', where the store's "
 "excerpt breaks off (`truncated`). Kept as written: 'an Irvine, Calif. technology company' beside 'Los Angeles, "
 "California' and 'Huntington Beach, California', the posts in lower case ('the former chief financial officer and "
 "chief operating officer'), 'fiscal 2002 and 2001 years', 'U.S. District Court in Los Angeles' without 'the', the "
 "straight double quotation marks of '\"channel stuffing\"', 'channel stuffing scheme' without hyphen, the straight "
 "apostrophes. 203 words. One text per matter: the SEC's 2009 release on Cotton's final judgment (Litigation Release "
 "No. 21281, sec.gov, two addresses: the same matter, later), the complaint (docstoc), the class action "
 "(securities.stanford.edu), the Los Angeles Times' 2002 note and Lantronix's filings (secinfo, quarterlytics) left "
 "out. Found with 'SEC charges Lantronix former CFO revenue fraud press release' (rank 1). "
 + CHECK + "'Lantronix', 'Steven V. Cotton', '19850', '21281', 'CV-06-905': 0 in the corpus files, GATHERING.md, the "
 "gather scripts and the session-48 pools; 'Huntington Beach': one dev file on another matter (a NASA contract) and "
 "two gather scripts of it (file names only).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
