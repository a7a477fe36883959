#!/usr/bin/env python3
"""Batch 45zm (session 46, gatherer 45zm): an online retailer whose former chief executive officer and former vice
president for finance settled charges that they deferred expenses under a contract with Amazon.com, and a nutritional
supplements maker and retailer whose former associate general counsel was charged with insider trading along with
his father, told in US Securities and Exchange Commission litigation releases of 2002 and 2006 (US federal government
works, 17 U.S.C. 105), a tenth round of session 46 after batches 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze and 45zi in
the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g,
44d, 44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze and 45zi; 43i and 43k found nothing), on new
matters (45zi's leads Ashford.com and NBTY) -- first-party SEC text, the sec.gov pages as the search tool's page store
holds them:
  - the SEC's Litigation Release No. 17550 (10 June 2002, 'SEC FILES SETTLED CEASE-AND-DESIST ORDER AGAINST
    ASHFORD.COM, INC., TWO OF ITS EXECUTIVES AND AMAZON.COM, INC.; ...'): 'Kenneth E. Kurtzman (Ashford.com's former
    Chief Executive Officer) and Brian E. Bergeron (Ashford.com's former Vice President for Finance)', 'a contract
    with Amazon.com' (sec.gov);
  - the SEC's Litigation Release No. 19587 (2 March 2006, 'SEC Charges Attorney and His Father With Insider
    Trading'): 'Mitchell S. Drucker ("M. Drucker"), an attorney and former associate general counsel at NBTY, Inc.
    ("NBTY"), a nutritional supplements manufacturer and retailer', 'his father, Ronald Drucker ("R. Drucker")',
    'William Minerva ("Minerva"), a friend of M. Drucker' (sec.gov).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number, AAER and caption lines
are left out (the heading kept as `title`; the date as `published`); no word added or changed; each text cut at the
last full sentence before the store's excerpt breaks off. Written before any extractor ran on the texts (newskg was
not run on them).
usage: batch45zm.py [POOL_DIR] [--dry]   (default /tmp/gather46zm/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch45a import CHECK          # batch44d's check note with the session-46 pools /tmp/gather46*/pool named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46zm/pool"
R = []

# ---- Ashford.com, Kurtzman and Bergeron, Litigation Release No. 17550, 10 June 2002 (sec.gov) ---------------------------
U1 = "http://www.sec.gov/litigation/litreleases/lr17550.htm"
T1 = ("SEC FILES SETTLED CEASE-AND-DESIST ORDER AGAINST ASHFORD.COM, INC., TWO OF ITS EXECUTIVES AND AMAZON.COM, INC.; "
      "THE COMMISSION FINDS THAT ASHFORD.COM BEAT ANALYSTS' PRO FORMA EARNINGS EXPECTATIONS BY MISSTATING ITS GAAP "
      "RESULTS")
R.append(federal(
 "us-sec-ashford-com-former-ceo-kurtzman-former-vice-president-finance-bergeron-amazon-2002", U1, "2002-06-10", T1,
 "The Securities and Exchange Commission announced today the filing of a civil action filed in federal court against "
 "Kenneth E. Kurtzman (Ashford.com's former Chief Executive Officer) and Brian E. Bergeron (Ashford.com's former Vice "
 "President for Finance). Kurtzman and Bergeron consented, without admitting or denying the allegations in the "
 "Commission's complaint, to pay civil penalties of $60,000 and $25,000, respectively.\n\n"
 "The Commission also announced the filing of a settled cease-and-desist order against Ashford.com, Inc., Kurtzman, "
 "Bergeron and Amazon.com, Inc. The Commission's Order finds that, in March 2000, Kurtzman and Bergeron, on behalf of "
 "Ashford.com, improperly deferred $1.5 million in expenses under a contract with Amazon.com, causing Ashford.com to "
 "materially understate its marketing expenses and allowing the company to report a pro forma net loss of $0.30 per "
 "share, just beating analysts' pro forma earnings estimates of a net loss of $0.31 per share for the quarter ended "
 "March 31, 2000. Without the understatement, Ashford.com would have reported a pro forma loss of $0.32 per share. "
 "The improper deferral resulted from the settlement of a dispute with Amazon.com using two separate documents which "
 "were prepared by Amazon.com at Ashford.com's request.",
 "online retail/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 17550, June 10, 2002 (Securities and Exchange "
 "Commission v. Kenneth E. Kurtzman and Brian E. Bergeron, 1:02CV01126 (D.D.C.); In the Matter of Ashford.com, Inc., "
 "Kenneth E. Kurtzman, Brian E. Bergeron and Amazon.com, Inc., Administrative Proceeding File No. 3-10797), US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/lr17550.htm): first-party text, no third-party copy. Left out: 'Litigation Release No. "
 "17550 / June 10, 2002' (kept as `published`), 'Accounting and Auditing Enforcement Release No. 1574 / June 10, "
 "2002', the two caption lines ('Securities and Exchange Commission v. Kenneth E. Kurtzman and Brian E. Bergeron, "
 "1:02CV01126 (D.D.C.) (June 10, 2002).' and 'In the Matter of Ashford.com, Inc., Kenneth E. Kurtzman, Brian E. "
 "Bergeron and Amazon.com, Inc., Administrative Proceeding File No. 3-10797 and Securities Exchange Act Release No. "
 "46052.'), the heading in capitals (kept as `title`, as written); cut after the second paragraph's fourth sentence "
 "('... at Ashford.com's request.'), before 'Ashford.com subsequently failed to disclose one of the two docume', where "
 "the store's excerpt breaks off (`truncated`). Kept as written: the bracketed posts '(Ashford.com's former Chief "
 "Executive Officer)' and '(Ashford.com's former Vice President for Finance)' with capitals, 'a civil action filed in "
 "federal court', '$60,000 and $25,000, respectively', 'Order' with a capital, 'pro forma' unhyphenated, '$0.30 per "
 "share', 'the quarter ended March 31, 2000'. 188 words. One text per matter: no other paper of the matter in the "
 "store for the queries run (the order 34-46052 and the complaint not found). Found with 'Ashford.com SEC litigation "
 "release former officers fraud' (rank 8). "
 + CHECK + "'Ashford' (only GATHERING.md's 45ze and 45zi lead lines), 'Kurtzman', 'Bergeron', '17550', '1:02CV01126', "
 "'3-10797', '46052', 'No. 1574': 0 in the corpus files, the gather scripts and the pools; 'Amazon.com, Inc.': one "
 "train file (by file name only; another matter, the FTC's 2025 settlement).",
 True))

# ---- NBTY, Mitchell S. Drucker and Ronald Drucker, Litigation Release No. 19587, 2 March 2006 (sec.gov) ---------------
U2 = "https://www.sec.gov/litigation/litreleases/lr19587.htm"
T2 = "SEC Charges Attorney and His Father With Insider Trading"
R.append(federal(
 "us-sec-nbty-former-associate-general-counsel-drucker-father-insider-trading-2006", U2, "2006-03-02", T2,
 "The Securities and Exchange Commission today filed charges against Mitchell S. Drucker (\"M. Drucker\"), an attorney "
 "and former associate general counsel at NBTY, Inc. (\"NBTY\"), a nutritional supplements manufacturer and retailer, "
 "and his father, Ronald Drucker (\"R. Drucker\") (collectively, the \"Defendants\"), with insider trading in the "
 "shares of NBTY stock. The Commission also named William Minerva (\"Minerva\"), a friend of M. Drucker, as a relief "
 "defendant.\n\n"
 "The Commission's Complaint, filed in the United States District Court for the Southern District of New York, "
 "alleges that on October 18, 2001, M. Drucker directed the sale of his entire holdings of NBTY stock, consisting of "
 "25,700 shares, after learning material, non-public information that NBTY's fourth quarter earnings per share "
 "(\"EPS\") would be about 50 percent lower than analysts' expectations. The day after M. Drucker's sales, NBTY "
 "publicly announced, through a press release, that its fourth quarter EPS would be significantly lower than "
 "analysts' expectations. On the next trading day following the issuance of the press release, the price of NBTY "
 "shares fell by 27%, or $2.69.\n\n"
 "The Commission's Complaint also alleges that just after M. Drucker began selling his stock, on October 18, 2001, he "
 "engaged in a series of telephone calls with R. Drucker in which M. Drucker conveyed the material non-public "
 "information regarding NBTY's fourth quarter EPS results. As a result of this tip, R. Drucker also sold his entire "
 "holdings of NBTY stock, consisting of 10,000 shares, on October 18, 2001.",
 "nutritional supplements/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 19587, March 2, 2006 (SEC v. Mitchell Drucker and "
 "Ronald Drucker, Defendants, and William Minerva, Relief Defendant, 06 Civ. 1644 (SDNY)), US federal government work "
 "(public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/lr19587.htm): first-party text, no third-party copy. Left out: the page line 'U.S. "
 "SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 19587 / March 2, 2006' (kept as `published`), the "
 "caption ('SEC v. Mitchell Drucker and Ronald Drucker, Defendants, and William Minerva, Relief Defendant, 06 Civ. "
 "1644 (SDNY) (RCC) (DCF)'), the heading (kept as `title`); cut after the third paragraph's second sentence ('... on "
 "October 18, 2001.'), before 'Furthermore, while M. Drucker was placing his own trades on October 18, 2001, he also "
 "directed the sale of the entire NBTY holdings of his friend Minerva, which co', where the store's excerpt breaks off "
 "(`truncated`). Kept as written: the bracketed short names '(\"M. Drucker\")', '(\"R. Drucker\")', '(\"NBTY\")', "
 "'(\"Minerva\")', '(\"EPS\")' in straight quotation marks, 'associate general counsel' in lower case, 'Complaint' "
 "with a capital, 'about 50 percent' beside '27%', 'non-public' hyphenated, 'NBTY's fourth quarter' unhyphenated. "
 "242 words. One text per matter: no other paper of the matter in the store for the query run. NBTY's other matters "
 "(the 2010 insider trading complaint against Glenn Cohen and others, a former NBTY director's relatives; the "
 "shareholder class actions of 2000, 2004 and 2010) are other matters, not taken. Found with 'NBTY SEC litigation "
 "release former officer' (rank 1). "
 + CHECK + "'NBTY' (only GATHERING.md's 45ze and 45zi lead lines), 'Drucker', 'Minerva', '19587', '06 Civ. 1644', "
 "\"Nature's Bounty\": 0 in the corpus files, the gather scripts and the pools; 'Southern District of New York': other "
 "matters (corpus files and scripts, by file names only).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
