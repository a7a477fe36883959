#!/usr/bin/env python3
"""Batch 45zi (session 46, gatherer 45zi): a Los Angeles County maker of women's swimwear whose former chief executive
officer and former chief financial officer were sued for financial statement fraud, a Boston transportation equipment
company whose former chairman and chief executive, former president and chief operating officer, former acting chief
financial officer, principal accounting officer, former director and outside auditors were charged with securities
fraud, and a defunct North Andover, Massachusetts Internet hardware developer whose former senior vice president of
sales was convicted, told in US Securities and Exchange Commission litigation releases of 2000, 2003 and 2006 (US
federal government works, 17 U.S.C. 105), a ninth round of session 46 after batches 45a, 45f, 45k, 45p, 45r, 45v, 45za
and 45ze in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a,
43d, 43g, 44d, 44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za and 45ze; 43i and 43k found nothing), on new
matters (45ze's leads Sirena Apparel, Chancellor Corp and Interspeed) -- first-party SEC text, the sec.gov pages as
the search tool's page store holds them:
  - the SEC's Litigation Release No. 16730 (27 September 2000; no heading on the page): 'Sirena Apparel Group, Inc.
    ("Sirena"), a women's swimwear manufacturer located in Los Angeles County, California', 'Maurice B. Newman, former
    CEO, and Richard A. Gerhart, former CFO' (sec.gov);
  - the SEC's Litigation Release No. 18104 (24 April 2003, 'SEC Sues Former Top Officers, Directors and Auditors of
    Chancellor Corporation for Financial Fraud'): 'Chancellor Corporation, a Boston MA transportation equipment
    company', 'Brian Adley, Chancellor's former Chairman, CEO and controlling shareholder', 'Chancellor's former
    President and Chief Operating Officer, Franklyn E. Churchill', 'its former acting Chief Financial Officer and
    consultant, David C. Volpe', 'Jonathan Ezrin, who variously served as the company's Principal Accounting Officer,
    Corporate Treasurer and Controller', 'a former director of the company, Rudolph Peselman', 'BKR Metcalf Davis, an
    Atlanta GA accounting firm', 'Gregory Davis, a partner and CPA at the firm' (sec.gov);
  - the SEC's Litigation Release No. 19728 (14 June 2006; no heading on the page): 'Arthur A. Goodwin of Plano,
    Texas', 'the former senior vice president of sales at Interspeed, Inc., a now defunct North Andover, Massachusetts
    Internet hardware developer' (sec.gov, the site's later 'enforcement-litigation' address).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number, AAER and caption lines
are left out (a heading kept as `title`, `title` null where the page has none, as 42g's and 42y's; the date as
`published`); bullet marks cut, the bulleted item kept as a paragraph (42j's way); no word added or changed; each text
cut at the last full sentence before the store's excerpt breaks off (the Goodwin release kept whole). Written before
any extractor ran on the texts (newskg was not run on them).
usage: batch45zi.py [POOL_DIR] [--dry]   (default /tmp/gather46zi/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch45a import CHECK          # batch44d's check note with the session-46 pools /tmp/gather46*/pool named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46zi/pool"
R = []

# ---- Sirena Apparel, Newman and Gerhart, Litigation Release No. 16730, 27 September 2000 (sec.gov) ----------------------
U1 = "https://www.sec.gov/litigation/litreleases/lr16730.htm"
R.append(federal(
 "us-sec-sirena-apparel-former-ceo-newman-former-cfo-gerhart-fraud-2000", U1, "2000-09-27", None,
 "On September 27, 2000, the Securities and Exchange Commission filed an action alleging financial statement fraud "
 "against the former Chief Executive Officer and the former Chief Financial Officer of Sirena Apparel Group, Inc. "
 "(\"Sirena\"), a women's swimwear manufacturer located in Los Angeles County, California. The complaint alleges "
 "that, in order to meet revenue and earnings projections, Maurice B. Newman, former CEO, and Richard A. Gerhart, "
 "former CFO, caused Sirena to report false financial information in an earnings press release and a quarterly "
 "report for the third quarter ended March 31, 1999.\n\n"
 "Also on September 27, 2000, the United States Attorney for the Central District of California announced "
 "indictments against Newman and Gerhart for conduct similar to that alleged in the Commission's complaint.\n\n"
 "The Commission's action, filed in federal court in Los Angeles, alleges that Newman and Gerhart materially "
 "overstated Sirena's revenue by $3.6 million (or 13%) and earnings by $1.3 million (or 30%). As part of their "
 "fraudulent scheme, the complaint alleges that Newman and Gerhart engaged in the following conduct:\n\n"
 "Newman and Gerhart instructed Sirena personnel to hold open the March 1999 fiscal quarter until Sirena had reached "
 "its sales target for that period. The quarter was held open by resetting the date on Sirena's computer clock to "
 "March 30 or March 31. Manipulation of the computer clock allowed April shipments to be recorded as March revenue "
 "because the computer clock controlled the date that was printed on the company's invoices. The computer system "
 "also automatically recorded revenue earned as of the date of the invoice.",
 "swimwear/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 16730, September 27, 2000 (SEC v. Maurice B. Newman "
 "and Richard A. Gerhart, Civil Action No. SACV-00948GLT (Eex)(C.D. Cal.)), US federal government work (public "
 "domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/lr16730.htm): first-party text, no third-party copy. Left out: the page lines 'U.S. "
 "Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', "
 "'Litigation Release No. 16730 / September 27, 2000' (kept as `published`), 'Accounting and Auditing Enforcement "
 "Release No. 1325 / September 27, 2000', the caption ('SEC v. Maurice B. Newman and Richard A. Gerhart, Civil Action "
 "No. SACV-00948GLT (Eex)(C.D. Cal.).'); the page has no heading of its own in the stored excerpt (`title` null, as "
 "42g's and 42y's releases); the bullet mark of the first bulleted item cut, the item kept as its own paragraph (42j's "
 "way); cut inside that item after 'The computer system also automatically recorded revenue earned as of the date of "
 "the invoice.', where the store's excerpt breaks off (`truncated`). Kept as written: '(\"Sirena\")' in brackets and "
 "quotation marks, 'Chief Executive Officer' and 'Chief Financial Officer' with capitals beside 'former CEO' and "
 "'former CFO', 'Los Angeles County, California', '$3.6 million (or 13%)', 'the March 1999 fiscal quarter', 'March "
 "30 or March 31', the colon ending 'the following conduct:'. 257 words. One text per matter: the SEC's Litigation "
 "Release No. 17250 (29 November 2001, Gerhart's summary judgment; the UNT CyberCemetery copy of sec.gov; same "
 "matter), the Washington Post story of 28 September 2000 as si.frajer reposts it, wwd ('SIRENA EXECS PLEAD NOT "
 "GUILTY') and i-law (Fraud Intelligence) left out. Found with 'SEC litigation release Sirena Apparel former chief "
 "executive officer chief financial officer fraud' (rank 1). "
 + CHECK + "'Sirena' (only GATHERING.md's 45ze lead line), 'Maurice B. Newman', 'Gerhart', '16730', '17250', "
 "'SACV-00948', 'No. 1325', 'swimwear', 'Los Angeles County': 0 in the corpus files, the gather scripts and the "
 "pools; 'Newman': other persons (one test file, by file name only; GATHERING.md's Xybernaut query); 'Central "
 "District of California': other matters (corpus files, scripts and 45a's Brightpoint pool, by file names only).",
 True))

# ---- Chancellor Corporation, Adley and others, Litigation Release No. 18104, 24 April 2003 (sec.gov) --------------------
U2 = "http://www.sec.gov/litigation/litreleases/lr18104.htm"
T2 = "SEC Sues Former Top Officers, Directors and Auditors of Chancellor Corporation for Financial Fraud"
R.append(federal(
 "us-sec-chancellor-former-chairman-ceo-adley-officers-auditors-fraud-2003", U2, "2003-04-24", T2,
 "The Securities and Exchange Commission today charged Chancellor Corporation, a Boston MA transportation equipment "
 "company, four of the company's former senior officers, a former outside director, the company's audit firm and the "
 "audit firm's engagement partner with securities fraud. The action, filed in federal court in Boston, alleges that "
 "from 1998 through 2001, Brian Adley, Chancellor's former Chairman, CEO and controlling shareholder, orchestrated a "
 "scheme to inflate Chancellor's reported assets, revenue and profits using fabricated documents and fraudulent "
 "accounting. Former officers of the company named as defendants in the civil suit were Chancellor's former "
 "President and Chief Operating Officer, Franklyn E. Churchill, its former acting Chief Financial Officer and "
 "consultant, David C. Volpe, and Jonathan Ezrin, who variously served as the company's Principal Accounting "
 "Officer, Corporate Treasurer and Controller. Also named as defendants were a former director of the company, "
 "Rudolph Peselman, BKR Metcalf Davis, an Atlanta GA accounting firm that served as Chancellor's auditors from 1999 "
 "to 2001, and Gregory Davis, a partner and CPA at the firm. Simultaneously with the filing of the Commission's civil "
 "action, Chancellor Corporation, Volpe and Ezrin entered settlements with the Commission.",
 "transportation equipment/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 18104, April 24, 2003 (Securities and Exchange "
 "Commission v. Brian Adley et al., United States District Court for the District of Massachusetts, C.A. No. 03-10762 "
 "MEL), US federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/lr18104.htm): first-party text, no third-party copy. Left out: 'Litigation Release No. "
 "18104 / April 24, 2003' (kept as `published`), 'Accounting and Auditing Enforcement Release No. 1763 / April 24, "
 "2003', the heading (kept as `title`), the caption ('Securities and Exchange Commission v. Brian Adley et al. "
 "(United States District Court for the District of Massachusetts C.A. No. 03-10762 MEL)'); cut after the first "
 "paragraph's fifth sentence, before 'The Commission also instituted and simultaneously settled administrative cease "
 "and desist proceedings against Michael Marchese, ...', whose sentence the store's excerpt breaks off ('Theodore "
 "Fricke, who served as'; `truncated`). Kept as written: 'a Boston MA transportation equipment company' and 'an "
 "Atlanta GA accounting firm' (postal abbreviations, no comma), 'Chairman, CEO and controlling shareholder', "
 "'President and Chief Operating Officer', 'acting Chief Financial Officer and consultant', 'Principal Accounting "
 "Officer, Corporate Treasurer and Controller' with capitals, 'a partner and CPA'. 188 words. One text per matter: the SEC's "
 "complaint (sec.gov comp18104; the same action), the Commission's "
 "order against Michael Marchese (sec.gov 34-47732; the same matter) and its case briefs (quimbee, casebriefsco), the "
 "SEC's Litigation Release No. 20177 (2 July 2007, the contempt motion against Adley; the UNT EOT 2008 archive of "
 "sec.gov; same matter), findlaw's commentary left out; Litigation Release No. 16004 (1998, Chancellor Group, Inc.; "
 "another company) not this matter. Found with 'SEC litigation release Chancellor Corporation former chief executive "
 "officer Brian Adley' (rank 2). "
 + CHECK + "'Chancellor Corp' (only GATHERING.md's 45ze lead line), 'Adley', 'Volpe', 'Ezrin', 'Peselman', 'Metcalf "
 "Davis', 'Gregory Davis', 'Marchese', '18104', '03-10762', 'No. 1763', 'Boston MA', 'Atlanta GA': 0 in the corpus "
 "files, the gather scripts and the pools; 'Chancellor': other uses (the UK's Chancellor and others, by file names "
 "only); 'Franklyn': only Franklyn A. Caine (45r's Raytheon, another person); 'Churchill': other persons (one train "
 "file, by file name only, and scripts).",
 True))

# ---- Interspeed and Arthur A. Goodwin, Litigation Release No. 19728, 14 June 2006 (sec.gov) ------------------------------
U3 = "https://www.sec.gov/enforcement-litigation/litigation-releases/lr-19728"
R.append(federal(
 "us-sec-interspeed-former-senior-vice-president-goodwin-convicted-2006", U3, "2006-06-14", None,
 "The Securities and Exchange Commission announced that on June 9, 2006, Arthur A. Goodwin of Plano, Texas was "
 "convicted of eight counts of securities and wire fraud following a nine day jury trial prosecuted by the "
 "Massachusetts U.S. Attorney's office in federal court in the District of Massachusetts. Goodwin was the former "
 "senior vice president of sales at Interspeed, Inc., a now defunct North Andover, Massachusetts Internet hardware "
 "developer. Goodwin was convicted of falsely overstating sales at Interspeed by approximately $9 million. Goodwin "
 "entered into secret side letter agreements with customers that provided the customers the right to return the "
 "goods purportedly sold to them; altered a sales contract for what would have been the company's largest sale in "
 "its history; and took other steps to hide the fraudulent nature of sales transactions he arranged. Judge Richard G. "
 "Stearns has scheduled sentencing for October 5, 2006. Goodwin faces up to 20 years' imprisonment on each of the "
 "four securities fraud counts, together with a fine of up to $5 million and restitution to Interspeed's former "
 "shareholders.\n\n"
 "The Securities and Exchange Commission previously filed a civil injunctive action for financial fraud against "
 "Goodwin and others based on the same conduct. In that action, the Commission alleged that Goodwin and others "
 "engaged in a $9 million scheme which inflated sales between 25% and 93% from January to September 2000. The "
 "Commission seeks, among other things, civil monetary penalties and an order permanently barring Goodwin from "
 "acting as an officer or director of any public company.\n\n"
 "For further information see Litigation Release Nos. 17758, 18180, 18468 and 18758.",
 "internet hardware/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 19728, June 14, 2006 (United States v. Arthur A. "
 "Goodwin, United States District Court for the District of Massachusetts, No. 03-CR-10197-RGS), US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the site's later "
 "'enforcement-litigation/litigation-releases/lr-NNNNN' address, as 45a's and 45f's texts): first-party text, no "
 "third-party copy. Left out: the page's name line 'Arthur A. Goodwin', 'Litigation Release No. 19728 / June 14, "
 "2006' (kept as `published`), the caption ('United States v. Arthur A. Goodwin, (United States District Court for "
 "the District of Massachusetts, No. 03-CR-10197-RGS)'), the page line 'Last Reviewed or Updated: June 27, 2023' "
 "after the text (44u's way); the page has no heading of its own (`title` null, as 42g's and 42y's releases). The "
 "whole release is kept (`truncated` false). Kept as written: 'of Plano, Texas was convicted' (no comma after "
 "'Texas'), 'nine day jury trial' (no hyphen), 'the Massachusetts U.S. Attorney's office' ('office' in lower case), "
 "'senior vice president of sales' in lower case, 'a now defunct North Andover, Massachusetts Internet hardware "
 "developer', the semicolons of the list of Goodwin's acts, '20 years'', 'from January to September 2000', the "
 "closing cross-reference 'For further information see Litigation Release Nos. 17758, 18180, 18468 and 18758.'. 265 "
 "words. One text per matter: the SEC's Litigation Release No. 17758 (1 October 2002, the civil action against "
 "Goodwin, William J. Burke and Christopher P. Whalen; in the store only as a copy in an advfn message board, not "
 "taken) and its complaint (sec.gov comp17758; same matter), the US Attorney's release as the lawprofessors.typepad "
 "white-collar crime blog quotes it (a blog) left out. Found with 'SEC Charges Former Massachusetts Officers of "
 "Interspeed, Inc. With Financial Fraud litigation release 17758' (rank 3). "
 + CHECK + "'Interspeed' (only GATHERING.md's 45ze lead line), 'Arthur A. Goodwin', 'Richard G. Stearns', 'Plano, "
 "Texas', '19728', '03-CR-10197', '17758', '18180', '18758': 0 in the corpus files, the gather scripts and the pools; "
 "'Goodwin': other persons (one dev file, by file name only; GATHERING.md and one script); 'North Andover': only the "
 "Merrimack Valley gas explosions of 2018 (one train file, GATHERING.md and its scripts), another matter; '18468': "
 "only inside a Federal Register citation (82 FR 18468) of another matter.",
 False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
