#!/usr/bin/env python3
"""Batch 42y (session 43, gatherer 42y): a company with its subsidiaries and an SEC official with his post, two
tobacco companies with the government-owned monopoly they bribed, and a drug maker's subsidiaries told in US
Securities and Exchange Commission FCPA texts (US federal government works, 17 U.S.C. 105), a round after batch 42v in
the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v), queries opening with
the release's own header words -- first-party SEC text from sec.gov as the search tool's page store holds it:
  - the SEC's press release 2013-252 (26 November 2013, 'SEC Charges Weatherford International With FCPA
    Violations'): Weatherford and its subsidiaries, bribes in the Middle East and Africa, Oil-for-Food kickbacks in
    Iraq, sales to Cuba, Iran, Syria and Sudan, the parallel actions of the Department of Justice's Fraud Section, the
    U.S. Attorney's Office for the Southern District of Texas, the Department of Commerce's Bureau of Industry and
    Security and the Department of Treasury's Office of Foreign Assets Control; Andrew Ceresney, co-director of the
    SEC's Enforcement Division, quoted;
  - the SEC's Litigation Release No. 21618 (6 August 2010, SEC v. Universal Corporation, Inc.; SEC v. Alliance One
    International, Inc.): two tobacco companies bribing officials of the government-owned Thailand Tobacco Monopoly,
    Universal in coordination with its competitors Dimon, Inc. and Standard Commercial Corporation;
  - the SEC's Litigation Release No. 22576 (20 December 2012, SEC v. Eli Lilly and Company): the Indianapolis-based
    drug maker's subsidiaries in Russia, Brazil, China and Poland.
Texts are the search tool's page-store excerpts (corpus `pages`) of the sec.gov pages themselves (no third-party
copy, so no word-for-word check against another copy is needed). Page lines, release and caption lines, datelines and
headings are left out (the heading kept as `title`, the date as `published`); no word added or changed. Written
before any extractor ran on the texts (newskg was not run on them).
usage: batch42y.py [POOL_DIR] [--dry]   (default /tmp/gather43y/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch42a import CHECK          # batch41b's check note with the session-43 pools /tmp/gather43*/pool named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather43y/pool"
R = []

# ---- Weatherford International, press release 2013-252, 26 November 2013 --------------------------------------------
U1 = "https://www.sec.gov/news/press-release/2013-252"
R.append(federal(
 "us-sec-weatherford-international-subsidiaries-bribes-sanctions-fcpa-2013", U1, "2013-11-26",
 "SEC Charges Weatherford International With FCPA Violations",
 "The Securities and Exchange Commission today charged oilfield services company Weatherford International with "
 "violating the Foreign Corrupt Practices Act (FCPA) by authorizing bribes and improper travel and entertainment for "
 "foreign officials in the Middle East and Africa to win business, including kickbacks in Iraq to obtain United "
 "Nations Oil-for-Food contracts.\n\n"
 "The SEC alleges that Weatherford and its subsidiaries falsified its books and records to conceal not only these "
 "illicit payments, but also commercial transactions with Cuba, Iran, Syria, and Sudan that violated U.S. sanctions "
 "and export control laws.  Weatherford failed to establish an effective system of internal accounting controls to "
 "monitor risks of improper payments and prevent or detect misconduct.  The company reaped more than $59.3 million "
 "in profits from business obtained through improper payments, and more than $30 million in profits from its "
 "improper sales to sanctioned countries.\n\n"
 "Swiss-based Weatherford, which has substantial operations in Houston, has agreed to pay more than $250 million to "
 "settle the SEC\u2019s charges and parallel actions by the Department of Justice\u2019s Fraud Section, U.S. "
 "Attorney\u2019s Office for the Southern District of Texas, Department of Commerce\u2019s Bureau of Industry and "
 "Security, and Department of Treasury\u2019s Office of Foreign Assets Control.\n\n"
 "\u201cThe nonexistence of internal controls at Weatherford fostered an environment where employees across the "
 "globe engaged in bribery and failed to maintain accurate books and records,\u201d said Andrew Ceresney, "
 "co-director of the SEC\u2019s Enforcement Division.",
 "oil services/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2013-252 'SEC Charges Weatherford International With FCPA "
 "Violations', Washington D.C., Nov. 26, 2013, US federal government work (public domain); text from the search "
 "tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the 'news/press-release' "
 "address, 42j's Biomet form): first-party text, no third-party copy. Left out: the page line 'Skip to main "
 "content', the heading (kept as `title`), the dateline 'Washington D.C., Nov. 26, 2013 \u2014' (kept as "
 "`published`, as 41q, 42e, 42g and 42j cut theirs); the blank at the end of the first paragraph (line-end "
 "whitespace) dropped; cut inside the fourth paragraph after its first sentence, before the quotation's second "
 "sentence ('They used code names like \u2018Dubai across the water\u2019 to conceal references to Iran ... "
 "records were necessary to hid...'), where the store's excerpt breaks off (`truncated`). Kept as written: the "
 "curly quotation marks and apostrophes, the two spaces between the second paragraph's sentences and after the "
 "quotation's attribution (inner whitespace, as 41q), 'Oil-for-Food', 'Swiss-based', 'Department of Treasury' "
 "without 'the', 'co-director' in lower case. 231 words. One text per matter: the DOJ press releases (justice.gov, "
 "two addresses; another agency's text of the parallel case), dailyreportingsuite.com (Securities Regulation "
 "Daily), fcpa.stanford.edu, fcpa.shearman.com, fcpa.aoshearman.com, fcpaprofessor.com, ibtimes.co.uk and "
 "worldoil.com (Bloomberg) left out. Found with 'U.S. SECURITIES AND EXCHANGE COMMISSION Litigation Release No. "
 "Weatherford International FCPA subsidiaries Africa Middle East 2013' (rank 8) and 'SEC Charges Weatherford "
 "International With FCPA Violations Washington D.C., Nov. 26, 2013 Andrew Ceresney Kara Brockmeyer' (rank 2). "
 + CHECK + "'Weatherford', '2013-252', 'Bureau of Industry and Security', 'Office of Foreign Assets Control': 0 "
 "everywhere; 'Ceresney': one test file (batch 18a's Knight Capital release, another matter) and batch 18a's "
 "scripts; 'Fraud Section': batch 42g's Panalpina text (another matter); 'Houston', 'Iraq', 'Iran', 'Cuba', "
 "'Syria', 'Sudan': other texts (places).", True))

# ---- Universal Corporation and Alliance One International, Litigation Release No. 21618, 6 August 2010 --------------
U2 = "http://www.sec.gov/litigation/litreleases/2010/lr21618.htm"
R.append(federal(
 "us-sec-universal-alliance-one-tobacco-thailand-bribes-fcpa-2010", U2, "2010-08-06",
 "SEC FILES ANTI-BRIBERY CHARGES AGAINST TWO GLOBAL TOBACCO COMPANIES",
 "The U.S. Securities and Exchange Commission today charged two major tobacco companies, Universal Corporation, "
 "Inc. and Alliance One International, Inc., with violating, among other things, the anti-bribery provisions of the "
 "Foreign Corrupt Practices Act of 1977 (\"FCPA\") for their involvement in a multi-million dollar bribery scheme "
 "with government officials in Thailand to obtain nearly $30 million in sales contracts to supply tobacco. The SEC "
 "also charged Alliance One with paying bribes in Kyrgyzstan and making improper payments in China, Greece, and "
 "Indonesia and Universal with making improper payments in Malawi and Mozambique. Moreover, the SEC's complaints "
 "alleged Universal and Alliance One engaged in books and records and internal control violations.\n\n"
 "According to the SEC's complaint, between 2000 and 2004, Universal, in coordination with two of its competitors, "
 "Dimon, Inc. (\"Dimon\") and Standard Commercial Corporation (\"Standard\"), paid approximately $800,000 to bribe "
 "officials of the government-owned Thailand Tobacco Monopoly (\"TTM\") in exchange for securing approximately "
 "$11.5 million in sales contracts for its subsidiaries in Brazil and Europe. From 2004 through 2007, Universal also "
 "made a series of payments in excess of $165,000 to government officials in Mozambique through corporate "
 "subsidiaries in Belgium and Africa.",
 "tobacco/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21618, August 6, 2010 (Securities and Exchange "
 "Commission v. Universal Corporation, Inc., Civil Action No. 01:10-cv-01318 (RWR) (D.D.C.); Securities and "
 "Exchange Commission v. Alliance One International, Inc., Civil Action No. 01:10-cv-01319 (RMU) (D.D.C.)), US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the archived "
 "'litigation/litreleases/2010' address, stored under http://www., 42v's Maxwell form): first-party text, no "
 "third-party copy. Left out: the page's name line 'Universal Corporation, Inc. and Alliance One International, "
 "Inc.', the lines 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 21618 / August 6, 2010' (kept "
 "as `published`) and 'Accounting and Auditing Enforcement Release No. 3170 / August 6, 2010', the two case "
 "captions ('SECURITIES AND EXCHANGE COMMISSION v. UNIVERSAL CORPORATION, INC., Civil Action No. 01:10-cv-01318 "
 "(RWR) (D.D.C.) (filed August 6, 2010)' and 'SECURITIES AND EXCHANGE COMMISSION v. ALLIANCE ONE INTERNATIONAL, "
 "INC., Civil Action No. 01:10-cv-01319 (RMU) (D.D.C.) (filed August 6, 2010)'), the heading (kept as `title`, in "
 "capitals as written), the subheading 'Universal' before the second paragraph; cut inside the second paragraph "
 "after its second sentence, before 'Universal made these payments, among other things, to secure an ...', where the "
 "store's excerpt breaks off (`truncated`; the release's section on Alliance One is not in the excerpt). Kept as "
 "written: the straight quotation marks and apostrophes, 'multi-million dollar', 'government-owned', 'Universal "
 "Corporation, Inc.' with a comma. 192 words. One text per matter: the complaint against Alliance One "
 "(dokumen.tips), Alliance One's 8-K (EDGAR, company text), cadwalader.com, fcpa.aoshearman.com (two pages), "
 "fcpablog.com, the DOJ release's blogspot copy (another agency's text, unchecked copy), fcpaprofessor.blogspot.com, "
 "secactions.com and voaindonesia.com (a VOA story in Indonesian) left out. Found with 'U.S. SECURITIES AND EXCHANGE "
 "COMMISSION Litigation Release No. Alliance One International Universal Corporation tobacco subsidiaries "
 "Kyrgyzstan Thailand 2010' (rank 1) and 'SEC FILES ANTI-BRIBERY CHARGES AGAINST TWO GLOBAL TOBACCO COMPANIES "
 "Alliance One Dimon Standard Kyrgyzstan Tamekisi disgorgement' (rank 4; the same excerpt). " + CHECK +
 "'Universal Corporation', 'Alliance One', 'Dimon', 'Standard Commercial', 'Thailand Tobacco', '21618': 0 "
 "everywhere; 'Kyrgyzstan': GATHERING.md only (another batch's list of places); 'Malawi': other texts (places); "
 "'Thailand', 'Mozambique', 'Greece', 'Indonesia', 'China', 'Brazil', 'Belgium': other texts (places).", True))

# ---- Eli Lilly and Company, Litigation Release No. 22576, 20 December 2012 ------------------------------------------
U3 = "https://www.sec.gov/litigation/litreleases/lr-22576"
R.append(federal(
 "us-sec-eli-lilly-subsidiaries-russia-brazil-china-poland-fcpa-2012", U3, "2012-12-20",
 None,
 "The Securities and Exchange Commission today charged Eli Lilly and Company with violations of the Foreign Corrupt "
 "Practices Act (FCPA) for improper payments its subsidiaries made to foreign government officials to win millions "
 "of dollars of business in Russia, Brazil, China and Poland.\n\n"
 "The SEC alleges that the Indianapolis-based pharmaceutical company's subsidiary in Russia used offshore "
 "\"marketing agreements\" to pay millions of dollars to third parties chosen by government customers or "
 "distributors, despite knowing little or nothing about the third parties beyond their offshore address and bank "
 "account information. These offshore entities rarely provided any services, and in some instances were used to "
 "funnel money to government officials in order to obtain business for the subsidiary. Transactions with off-shore "
 "or government-affiliated entities did not receive specialized or closer review for possible FCPA violations. "
 "Paperwork was accepted at face value and little was done to assess whether the terms or circumstances surrounding "
 "a transaction suggested the possibility of foreign bribery.\n\n"
 "The SEC alleges that when the company did become aware of possible FCPA violations in Russia, Lilly did not "
 "curtail the subsidiary's use of the marketing agreements for more than five years. Lilly subsidiaries in Brazil, "
 "China, and Poland also made improper payments to government officials or third party entities associated with "
 "government officials. Lilly agreed to pay more than $29 million to settle the SEC's charges.",
 "pharmaceuticals/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 22576, December 20, 2012 (Securities and Exchange "
 "Commission v. Eli Lilly and Company, Civil Action No. 1:12-cv-02045 (D.D.C.)), US federal government work (public "
 "domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the "
 "'litigation/litreleases/lr-NNNNN' address): first-party text, no third-party copy. Left out: the lines "
 "'Litigation Release No. 22576 / December 20, 2012' (kept as `published`) and the case caption 'Securities and "
 "Exchange Commission v. Eli Lilly and Company, Civil Action No. 1:12-cv-02045 (D.D.C.)'; the page has no heading "
 "in the stored excerpt (`title` null, as 42g's J&J release); cut after the third paragraph, before the lead-in line "
 "'As alleged in the SEC's complaint filed in federal court in Washington D.C.:' and its first bulleted item "
 "('Lilly's subsidiary in Russia paid millions of dollars to off-shore entities ... including approximat...'), where "
 "the store's excerpt breaks off (`truncated`). Kept as written: the straight quotation marks and apostrophes, "
 "'offshore' beside 'off-shore', 'third party entities' without a hyphen, 'Russia, Brazil, China and Poland' without "
 "a serial comma beside 'Brazil, China, and Poland'. 226 words. One text per matter: the SEC's press release "
 "2012-273 of the same day (not returned by the store; its words copied by seclaw.blogspot.com, an unchecked copy, "
 "which quotes Antonia Chion, Associate Director in the SEC Enforcement Division), the complaint (scribd), "
 "lexology.com, securitiesenforcementblog.com, saynotoazar.org and fcpa.aoshearman.com left out. Found with 'SEC "
 "Charges Eli Lilly and Company with FCPA Violations subsidiaries Russia Brazil China Poland December 2012' (rank 6). "
 + CHECK + "'Eli Lilly': one test file (a Wikinews story on Levitra ads, 2005: Eli Lilly and Co. as Cialis's owner, "
 "another matter) and batch 40l's scripts; 'Lilly' as a word: the same; '22576', '12-cv-02045', '2012-273', "
 "'Antonia Chion': 0 everywhere; 'Indianapolis': other texts (a place); 'Russia', 'Brazil', 'China', 'Poland': other texts "
 "(places).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
