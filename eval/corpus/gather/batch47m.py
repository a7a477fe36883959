#!/usr/bin/env python3
"""Batch 47m (session 48, gatherer 47m): firms and the men and women at their head in SEC cases of 2011-2012 told with
their posts -- a consumer electronics company's chief financial officer and two members of her accounting staff
charged over a revenue fraud; a coal company's chairman and its former chief executive charged over the theft and
sale of its coal-mining operating company, the SEC's Director of Enforcement quoted; an oilfield-services company,
its chairman and controlling shareholder, its chief executive and its former chief financial officer sued over
misappropriated cash and falsified asset values -- told in two US Securities and Exchange Commission litigation
releases of 2011 and 2012 and an SEC press release of 2012 (US federal government works, 17 U.S.C. 105), the fifth
round of session 48 in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j,
42v, 42y, 43a, 43d, 43g, 44d, 44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp,
45zs, 45zv, 46a, 46d, 46g, 46j, 46m, 46n, 47a, 47e, 47h and 47k; 43i and 43k found nothing), on new matters (47k's
leads: Soyo Group's CFO Chu by name -- the 2011 charging release taken, not the 2012 penalty release LR 22443 of the
same matter; a query for a Chinese issuer's executives turned up Puda Coal, and a release on it SinoTech) --
first-party SEC text, the sec.gov pages themselves as the search tool's page store holds them:
  - the SEC's Litigation Release No. 22174 (2 December 2011, 'SEC Charges Soyo Group, Inc.'s Former CFO and Two
    Members of Her Accounting Staff for Their Role in Financial Fraud'): Soyo Group, Inc., 'a now defunct
    California-based consumer electronics and computer parts company', 'its chief financial officer, Nancy Shao Wen
    Chu, and members of her accounting staff, Elizabeth Tsang and Eric Jon Strasser', the U.S. District Court for the
    Central District of California (sec.gov's 'litigation/litreleases/YYYY/lrNNNNN.htm' address);
  - the SEC's press release 2012-31 (22 February 2012, 'SEC Charges China-Based Executives with Securities Fraud'):
    'Puda Coal Inc.'s chairman Ming Zhao', 'former CEO Liping Zhu', 'Puda Coal's sole revenue-producing asset, a coal
    mining company named Shanxi Puda Coal Group', Robert Khuzami, 'Director of the SEC's Division of Enforcement'
    (sec.gov's 'news/press-release/...' address, written by the store as '2012-2012-31htm');
  - the SEC's Litigation Release No. 22341 (23 April 2012, 'SEC Sues Chairman of SinoTech Energy for Misappropriating
    $40 Million of Company Cash, and SinoTech for Falsifying Asset Values'): 'China-based SinoTech Energy Limited, its
    Chairman and controlling shareholder, Qingzeng Liu, its CEO, Guoqiang Xin, and its former CFO, Boxun Zhang', the
    U.S. District Court in Lake Charles, Louisiana (the 'litigation/litreleases/YYYY/lrNNNNN.htm' address).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, name lines, release-number, AAER,
caption, heading and dateline lines are left out (a heading kept as `title`, the release date as `published`); no
word added or changed; paragraphs joined by a blank line; each text cut at the last full sentence before the store's
excerpt breaks off. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch47m.py [POOL_DIR] [--dry]   (default /tmp/gather48m/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch47a import CHECK   # batch45a's check note with the session-48 pools /tmp/gather48*/pool named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48m/pool"
R = []

# ---- Soyo Group, Inc., Chu, Tsang and Strasser, Litigation Release No. 22174, 2 December 2011 (sec.gov) -------------
U1 = "http://www.sec.gov/litigation/litreleases/2011/lr22174.htm"
T1 = ("SEC Charges Soyo Group, Inc.'s Former CFO and Two Members of Her Accounting Staff for Their Role in Financial "
      "Fraud")
R.append(federal(
 "us-sec-soyo-group-former-cfo-chu-accounting-staff-financial-fraud-2011", U1, "2011-12-02", T1,
 "The Securities and Exchange Commission (\"Commission\") announced today that it filed charges against three "
 "individuals who participated in a securities fraud scheme at Soyo Group, Inc. (\"Soyo\"), a now defunct "
 "California-based consumer electronics and computer parts company.\n\n"
 "The Commission's civil injunctive complaint, filed in the U.S. District Court for the Central District of "
 "California on November 29, 2011, alleges that between January 2007 and November 2008, Soyo, through the actions of "
 "its chief financial officer, Nancy Shao Wen Chu, and members of her accounting staff, Elizabeth Tsang and Eric Jon "
 "Strasser, misled Soyo's investors, primary lending bank, and auditor by materially overstating Soyo's net revenues "
 "and understating its liabilities. According to the complaint, Chu and Tsang caused Soyo to book over $47 million in "
 "fraudulent sales revenues arising from at least 120 fictitious transactions with 21 customers, resulting in Soyo "
 "materially overstating its net revenues in its periodic filings by amounts ranging from 14.4 to 76.8 percent. The "
 "complaint also alleges that in order to obtain additional bank financing for Soyo and keep its existing line of "
 "credit from defaulting, Chu misled Soyo's investors, primary lending bank, and auditor regarding a $6 million "
 "debt-for-equity transaction with a Soyo vendor that was never completed. The complaint further alleges that "
 "Strasser, a consultant who prepared Soyo's filings with the Commission, was alerted to the falsity of the "
 "debt-for-equity transaction disclosures, but he failed to correct the misstatements or inform Soyo's auditor prior "
 "to the next quarter's filing.",
 "consumer electronics/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 22174 / Accounting and Auditing Enforcement Release "
 "No. 3341 '" + T1 + "', December 2, 2011 (SEC v. Nancy S.W. Chu et al., Civil Action No. CV11-09859 (C.D. Cal., "
 "filed November 29, 2011)), US federal government work (public domain); text from the search tool's page store at "
 + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/2011/lr22174.htm): first-party text, no third-party copy. Left out: the release line "
 "'Litigation Release No. 22174 / December 2, 2011' (the date kept as `published`), the line 'Accounting and Auditing "
 "Enforcement Release No. 3341 / November 16, 2011' (its own earlier date, as written), the caption 'SEC v. Nancy S.W. "
 "Chu et al., Civil Action No. CV11-09859 (C.D. Cal., filed November 29, 2011)', the heading (kept as `title`); cut "
 "after the second paragraph's fourth sentence ('... prior to the next quarter's filing.'), before 'The Commissio', "
 "where the store's excerpt breaks off inside a word (`truncated`). Kept as written: the straight quotation marks in "
 "'(\"Commission\")' and '(\"Soyo\")', 'a now defunct California-based consumer electronics and computer parts "
 "company' (no hyphen in 'now defunct'), 'its chief financial officer' in lower case and without 'former' (the "
 "heading says 'Former CFO'), 'members of her accounting staff', 'Strasser, a consultant', the straight apostrophes. "
 "245 words. One text per matter: the SEC's Litigation Release No. 22443 of 10 August 2012 (the penalty ordered "
 "against Chu and Strasser, sec.gov's newer 'lr-22443' address; 47k's lead), secactions.com's note of the complaint, "
 "Soyo's 2008 Form 8-K (advfn copy) left out. Found with 'SEC litigation release Soyo Group former CFO Nancy Chu' "
 "(rank 2; rank 1 the 2012 release) and 'SEC Charges Soyo Group, Inc.'s Former CFO and Two Members of Her Accounting "
 "Staff' (rank 1). "
 + CHECK + "'Soyo', 'Shao Wen', 'Elizabeth Tsang', 'Strasser', '22174', '22443', 'CV11-09859': 0 in the corpus files, "
 "the gather scripts and the session-48 pools; 'Soyo' and 'Shao Wen' in GATHERING.md only as 47k's lead "
 "(file names only).",
 True))

# ---- Puda Coal Inc., Zhao and Zhu, press release 2012-31, 22 February 2012 (sec.gov) ---------------------------------
U2 = "https://www.sec.gov/news/press-release/2012-2012-31htm"
T2 = "SEC Charges China-Based Executives with Securities Fraud"
R.append(federal(
 "us-sec-puda-coal-chairman-zhao-former-ceo-zhu-shanxi-coal-fraud-2012", U2, "2012-02-22", T2,
 "The Securities and Exchange Commission today charged two China-based executives with defrauding investors into "
 "believing they were investing in a Chinese coal business when in fact they were investing in an empty shell "
 "company.\n\n"
 "The SEC alleges that Puda Coal Inc.\u2019s chairman Ming Zhao schemed with former CEO Liping Zhu to steal and sell "
 "Puda Coal\u2019s sole revenue-producing asset, a coal mining company named Shanxi Puda Coal Group. Zhao secretly "
 "transferred Puda Coal\u2019s controlling interest in Shanxi Coal to himself and then sold a substantial portion to a "
 "fund controlled by what is reported to be China\u2019s largest state-owned financial firm. The scheme enabled Zhao "
 "rather than Puda Coal\u2019s public shareholders to profit from a lucrative business opportunity.\n\n"
 "The SEC alleges that Zhao and Zhu failed to disclose these transactions in Puda Coal\u2019s periodic reports to the "
 "SEC, and continued to raise funds from U.S. investors by conducting two public offerings to purportedly raise "
 "capital to enable Shanxi Coal to acquire coal mines. Unbeknownst to investors, Puda Coal no longer had an ownership "
 "stake in that company after Zhao\u2019s secret maneuvers. After the SEC began investigating, Zhao and Zhu further "
 "schemed to forge a letter from the Chinese financial firm purporting that Puda Coal investors weren\u2019t harmed by "
 "the asset transfers. In reality, the scheme left Puda Coal as a shell company with no ongoing business "
 "operations.\n\n"
 "\u201cZhao and Zhu duped investors with promises that their money would be invested in a Chinese coal company when "
 "in fact the company was an empty shell that had been looted by the defendants,\u201d said Robert Khuzami, Director "
 "of the SEC\u2019s Division of Enforcement.",
 "coal mining/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2012-31 '" + T2 + "', Washington, D.C., Feb. 22, 2012, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the store's address "
 "'news/press-release/2012-2012-31htm', as written, for press release 2012-31): first-party text, no third-party "
 "copy. Left out: the page line 'Skip to main content', the heading (kept as `title`), the dateline 'Washington, "
 "D.C., Feb. 22, 2012 \u2014' on its own line (kept as `published`); cut after the fourth paragraph's first "
 "sentence (Khuzami's quotation with its attribution, '... Director of the SEC\u2019s Division of Enforcement.'), "
 "before '\u201cThis enforcement action reflects our continuing commitment ... the U.S. capital marke', where the "
 "store's excerpt breaks off inside a word (`truncated`). Kept as written: the curly apostrophes and quotation marks, "
 "'Puda Coal Inc.\u2019s chairman Ming Zhao' ('chairman' in lower case), 'former CEO Liping Zhu', 'Shanxi Puda Coal "
 "Group' then 'Shanxi Coal' (the text's own short form), 'maneuvers', 'weren\u2019t'. 271 words. One text per matter: "
 "the SEC's Litigation Release No. 22264 (the same filing) and No. 23311 of 24 July 2015 (the $250 million default "
 "judgment, sec.gov, the same matter later), Reuters, AP (salon.com), theworld.org, courthousenews, financialish, "
 "financialtribune (AFP), jimhamiltonblog left out. Found with 'SEC Charges China-Based Executives With Securities "
 "Fraud Puda Coal Ming Zhao Liping Zhu Shanxi Coal' (rank 1), after 'SEC charges former executives of Chinese "
 "subsidiary of U.S. company litigation release Salt Lake Regional Office' brought the matter up (jimhamiltonblog, "
 "salon). "
 + CHECK + "'Puda', 'Shanxi', 'Ming Zhao', 'Liping Zhu', '2012-31', '22264', '23311', '12-CV-1316': 0 in the corpus "
 "files, GATHERING.md, the gather scripts and the session-48 pools; 'Khuzami': corpus files on other matters (the "
 "SEC's Director of Enforcement in other releases; file names only).",
 True))

# ---- SinoTech Energy Limited, Liu, Xin and Zhang, Litigation Release No. 22341, 23 April 2012 (sec.gov) ---------------
U3 = "https://www.sec.gov/litigation/litreleases/2012/lr22341.htm"
T3 = ("SEC Sues Chairman of SinoTech Energy for Misappropriating $40 Million of Company Cash, and SinoTech for "
      "Falsifying Asset Values")
R.append(federal(
 "us-sec-sinotech-energy-chairman-liu-ceo-xin-former-cfo-zhang-fraud-2012", U3, "2012-04-23", T3,
 "On April 23, 2012, the Commission filed suit in U.S. District Court in Lake Charles, Louisiana against China-based "
 "SinoTech Energy Limited, its Chairman and controlling shareholder, Qingzeng Liu, its CEO, Guoqiang Xin, and its "
 "former CFO, Boxun Zhang, charging the defendants with securities fraud and other violations.\n\n"
 "The Commission alleges that Liu misappropriated more than $40 million from SinoTech's primary bank account during "
 "July and August 2011. According to the Commission, he then stood silently by in August 2011 as SinoTech attempted "
 "to counter public accusations of fraud by claiming the company held $93 million in its bank accounts \u00a2\u20ac\" "
 "a statement Liu and SinoTech knew was false.\n\n"
 "The Commission further alleges that, since its November 2010 IPO, SinoTech has intentionally misled investors "
 "about its use of IPO proceeds and the value of its assets, specifically the lateral hydraulic drilling (\"LHD\") "
 "units that are central to its business. According to the Commission, SinoTech's IPO filings represented that the "
 "company would use the IPO proceeds to acquire up to 20 LHD units at an average price of $7.5 million each. "
 "Subsequent public filings made it appear that SinoTech had followed through on these representations and acquired "
 "units valued on its balance sheet at $94 million. The SEC alleges, however, SinoTech had in fact only purchased 11 "
 "units with a total value of less than $17 million.",
 "oilfield services/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 22341 / Accounting and Auditing Enforcement 3383 '"
 + T3 + "', April 23, 2012 (Securities and Exchange Commission v. SinoTech Energy Limited, Qingzeng Liu, Guoqiang Xin, "
 "and Boxun Zhang, Civ. Action No. 2:12-cv-00960 (United States District Court for the Western District of Louisiana, "
 "Lake Charles Division)), US federal government work (public domain); text from the search tool's page store at "
 + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/2012/lr22341.htm): first-party text, no third-party copy. Left out: the page's name line "
 "'SinoTech Energy Limited, Qingzeng Liu, Guoqiang Xin, and Boxun Zhang', the release line 'Litigation Release No. "
 "22341 / April 23, 2012' (the date kept as `published`), the line 'Accounting and Auditing Enforcement 3383 / April "
 "23, 2012' (as written, without 'Release No.'), the caption ('Securities and Exchange Commission v. SinoTech Energy "
 "Limited, ... Civ. Action No. 2:12-cv-00960 (United States District Court for the Western District of Louisiana, "
 "Lake Charles Division).'), the heading (kept as `title`); cut after the third paragraph's fourth sentence ('... a "
 "total value of less than $17 million.'), before 'As a result, the value of LHD units sh', where the store's "
 "excerpt breaks off inside a word (`truncated`). Kept as written: '\u00a2\u20ac\"' (the page's encoding slip for a "
 "dash, as 47k's 'fa\u00a7ade'), 'its Chairman and controlling shareholder' with 'Chairman' capitalised, 'CEO' and "
 "'CFO', 'U.S. District Court in Lake Charles, Louisiana' (no comma after 'Louisiana'), 'China-based', '(\"LHD\")' "
 "with straight quotation marks, 'The SEC alleges, however, SinoTech had' as written, the straight apostrophes. 225 "
 "words. One text per matter: Reuters, the Globe and Mail, inaudit, courthousenews, fedseclaw, CNBC, alfredlittle, "
 "secactions (all on the same filing) left out. Found with 'SEC charges SinoTech Energy chairman Qingzeng Liu CEO "
 "Guoqiang Xin former CFO Boxun Zhang' (rank 1), after secactions' note on Chinese issuers named the matter. "
 + CHECK + "'SinoTech', 'Qingzeng Liu', 'Guoqiang Xin', 'Boxun Zhang', 'Lake Charles', '22341', '2:12-cv-00960': 0 in "
 "the corpus files, GATHERING.md, the gather scripts and the session-48 pools (file names only).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
