#!/usr/bin/env python3
"""Batch 51zp (session 52, gatherer 51zp): three SEC litigation releases of 1997 and 2002 naming listed companies, their
former officers with their posts and the bodies around them -- Paragon Mortgage Corporation, a defunct mortgage banking
company once headquartered in Smyrna, Georgia, and its three former officers (its former chief executive officer and
chairman W. Gene Ross, its former director and president Lynn Ross and its former chief financial officer Mickie
Higgins-Hallke) charged with fraud; Telxon Corp., a maker of hand held computers of Akron, Ohio, and its former Chief
Financial Officer Kenneth W. Haver, sued over improperly recognised revenue; AremisSoft Corporation's two former
officers Roys Poyiadjis and Lycourgos Kyprianou and two relief defendants (Olympus Capital Investment, Inc. and Oracle
Capital, Inc.) holding funds frozen in the Isle of Man by its High Court -- told in SEC litigation releases (US federal
government works, 17 U.S.C. 105), a round of session 52 in the federal SEC lane after 51zh (and 48a ... 51zb, 51zh), on
new matters (51zh's leads Kurzweil Applied Intelligence, Comptronix and Premier Laser Systems asked again with other
wording: no SEC release in the store -- see the notes; every company, person, release number and docket of the three
taken checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes and the session-52 pools)
-- SEC text from the search tool's page store:
  - the SEC's Litigation Release No. 15474 of 4 September 1997 (Securities and Exchange Commission v. Wyatt Gene Ross,
    Lynn K. Ross, and Mickie E. Higgins-Hallke, N.D. Ga., Civil Action No. 1-97-CV-2431-JEC): Paragon Mortgage
    Corporation, the Ross brothers, Higgins-Hallke, Atlanta, Denver, Highlands Ranch, Marietta, Smyrna (sec.gov's
    plain-text 'litigation/litreleases/lr15474.txt');
  - the SEC's Litigation Release No. 17394 of 5 March 2002, 'SEC Sues Former Telxon CFO Ken Haver for Accounting Fraud;
    Telxon and Two Former Officers Consent to Cease-and-Desist Order' (SEC v. Kenneth W. Haver, N.D. Ohio, Akron
    Division, Docket No. 5:02CV414; In the Matter of Telxon Corp., Gary L. Grand and James G. Cleveland, Administrative
    Proceeding File No. 3-10715): Telxon Corp., Haver, Akron, the Northern District of Ohio court (sec.gov's
    'litigation/litreleases/lr17394.htm');
  - the SEC's Litigation Release No. 17862 (late 2002; its date line is not on the stored page) in Securities and
    Exchange Commission v. Roys Poyiadjis, Lycourgos Kyprianou and AremisSoft Corp., et al., Civil Action No.
    01-CV-8903 (CSH) (S.D.N.Y.): AremisSoft Corporation, Poyiadjis, Kyprianou, Olympus Capital Investment, Inc., Oracle
    Capital, Inc., the High Court of the Isle of Man, the Southern District of New York court (sec.gov's
    'litigation/litreleases/lr17862.htm').
Texts are the search tool's page-store excerpts (corpus `pages`). Page chrome ('UNITED STATES SECURITIES AND EXCHANGE
COMMISSION'), the release lines, the captions (with their docket numbers) and headings are left out (a heading kept as
`title`; where a release has no heading, its caption's party names are the title, as 51zb and 51zh; the release date as
`published`, null where the stored page has no date line, as the corpus's 930 files with none); no word added or
changed; paragraphs joined by a blank line as the store gives them (the plain-text Paragon release comes as one run of
text); each text cut at the last full sentence before the store's 2,000-character excerpt breaks off. Each kept text
and title checked by script to be a verbatim substring of its saved excerpt (/tmp/gather52zp/src).
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51zp.py [POOL_DIR] [--dry]   (default /tmp/gather52zp/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SEC_ORIGIN = "US SEC litigation release on sec.gov (search tool page store)"                       # 41b's wording
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes (its .md files) and the session-52 pools /tmp/gather52*/pool and gold (52a's to 52zo's, "
         "when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52zp/pool"
R = []

# ---- Paragon Mortgage / Ross, Ross and Higgins-Hallke, LR 15474 of 4 September 1997 (sec.gov plain text) ------------
U1 = "http://www.sec.gov/litigation/litreleases/lr15474.txt"
R.append(federal(
 "us-sec-paragon-mortgage-former-ceo-chairman-gene-ross-president-lynn-ross-cfo-higgins-hallke-fraud-1997", U1,
 "1997-09-04", "Securities and Exchange Commission v. Wyatt Gene Ross, Lynn K. Ross, and Mickie E. Higgins-Hallke",
 "The Securities and Exchange Commission announced today that it has charged two Atlanta, Georgia residents and a "
 "Denver, Colorado man with fraud. The three defendants are W. Gene Ross of Highlands Ranch, Colorado, his brother Lynn "
 "Ross of Marietta, Georgia, and Mickie Higgins-Hallke of Smyrna, Georgia. All three are former officers of Paragon "
 "Mortgage Corporation, a now defunct mortgage banking company formerly headquartered in Smyrna, Georgia. Gene Ross was "
 "Paragon's chief executive officer and chairman of its board, Lynn Ross was a director of Paragon and its president, "
 "and Higgins-Hallke was Paragon's chief financial officer. The complaint alleges that the Ross brothers misappropriated "
 "approximately $230,000 from Paragon over a five-year period by causing Paragon to repay personal loans with corporate "
 "funds, and by personally intercepting checks remitted to Paragon and endorsing them for their personal benefit. The "
 "Ross brothers concealed this theft from Paragon's shareholders and also misled Paragon's independent auditors "
 "concerning their theft. The complaint also alleges that from 1990 through 1994 the defendants overstated Paragon's "
 "income in various annual and quarterly financial statements filed with the Commission. In some instances, Paragon "
 "reported net income when it should have reported net losses and in other reports, Paragon understated its net losses "
 "by over 200% and overstated its income by 225%. In June 1990, Paragon's board of directors granted stock options to "
 "purchase 530,000 shares of Paragon's common stock, worth $258,750, to the Ross brothers and four other Paragon "
 "employees.",
 "mortgage banking/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 15474 and Accounting and Auditing Enforcement "
 "Release No. 951, September 4, 1997 (Securities and Exchange Commission v. Wyatt Gene Ross, Lynn K. Ross, and Mickie "
 "E. Higgins-Hallke, N.D. Ga., Civil Action No. 1-97-CV-2431-JEC), US federal government work (public domain); text of "
 "the sec.gov plain-text release from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "('litigation/litreleases/lr15474.txt', the plain-text release): first-party text, no third-party copy (origin "
 "SEC_ORIGIN, 41b's wording). The store gives the file as one run of text (its line breaks gone), so the kept text is "
 "one paragraph. Left out: 'UNITED STATES SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 15474 / "
 "September 4, 1997' (the date kept as `published`), 'Accounting and Auditing Enforcement Release No. 951 / September "
 "4, 1997' and the caption 'Securities and Exchange Commission v. Wyatt Gene Ross, Lynn K. Ross, and Mickie E. "
 "Higgins-Hallke (N.D. Ga., Civil Action No. 1-97-CV-2431-JEC)'; the release has no heading, so the caption's party "
 "names are the `title` (doubtful: descriptive, as 51zb's and 51zh's). Cut after '... to the Ross brothers and four "
 "other Paragon employees.', before 'The Commission alleges that Gene Ross failed to report this t', which the store's "
 "excerpt breaks off (`truncated`). Kept as written: 'W. Gene Ross' then 'Gene Ross' (the text never gives 'Wyatt', "
 "which only the caption has), 'Lynn Ross' (the caption's 'Lynn K. Ross' cut), 'chairman of its board', 'a director "
 "of Paragon and its president', 'a now defunct', '$230,000', '200%', '225%', '$258,750', the straight apostrophes. "
 "240 words (split at whitespace). One text per matter: the SEC's settled administrative order against Wyatt Gene Ross "
 "of 10 September 1997 (34-39040, sec.gov 'files/litigation/admin/3439040.txt': the same facts, his bar) left out. "
 "Found with 'Golden Bear Golf Paragon Construction International SEC former officers litigation release' (rank 4: a "
 "near-name hit while looking for Golden Bear's subsidiary case, which has no SEC release in the store). "
 + CHECK + "'Paragon Mortgage', 'Higgins-Hallke', 'Gene Ross', 'Smyrna', 'Highlands Ranch', '15474', '97-CV-2431', "
 "'39040': 0 in the corpus files, GATHERING.md, the scripts, /work/notes and the pools.",
 True))

# ---- Telxon / Haver, LR 17394 of 5 March 2002 (sec.gov) -------------------------------------------------------------
U2 = "http://www.sec.gov/litigation/litreleases/lr17394.htm"
R.append(federal(
 "us-sec-telxon-former-cfo-haver-accounting-fraud-improper-revenue-recognition-akron-2002", U2, "2002-03-05",
 "SEC SUES FORMER TELXON CFO KEN HAVER FOR ACCOUNTING FRAUD; TELXON AND TWO FORMER OFFICERS CONSENT TO CEASE-AND-DESIST "
 "ORDER",
 "The Securities and Exchange Commission announced that it has sued Kenneth W. Haver, the former Chief Financial "
 "Officer of Telxon Corp., for fraud in connection with the company's financial statements and earnings press release "
 "for the quarter ended September 30, 1998. The action alleges that Haver, age 43, of Akron, Ohio, intentionally or "
 "recklessly caused Telxon to improperly recognize revenue of $23.1 million from three significant transactions. "
 "Haver's improper conduct inflated Telxon's quarterly revenues by 23% and quarterly profits by 270%, from a loss of "
 "$7.3 million to a falsely stated profit of $4.1 million. The suit also alleges that Haver aided and abetted "
 "reporting, books and records, and record keeping violations by Telxon related to the September 1998 quarter and "
 "related to additional violations by Telxon from its two previous fiscal years, involving a further $16.6 million of "
 "profits that were restated. Telxon is headquartered in Akron, Ohio and, prior to being acquired by another company "
 "in December 2000, was a leading manufacturer of hand held computers and related systems.\n\n"
 "The Commission's complaint, filed in the U.S. District Court for the Northern District of Ohio, alleges that "
 "Haver's fraudulent actions took place shortly after Telxon had rejected merger offers from a competitor. One of the "
 "September 1998 transactions involved a $2 million sale of software that was not yet written.",
 "mobile computing hardware/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 17394 and Accounting and Auditing Enforcement "
 "Release No. 1512, March 5, 2002, 'SEC Sues Former Telxon CFO Ken Haver for Accounting Fraud; Telxon and Two Former "
 "Officers Consent to Cease-and-Desist Order' (SEC v. Kenneth W. Haver, U.S. District Court for the Northern District "
 "of Ohio, Akron Division, Docket No. 5:02CV414; In the Matter of Telxon Corp., Gary L. Grand and James G. Cleveland, "
 "Administrative Proceeding File No. 3-10715), US federal government work (public domain); text of the sec.gov page "
 "from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "('litigation/litreleases/lr17394.htm'): first-party text, no third-party copy (origin SEC_ORIGIN, 41b's wording). "
 "Left out: 'Litigation Release No. 17394 / March 5, 2002' (the date kept as `published`), 'Accounting and Auditing "
 "Enforcement Release No. 1512', the two captions 'SEC v. Kenneth W. Haver, U.S. District Court for the Northern "
 "District of Ohio, Akron Division, Docket No. 5:02CV414' and 'In the Matter of Telxon Corp., Gary L. Grand and James "
 "G. Cleveland, Administrative Proceeding File No. 3-10715' (so Grand and Cleveland, named only there, are not in the "
 "kept text) and the heading (kept as `title`, in capitals as written). Cut after the second paragraph's second "
 "sentence ('... a $2 million sale of software that was not yet written.'), before its third ('A second transaction "
 "involved a $7 million lease-purchase by a near-bankrupt customer and Haver's agreement, on Telxon'), which the "
 "store's excerpt breaks off (`truncated`). Kept as written: 'Chief Financial Officer' with capitals, 'Telxon Corp.', "
 "'age 43', 'hand held', 'record keeping', '23%', '270%', the straight apostrophes. 221 words (split at whitespace). "
 "One text per matter: the SEC's administrative order against Telxon Corporation, Gary L. Grand and James G. "
 "Cleveland of the same day (34-45507, sec.gov: the same restatements, the company's and two officers' own "
 "proceeding), the SEC's complaint against Haver (sec.gov 'litigation/complaints/complr17394.htm'), the class-action "
 "opinions and pages (justia, studicata, Stanford, the10b-5daily) left out. Found with 'SEC litigation release Telxon "
 "Corporation former officers revenue' (rank 3). "
 + CHECK + "'Telxon', 'Haver' (GATHERING.md only inside 'Haverfordwest'), 'Gary L. Grand', 'James G. Cleveland', "
 "'17394', '45507', '02CV414': 0 in the corpus files, GATHERING.md, the scripts, /work/notes and the pools; 'Akron' "
 "in other matters' files only.",
 True))

# ---- AremisSoft / Poyiadjis and Kyprianou, LR 17862 (late 2002; sec.gov) --------------------------------------------
U3 = "https://www.sec.gov/litigation/litreleases/lr17862.htm"
R.append(federal(
 "us-sec-aremissoft-former-officers-poyiadjis-kyprianou-isle-of-man-frozen-funds-relief-defendants-2002", U3, None,
 "Securities and Exchange Commission v. Roys Poyiadjis, Lycourgos Kyprianou and AremisSoft Corp., et al.",
 "On November 22, 2002, an Isle of Man appellate tribunal entered a judgment holding that the Commission is entitled "
 "to participate directly in proceedings commenced by the Isle of Man Attorney General in October 2001 at the request "
 "of the Attorney General of the United States. In those proceedings, the High Court of the Isle of Man has issued "
 "restraint orders freezing approximately $175 million deposited in two Isle of Man banks. These funds are alleged to "
 "constitute proceeds of fraudulent insider trading in the stock of AremisSoft Corporation. The Commission, the United "
 "States Attorney for the Southern District of New York and the Attorney General for the Isle of Man are pursuing the "
 "repatriation of the frozen funds to the United States to be used to compensate defrauded AremisSoft investors.\n\n"
 "The Commission also has obtained a U.S. asset freeze in a preliminary injunction entered on October 19, 2001 by the "
 "U.S. District Court for the Southern District of New York. In its complaint in the U.S. enforcement action, the "
 "Commission alleged, among other things, that AremisSoft and two of its former officers, Roys Poyiadjis and "
 "Lycourgos Kyprianou, overstated the Company's revenues in its annual report for 2000 and inflated the value of "
 "acquisitions made in 1999 and 2000 and that the two former officers engaged in massive insider trading during the "
 "period of the reporting fraud. The SEC's civil enforcement action remains pending against Poyiadjis, Kyprianou and "
 "two relief defendants that nominally hold the funds in the Isle of Man bank accounts, Olympus Capital Investment, "
 "Inc. (\"Olympus\") and Oracle Capital, Inc. (\"Oracle\"). Poyiadjis, Kyprianou and the relief defendants have not "
 "answered the Commission's complaint.",
 "business software/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 17862 (late 2002; the stored page has no date line) "
 "(Securities and Exchange Commission v. Roys Poyiadjis, Lycourgos Kyprianou and AremisSoft Corp., et al., Civil "
 "Action No. 01-CV-8903 (CSH) (S.D.N.Y.)), US federal government work (public domain); text of the sec.gov page from "
 "the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "('litigation/litreleases/lr17862.htm'): first-party text, no third-party copy (origin SEC_ORIGIN, 41b's wording). "
 "The stored page begins with the caption: no release line, date or heading came back. `published` is null (the "
 "release's day is not on the page and no other stored page gives it; the text's own latest date is 22 November 2002 "
 "and the release number falls before LR 17887 of December 2002 -- not enough for a day), so no relative date is "
 "resolved (none is in the kept text). Left out: the caption 'Securities and Exchange Commission v. Roys Poyiadjis, "
 "Lycourgos Kyprianou and AremisSoft Corp., et al., Civil Action No. 01-CV-8903 (CSH) (S.D.N.Y.)', whose party names "
 "are the `title` (doubtful: descriptive, as 51zb's and 51zh's; the docket left out). Cut after the second paragraph "
 "('... have not answered the Commission's complaint.'), before the third ('The U.S. Attorney for the Southern "
 "District of New York obtained an indictment of Poyiadjis on December 19, '), which the store's excerpt breaks off "
 "(`truncated`). Kept as written: 'the Isle of Man Attorney General' beside 'the Attorney General for the Isle of "
 "Man', 'the United States Attorney' beside 'U.S. District Court', 'the Company's revenues' with its capital, "
 "'(\"Olympus\")' and '(\"Oracle\")' in straight double quotes, 'The SEC's', the straight apostrophes. 275 words "
 "(split at whitespace). One text per matter: the news and court pages on the same case (thisismoney, "
 "financialmirror, thelawyer, prnewswire, Stanford's class-action page, the LaSala v. Bank of Cyprus opinion on "
 "findacase and vlex, the Silicon Investor board) left out. Found with 'AremisSoft Corporation SEC litigation release "
 "Poyiadjis Kyprianou Cyprus' (rank 1). "
 + CHECK + "'AremisSoft', 'Poyiadjis', 'Kyprianou', 'Olympus Capital', 'Oracle Capital', '17862', '01-CV-8903': 0 in "
 "the corpus files, GATHERING.md, the scripts, /work/notes and the pools; 'Isle of Man' in other matters' files only "
 "(Manx Telecom, Cosworth, Siteserv, the J&J FCPA release).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
