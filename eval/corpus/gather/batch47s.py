#!/usr/bin/env python3
"""Batch 47s (session 48, gatherer 47s): firms and the people at their head in SEC cases of 2012-2013 told with their
posts -- a China-based company and its former chief financial officer charged over a cloud computing business that
did not exist; three former executives of a Norfolk, Virginia bank (its CEO, president and chairman, its CFO and an
executive vice president) charged over loan losses understated by the bank's parent company; three former executives
of a Lincoln, Nebraska bank (its CEO and chairman, its president and chief operating officer, its chief credit
officer) and the CEO's son charged over understated losses and insider trading -- told in an SEC litigation release
of 2013 and two SEC press releases of 2012 and 2013 (US federal government works, 17 U.S.C. 105), the seventh round
of session 48 in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v,
42y, 43a, 43d, 43g, 44d, 44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp, 45zs,
45zv, 46a, 46d, 46g, 46j, 46m, 46n, 47a, 47e, 47h, 47k, 47m and 47p; 43i and 43k found nothing), on new matters
(47p's leads: China-based issuers of the Cross-Border cases searched by company and executive name with 'Litigation
Release' -- Subaye gave sec.gov pages, China Valves, China-Biotics, Universal Travel Group, Sino Clean, ChinaCast and
China North East Petroleum did not; and US bank cases of the 2009-2012 crisis searched by company, executive name
and post -- Bank of the Commonwealth and TierOne Bank did) -- first-party SEC text, the sec.gov pages themselves as
the search tool's page store holds them:
  - the SEC's Litigation Release No. 22698 (8 May 2013, 'SEC Charges China-based Company and Former Chief Financial
    Officer in Fraudulent Scheme involving Non-Existent Computing Business'): Subaye, Inc., 'a company based in
    China', 'James T. Crane, its former Chief Financial Officer', the U.S. District Court for the Southern District
    of New York (sec.gov's 'litigation/litreleases/2013/lr22698.htm');
  - the SEC's press release 2013-4 (9 January 2013, 'SEC Charges Three Former Bank Executives in Virginia for
    Understating Loan Losses During Financial Crisis'): 'Norfolk, Va.-based Bank of the Commonwealth', 'Edward J.
    Woodard, who was CEO, president, and chairman of the board', 'CFO Cynthia A. Sabol', 'executive vice president
    Stephen G. Fields', 'the bank's parent company Commonwealth Bankshares' (sec.gov's 'news/press-release/...'
    address as the store has it);
  - the SEC's press release 2012-198 (25 September 2012, 'SEC Charges Bank Executives in Nebraska With Understating
    Losses During Financial Crisis'): 'Gilbert G. Lundstrom, who was the CEO and chairman of the board at Lincoln,
    Neb.-based TierOne Bank', 'president and chief operating officer James A. Laphen', 'chief credit officer Don A.
    Langford', the Office of Thrift Supervision, 'Lundstrom's son Trevor A. Lundstrom' (sec.gov's
    'news/press/2012/2012-198.htm').
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines ('Skip to main content', 'U.S.
Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'FOR IMMEDIATE RELEASE'), release-number,
AAER, caption, heading and dateline lines are left out (a heading kept as `title`, the release date as
`published`); no word added or changed; paragraphs joined by a blank line; each text cut at the last full sentence
before the store's excerpt breaks off. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch47s.py [POOL_DIR] [--dry]   (default /tmp/gather48s/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch47a import CHECK   # batch45a's check note with the session-48 pools /tmp/gather48*/pool named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48s/pool"
R = []

# ---- Subaye, Inc. and James T. Crane, Litigation Release No. 22698, 8 May 2013 (sec.gov) -----------------------------
U1 = "https://www.sec.gov/litigation/litreleases/2013/lr22698.htm"
T1 = ("SEC Charges China-based Company and Former Chief Financial Officer in Fraudulent Scheme involving Non-Existent "
      "Computing Business")
R.append(federal(
 "us-sec-subaye-china-based-former-cfo-crane-non-existent-cloud-computing-business-2013", U1, "2013-05-08", T1,
 "The Securities and Exchange Commission announced today that it filed an enforcement action on May 8, 2013, in "
 "federal court in New York City charging Subaye, Inc., a company based in China whose stock trades in the U.S., and "
 "James T. Crane, its former Chief Financial Officer and a U.S. citizen believed to be recently living in southern "
 "California, with engaging in a fraudulent scheme during 2010-2011. The Commission alleges that Subaye and Crane "
 "misrepresented the company\u2019s business and operations, deceived the company\u2019s auditors, and misled investors "
 "about the company\u2019s true status and revenues.  According to the complaint, Subaye claimed to be operating a "
 "cloud computing business but investigations found no evidence of such a business. Subaye has offered to settle the "
 "case, while the action against Crane is unsettled.\n\n"
 "The Commission\u2019s complaint, filed in the U.S. District Court for the Southern District of New York, alleges "
 "that Subaye began promoting itself during 2010 as a provider of cloud computing services to Chinese businesses.  "
 "According to the complaint, Subaye claimed to have over 1,400 sales and marketing employees in 2010, with reported "
 "revenues of $39 million that fiscal year and projected revenues of more than $71 million for 2011.  However, by "
 "May 2011, according to the complaint, and Subaye was revealed to be a company with no verifiable revenues, few, if "
 "any, real customers, and no infrastructure to support its claimed cloud computing business.",
 "cloud computing/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 22698 / Accounting and Auditing Enforcement Release "
 "No. 3458, May 8, 2013, '" + T1 + "' (Securities and Exchange Commission v. Subaye, Inc. and James T. Crane, Civil "
 "Action No. 13 CIV 3114 (S.D.N.Y.)), US federal government work (public domain); text from the search tool's page "
 "store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/2013/lr22698.htm): first-party text, no third-party copy. Left out: the page lines 'U.S. "
 "Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', "
 "the release line 'Litigation Release No. 22698 / May 8, 2013' (the date kept as `published`), the line 'Accounting "
 "and Auditing Enforcement Release No. 3458 / May 8, 2013', the caption 'Securities and Exchange Commission v. "
 "Subaye, Inc. and James T. Crane, Civil Action No. 13 CIV 3114 (S.D.N.Y.)', the heading (kept as `title`, its "
 "'China-based' and lower-case 'involving' as written); cut after the second paragraph's third sentence ('... to "
 "support its claimed cloud computing business.'), before 'The complaint alleges that the bu', where the store's "
 "excerpt breaks off inside a word (`truncated`). Kept as written: the curly apostrophes, the double spaces after "
 "some full stops, 'its former Chief Financial Officer' with capitals, 'during 2010-2011', 'southern California', "
 "'1,400', 'by May 2011, according to the complaint, and Subaye was revealed' (the stray 'and' as the page has "
 "it). 234 words. One text per matter: the SEC's Litigation Release No. 23116 of 21 October 2014 (the final "
 "judgment against Crane; sec.gov, the same matter later), the court's memoranda of 4 February and 18 September 2014 "
 "(findacase, justia, studicata), courthousenews and secactions left out. Found with 'Litigation Release Subaye Inc. "
 "James Crane CEO fraud sec.gov' (rank 2; rank 1 LR 23116). "
 + CHECK + "'Subaye', 'James T. Crane', '22698', '23116', '3458', '13 CIV 3114': 0 in the corpus files, the gather "
 "scripts and the session-48 pools; 'Subaye' in GATHERING.md only as 47p's lead (file names only).",
 True))

# ---- Bank of the Commonwealth, Woodard, Sabol and Fields, press release 2013-4, 9 January 2013 (sec.gov) -----------
U2 = "https://www.sec.gov/news/press-release/2013-2013-4htm"
T2 = "SEC Charges Three Former Bank Executives in Virginia for Understating Loan Losses During Financial Crisis"
R.append(federal(
 "us-sec-bank-of-the-commonwealth-former-ceo-woodard-cfo-sabol-evp-fields-loan-losses-2013", U2, "2013-01-09", T2,
 "The Securities and Exchange Commission today charged three former executives at Norfolk, Va.-based Bank of the "
 "Commonwealth for understating millions of dollars in losses and masking the true health of the bank\u2019s loan "
 "portfolio at the height of the financial crisis.\n\n"
 "The SEC alleges that Edward J. Woodard, who was CEO, president, and chairman of the board, was responsible along "
 "with CFO Cynthia A. Sabol and executive vice president Stephen G. Fields for misrepresentations to investors by the "
 "bank\u2019s parent company Commonwealth Bankshares. The consistent message in Commonwealth\u2019s public statements "
 "and SEC filings was that its portfolio of loans \u2014 which comprised approximately 94 percent of the company\u2019s "
 "total assets in 2008 \u2014 was conservatively managed according to strict underwriting standards aimed at keeping "
 "the bank\u2019s reserved losses low during a time of unprecedented economic turmoil.\n\n"
 "In reality, the SEC alleges that internal practice deviated significantly from what the public was being told. "
 "Woodard knew the true state of Commonwealth\u2019s rapidly-deteriorating loan portfolio, yet he worked to hide the "
 "problems and engineer the misleading public statements, particularly those made in earnings releases. Sabol knew of "
 "the activity to mask the problems with the company\u2019s loan portfolio and the corresponding effect these masking "
 "practices had on the bank\u2019s financial statements and disclosures, yet she signed the disclosures and certified "
 "to the investing public that they were accurate. Fields oversaw the bank\u2019s largest portfolio of construction "
 "and development loans and was involved in the masking practices.",
 "banking/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2013-4 '" + T2 + "', Washington, D.C., Jan. 9, 2013, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the store's address "
 "'news/press-release/2013-2013-4htm', as written): first-party text, no third-party copy. Left out: the page line "
 "'Skip to main content', the heading (kept as `title`), the dateline 'Washington, D.C., Jan. 9, 2013 \u2014' on its "
 "own line (kept as `published`); cut after the third paragraph ('... and was involved in the masking practices.'), "
 "before the quotation '\u201cDuring times of financial stress, ...,\u201d said Scott W. Friestad, Assoc', where the "
 "store's excerpt breaks off inside a word before the attribution's sentence ends (`truncated`; Friestad's post is "
 "not in the text). Kept as written: the curly apostrophes, the em dashes around 'which comprised approximately 94 "
 "percent of the company\u2019s total assets in 2008', 'who was CEO, president, and chairman of the board', 'CFO "
 "Cynthia A. Sabol' and 'executive vice president Stephen G. Fields' (no 'former' at the names; 'three former "
 "executives' in the first sentence), 'rapidly-deteriorating'. 244 words. One text per matter: the SEC's litigation "
 "release on the same filing (not in the store), wallstreetfraud's copy, legalnewsline, the D&O Diary, the Virginian-"
 "Pilot's pieces (pilotonline) and the class-action notice (businesswire) left out; Commonwealth Bankshares' own "
 "EDGAR filings (2010) not taken (company texts). Found with 'Litigation Release Commonwealth Bankshares Edward "
 "Woodard Cynthia Sabol Stephen Fields understating losses' (rank 1), after the D&O Diary named the case under "
 "'sec.gov litigation release former chief executive officer bank holding company allowance for loan losses "
 "understated 2009 complaint'. "
 + CHECK + "'Commonwealth Bankshares', 'Bank of the Commonwealth', 'Woodard', 'Sabol', 'Stephen G. Fields', "
 "'Friestad', '2013-4': 0 in the corpus files, GATHERING.md, the gather scripts and the session-48 pools; 'Norfolk': "
 "other matters (file names only).",
 True))

# ---- TierOne Bank, Lundstrom, Laphen and Langford, press release 2012-198, 25 September 2012 (sec.gov) --------------
U3 = "https://www.sec.gov/news/press/2012/2012-198.htm"
T3 = "SEC Charges Bank Executives in Nebraska With Understating Losses During Financial Crisis"
R.append(federal(
 "us-sec-tierone-bank-former-ceo-chairman-lundstrom-president-coo-laphen-understated-losses-2012", U3, "2012-09-25", T3,
 "The Securities and Exchange Commission today charged three former bank executives in Nebraska for participating in "
 "a scheme to understate millions of dollars in losses and mislead investors and federal regulators at the height of "
 "the financial crisis. One of the executives and his son also are charged with insider trading.\n\n"
 "The SEC alleges that Gilbert G. Lundstrom, who was the CEO and chairman of the board at Lincoln, Neb.-based TierOne "
 "Bank, along with president and chief operating officer James A. Laphen and chief credit officer Don A. Langford "
 "played a role in TierOne understating its loan-related losses as well as losses on real estate repossessed by the "
 "bank. TierOne had expanded into riskier types of lending in Las Vegas and other high-growth geographic areas in "
 "Arizona and Florida, and the bank was experiencing a significant rise in high-risk problem loans. TierOne\u2019s "
 "primary banking regulator, the Office of Thrift Supervision (OTS), directed TierOne to maintain higher capital "
 "ratios as a result of the bank\u2019s increase in high-risk problem loans. To appear to comply with the heightened "
 "capital requirements, Lundstrom, Laphen, and Langford disregarded information showing that the collateral securing "
 "certain TierOne loans and real estate repossessed by the bank was overvalued due to the bank\u2019s reliance on stale "
 "and inadequately discounted appraisals. The losses were understated by millions of dollars in multiple SEC "
 "filings.\n\n"
 "Lundstrom and Laphen agreed to settle the SEC\u2019s charges as did Lundstrom\u2019s son Trevor A. Lundstrom, who is "
 "charged with illegally trading on nonpublic information from his father about an anticipated asset sale. The "
 "Lundstroms and Laphen agreed to collectively pay nearly $1.2 million in the settlements, which are subject to court "
 "approval.",
 "banking/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2012-198 '" + T3 + "', Washington, D.C., Sept. 25, 2012, US "
 "federal government work (public domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (news/press/2012/2012-198.htm): "
 "first-party text, no third-party copy. Left out: the page lines 'Skip to main content', 'FOR IMMEDIATE RELEASE', "
 "the number line '2012-198', the heading (kept as `title`), the dateline 'Washington, D.C., Sept. 25, 2012 \u2014' on "
 "its own line (kept as `published`); cut after the third paragraph's second sentence ('... which are subject to "
 "court approval.'), before 'The SEC\u2019s ', where the store's excerpt breaks off (`truncated`). Kept as written: the "
 "curly apostrophes, 'Lincoln, Neb.-based TierOne Bank', 'president and chief operating officer James A. Laphen' and "
 "'chief credit officer Don A. Langford' (no 'former' at the names; 'three former bank executives' in the first "
 "sentence), 'To appear to comply with the heightened capital requirements' (the press release's wording; the "
 "litigation release has 'these'), 'The Lundstroms'. 277 words. One text per matter: the SEC's Litigation Release No. "
 "22493 of the same day (the same text under its release and caption lines; sec.gov, "
 "enforcement-litigation/litigation-releases/lr-22493), indiaforensic's copy, wealthbriefingasia, American Banker, "
 "Wolters Kluwer, Orrick, the D&O Diary, courthousenews, and the FBI's release and the criminal indictment of 2014 "
 "(the criminal case, the same people) left out. Found with 'SEC Charges Former Bank Executives in Nebraska TierOne "
 "understating loan losses press release 2012' (rank 1; LR 22493 rank 5), after the D&O Diary named the case. "
 + CHECK + "'TierOne', 'Lundstrom', 'Laphen', 'Langford', '2012-198', '22493', 'Office of Thrift Supervision': 0 in "
 "the corpus files, GATHERING.md, the gather scripts and the session-48 pools; 'Lincoln, Neb': other matters (file "
 "names only).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
