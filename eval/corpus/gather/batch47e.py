#!/usr/bin/env python3
"""Batch 47e (session 48, gatherer 47e): officers of investment firms in the SEC's mutual-fund trading cases of 2003-2004
told with their posts -- a Phoenix trust company shut down by its regulator, judged over the late trading it put
through for hedge funds controlled by Edward J. Stern (the Canary Capital funds), with its former chief executive,
former president and former senior vice president named; and a Boston fund adviser and two of its former managing
directors and portfolio managers charged over the managers' own short-term trading in the adviser's funds -- told in
a US Securities and Exchange Commission litigation release of 2004 and a press release of 2003 (US federal government
works, 17 U.S.C. 105), the second round of session 48 in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m,
41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d, 44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za,
45ze, 45zi, 45zm, 45zp, 45zs, 45zv, 46a, 46d, 46g, 46j, 46m, 46n and 47a; 43i and 43k found nothing), on new matters
(47a's leads Canary/Edward Stern and Putnam) -- first-party SEC text, the sec.gov pages as the search tool's page
store holds them:
  - the SEC's Litigation Release No. 18653 (2004; the stored page has no release line, no caption and no heading:
    `published` and `title` null): the final judgment of March 31, 2004 against Security Trust Company, N.A. (STC) of
    Phoenix, Arizona, "STC's former chief executive, Grant D. Seeger", 'its former president, William A. Kenyon', 'its
    former senior vice president, Nicole McDermott', the Office of the Comptroller of the Currency, 'several hedge
    funds controlled by Edward J. Stern, known as the Canary Capital funds' (sec.gov's old
    'litigation/litreleases/lrNNNNN.htm' address);
  - the SEC's press release 2003-142 (28 October 2003, 'SEC Brings Enforcement Actions Against Putnam Investment
    Management LLC and Two Putnam Managing Directors for Self-Dealing in Putnam Funds'): Putnam Investment Management
    LLC, 'two former Putnam Managing Directors and portfolio managers, Justin M. Scott and Omid Kamshad', the Division
    of Enforcement (sec.gov's 'news/press/YYYY-NNN.htm' address).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number, dateline and heading lines
are left out (a heading kept as `title`, the release date as `published`); a bullet marker cut (the item its own
paragraph, as 41s, 44r, 45k, 47a); no word added or changed; paragraphs joined by a blank line; each text cut at the
last full sentence before the store's excerpt breaks off. Written before any extractor ran on the texts (newskg was not
run on them).
usage: batch47e.py [POOL_DIR] [--dry]   (default /tmp/gather48e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch47a import CHECK   # batch45a's check note with the session-48 pools /tmp/gather48*/pool named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48e/pool"
R = []

# ---- Security Trust Company, Seeger, Kenyon, McDermott, Litigation Release No. 18653 (2004, undated in the store) -------
U1 = "http://www.sec.gov/litigation/litreleases/lr18653.htm"
R.append(federal(
 "us-sec-security-trust-company-former-ceo-seeger-president-kenyon-svp-mcdermott-canary-late-trading-judgment-2004",
 U1, None, None,
 "The Securities and Exchange Commission announced that, on March 31, 2004, the United States District Court for the "
 "District of Arizona entered a final judgment in a mutual fund market timing and late trading case against defendant "
 "Security Trust Company, N.A. (STC), an uninsured national banking association based in Phoenix, Arizona. Among "
 "other services, STC effected mutual fund trades for participants in retirement plans and processed data regarding "
 "those trades for the plans' third party administrators (TPAs). In accordance with the final judgment, STC paid $1 "
 "million in disgorgement on March 31, 2004, when STC was shut down pursuant to orders from its primary regulator, "
 "the Office of the Comptroller of the Currency. STC consented to the entry of the judgment without admitting or "
 "denying the allegations in the Commission's complaint.\n\n"
 "In addition to STC, the Commission's complaint, filed on November 25, 2003, charged STC's former chief executive, "
 "Grant D. Seeger, 40, of Phoenix; its former president, William A. Kenyon, 57, of Phoenix; and its former senior "
 "vice president, Nicole McDermott, 34, who resides near Phoenix. McDermott consented to the entry of a final "
 "judgment that was entered on February 23, 2004. The case is pending against Seeger and Kenyon.\n\n"
 "The Commission's complaint alleged the following:\n\n"
 "Late Trading: From May 2000 to July 2003, STC facilitated hundreds of mutual fund trades in nearly 400 different "
 "mutual funds by several hedge funds controlled by Edward J. Stern, known as the Canary Capital funds. Approximately "
 "99% of these trades were transmitted to STC after the 4:00 p.m. EST market close; 82% of the trades were sent to "
 "STC between 6:00 p.m. and 9:00 p.m. EST. The hedge funds' late trading was effected by STC through its electronic "
 "trading platform, which was designed primarily for processing trades by TPAs for retirement plans.",
 "investment management/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 18653 (2004; the stored page gives no date) "
 "(Securities and Exchange Commission v. Security Trust Company, N.A., et al., United States District Court for the "
 "District of Arizona), US federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/lr18653.htm' address): first-party text, no third-party copy. The store's excerpt opens with "
 "the first sentence: no release line, caption or heading came with it, so `published` and `title` are null (as 42g's, "
 "42y's and the Sirena and Qwest releases left a missing heading; the release's own day is not guessed: every date in "
 "the text is written in full, so nothing resolves against it). Left out: the bullet marker before 'Late Trading:' (the "
 "item kept as its own paragraph, its label 'Late Trading:' kept as written, as 41s, 44r, 45k, 47a); cut after the "
 "bullet's third sentence ('... processing trades by TPAs for retirement plans.'), before 'STC repeatedly "
 "misrepresented to mutual funds that the hedge funds were a retirement plan account, even thou', where the store's "
 "excerpt breaks off inside a word (`truncated`). Kept as written: 'Security Trust Company, N.A. (STC)' in brackets "
 "without quotation marks, 'third party administrators (TPAs)' without hyphen, the posts in lower case ('former chief "
 "executive', 'former president', 'former senior vice president'), the ages, 'the Canary Capital funds' with a "
 "lower-case 'funds', '4:00 p.m. EST', the semicolons of the list of defendants, the straight apostrophes. 299 "
 "words. One text per matter: the SEC's complaint and later filings in the case (findforms copies of the 2006 and "
 "2007 motions), plansponsor (two), yourlawyer (Newsday), financial-planning, aaronpressman (Bloomberg) and "
 "securities.stanford.edu (a class action) left out; Canary's own settlements (New Jersey's January 2006 release on "
 "nj.gov, a state work, and efinancialnews, hedgefundintelligence, plansponsor on it) are other matters and not "
 "taken. The Canary late-trading scheme also underlies 46n's Sihpol train file (Bank of America's broker): that file "
 "names neither Canary nor Stern nor Security Trust, and this release is another SEC case (against STC and its "
 "officers, in Arizona) -- taken as a separate matter (**doubtful**: a strict reader may count the Canary scheme as "
 "one matter). Found with 'SEC Edward J. Stern Canary Capital Partners settlement late trading market timing 2003' "
 "(rank 8) and 'Litigation Release No. 18653 Security Trust Company Grant D. Seeger William A. Kenyon Nicole "
 "McDermott' (rank 5; no page with the release's date came back). "
 + CHECK + "'Security Trust', 'Seeger', 'McDermott', 'Canary Capital', 'Edward J. Stern', '18653', 'STC' (as a word): "
 "0 in the corpus files, the gather scripts and the session-48 pools ('Canary' in 46n's Sihpol and 46m's Strong "
 "notes and one dev file on another matter; 'Edward Stern' in 46m's Strong dev file's notes (a cut bullet, another "
 "matter); 'Kenyon': one test Wikinews file on Dell (another man); 'Comptroller of the Currency': corpus files on "
 "other matters (OCC bank approvals) (file names only).",
 True))

# ---- Putnam Investment Management, Scott and Kamshad, press release 2003-142, 28 October 2003 (sec.gov) -----------------
U2 = "http://www.sec.gov/news/press/2003-142.htm"
T2 = ("SEC Brings Enforcement Actions Against Putnam Investment Management LLC and Two Putnam Managing Directors for "
      "Self-Dealing in Putnam Funds")
R.append(federal(
 "us-sec-putnam-investment-management-former-managing-directors-scott-kamshad-self-dealing-2003", U2, "2003-10-28",
 T2,
 "The Securities and Exchange Commission today announced actions against Putnam Investment Management LLC (Putnam) "
 "and two former Putnam Managing Directors and portfolio managers, Justin M. Scott and Omid Kamshad, in connection "
 "with the personal trading by those Managing Directors in Putnam mutual funds.\n\n"
 "The Commission filed a civil injunctive action in federal district court in Boston against Justin M. Scott and Omid "
 "Kamshad charging each of them with securities fraud. The complaint alleges that Scott and Kamshad, for their own "
 "personal accounts, engaged in excessive short-term trading of Putnam mutual funds for which they were portfolio "
 "managers. According to the complaint, Scott and Kamshad's investment decision-making responsibility for those funds "
 "afforded them access to non-public information about the funds, including current portfolio holdings, valuations "
 "and transactions. The complaint further alleges that Scott and Kamshad's short-term trading violated their "
 "responsibilities to other fund shareholders, that Scott and Kamshad failed to disclose their trading and that, by "
 "their trading, they potentially harmed other fund shareholders.\n\n"
 "The Commission issued an administrative order instituting proceedings against Putnam in which the Division of "
 "Enforcement (the Division) alleges that Putnam engaged in securities fraud by failing to disclose to the funds or to "
 "the fund boards the potentially self-dealing transactions in fund shares by Scott, Kamshad and other employees. The "
 "Division further alleges that Putnam failed to supervise Scott, Kamshad and other employees, that it failed to have "
 "policies and procedures reasonably designed to prevent the misuse of non-public information and that it failed "
 "adequately to enforce its code of ethics.",
 "investment management/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2003-142 '" + T2 + "', Washington, D.C., Oct. 28, 2003, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (news/press/2003-142.htm): "
 "first-party text, no third-party copy. Left out: the heading (kept as `title`), the lines 'FOR IMMEDIATE RELEASE' "
 "and '2003-142', the dateline 'Washington, D.C., Oct. 28, 2003 \u2014 ' opening the first paragraph (kept as "
 "`published`); cut after the third paragraph ('... enforce its code of ethics.'), before 'Stephen M. Cutler,', where "
 "the store's excerpt breaks off (`truncated`; the quotation it opens is not in the text). Kept as written: "
 "'Putnam Investment Management LLC (Putnam)' without a comma before 'LLC' and without quotation marks, 'Managing "
 "Directors' capitalised beside 'portfolio managers' in lower case, \"Scott and Kamshad's\" (twice), 'the Division of "
 "Enforcement (the Division)', 'decision-making', 'non-public', 'self-dealing', the straight apostrophes. 255 words. "
 "One text per matter: the SEC's complaint against Scott and Kamshad (litigation/complaints/comp18428.htm on sec.gov, "
 "a filing), Marsh & McLennan's 8-K of 29 October 2003 on EDGAR (a company filing), latimes, washingtontimes, "
 "stockbroker-fraud (Reuters), law.com and plansponsor (the 2007 settlement) left out. Found with 'SEC charges Putnam "
 "Investment Management market timing portfolio managers Justin Scott Omid Kamshad 2003' (rank 6). "
 + CHECK + "'Putnam Investment', 'Putnam mutual', 'Kamshad', 'Justin M. Scott', 'Omid', '2003-142', '18428': 0 in the "
 "corpus files, the gather scripts and the session-48 pools ('Putnam' in five corpus files on other matters: Putnam "
 "County and Westchester/Putnam outage files, Schumer and Gillibrand letters, two FCC hurricane reports, a Wikinews "
 "coal story; and GATHERING.md's Anicom's Carl Putnam lead); 'self-dealing': one train Wikinews file on Conrad Black "
 "(another matter) (file names only).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
