#!/usr/bin/env python3
"""Batch 51zr (session 52, gatherer 51zr): two SEC litigation releases of 1997 and 2000 naming listed companies, their
officers and employees with their posts and the bodies around them -- Robert H. Sutton, at the time a plant controller
for a unit of Material Sciences Corporation (a Delaware corporation based in Elk Grove Village, Illinois), enjoined and
fined over false inventory and payables entries; Ferrofluidics Corporation, a NASDAQ-listed company, its former chief
executive officer, chairman and largest shareholder Ronald Moskowitz, three others and the trustee of The 1991 RPM
Irrevocable Trust, sued for inflating revenues and earnings -- told in SEC litigation releases (US federal government
works, 17 U.S.C. 105), a round of session 52 in the federal SEC lane after 51zp (and 48a ... 51zh, 51zp), on new
matters (51zp's leads: Material Sciences LR 16692 taken; Ferrofluidics found with its lead wording; every company,
person, release number and docket of the two taken checked first against the corpus files, GATHERING.md, the gather
scripts, /work/notes and the session-52 pools) -- SEC text from the search tool's page store:
  - the SEC's Litigation Release No. 16692 of 7 September 2000 (Securities and Exchange Commission v. Robert H. Sutton,
    U.S. District Court for the Northern District of Illinois, Civil Action No. 99 C 6342): Material Sciences
    Corporation, Sutton, Delaware, Elk Grove Village, Illinois, the Northern District of Illinois court (sec.gov's
    'litigation/litreleases/lr16692.htm');
  - the SEC's Litigation Release No. 15508 of 25 September 1997 (SEC v. Ferrofluidics Corporation, Ronald Moskowitz, Jan
    R. Kirk, Stephen P. Morin, Jerome Allen, Bruce S. Moody, and The 1991 RPM Irrevocable Trust, Civ. No. 97-Civ-7174
    (S.D.N.Y.)): Ferrofluidics Corporation, the five men, the RPM Trust, NASDAQ, the Southern District of New York court
    (sec.gov's plain-text 'litigation/litreleases/lr15508.txt').
Texts are the search tool's page-store excerpts (corpus `pages`). Page chrome ('UNITED STATES SECURITIES AND EXCHANGE
COMMISSION', 'Washington, D.C.'), the release lines and the captions (with their docket numbers) are left out (neither
release has a heading, so its caption's party names are the `title`, as 51zb, 51zh and 51zp; the release date as
`published`); no word added or changed; paragraphs joined by a blank line as the store gives them (the plain-text
Ferrofluidics release comes as one run of text); each text cut at the last full sentence before the store's
2,000-character excerpt breaks off. Each kept text and title checked by script to be a verbatim substring of its saved
excerpt (/tmp/gather52zr/src).
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51zr.py [POOL_DIR] [--dry]   (default /tmp/gather52zr/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SEC_ORIGIN = "US SEC litigation release on sec.gov (search tool page store)"                       # 41b's wording
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes (its .md files) and the session-52 pools /tmp/gather52*/pool and gold (52a's to 52zp's, "
         "when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52zr/pool"
R = []

# ---- Material Sciences / Sutton, LR 16692 of 7 September 2000 (sec.gov) ---------------------------------------------
U1 = "http://www.sec.gov/litigation/litreleases/lr16692.htm"
R.append(federal(
 "us-sec-material-sciences-unit-plant-controller-sutton-false-entries-injunction-penalty-2000", U1, "2000-09-07",
 "SECURITIES AND EXCHANGE COMMISSION V. ROBERT H. SUTTON",
 "The Securities and Exchange Commission announced today that on May 18, 2000, the United States District Court for "
 "the Northern District of Illinois ordered the entry of a permanent injunction against Robert H. Sutton, thus "
 "settling the Commission's securities fraud action against Sutton.\n\n"
 "Without admitting or denying the Commission's allegations, Sutton consented to the entry of the judgment, which "
 "permanently enjoins him from violating Section 10(b) of the Securities Exchange Act of 1934 (\"Exchange Act\") and "
 "Rule 10b-5 promulgated thereunder. Sutton also consented to the entry of the judgment that Sutton violated Section "
 "13(b)(5) of the Exchange Act and Rule 13b2-1 promulgated thereunder by circumventing internal accounting controls "
 "and falsifying books, records and accounts. Sutton was ordered to pay a civil money penalty of $15,000.\n\n"
 "The Complaint alleged that Sutton, at the time a plant controller for a unit of Material Sciences Corporation "
 "(\"MSC\"), a Delaware corporation based in Elk Grove Village, Illinois, violated the federal securities laws by "
 "making false entries in the company's inventory and accounts payable records. The Complaint alleges that, as a "
 "result of Sutton's false entries, MSC overstated by 29% the net earnings disclosed in its financial statements for "
 "the fiscal year ended February 29, 1996. The Complaint also alleges that the false entries caused MSC to overstate "
 "the net earnings disclosed on MSC's Forms 10-Q during fiscal years 1996 and 1997 by amounts ranging between 6.27% "
 "and more than 300%.",
 "coated and laminated materials/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 16692 and Accounting and Auditing Enforcement "
 "Release No. 1299, September 7, 2000 (Securities and Exchange Commission v. Robert H. Sutton, U.S. District Court for "
 "the Northern District of Illinois, Civil Action No. 99 C 6342), US federal government work (public domain); text of "
 "the sec.gov page from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "('litigation/litreleases/lr16692.htm'): first-party text, no third-party copy (origin SEC_ORIGIN, 41b's wording). "
 "Left out: 'UNITED STATES SECURITIES AND EXCHANGE COMMISSION', 'Washington, D.C.', 'LITIGATION RELEASE NO. 16692 / "
 "SEPTEMBER 7, 2000' (the date kept as `published`), 'ACCOUNTING AND AUDITING ENFORCEMENT RELEASE NO. 1299' and the "
 "caption 'SECURITIES AND EXCHANGE COMMISSION V. ROBERT H. SUTTON, U. S. District Court for the Northern District of "
 "Illinois, Civil Action No. 99 C 6342 (N.D. Ill. September 27, 1999)'; the release has no heading, so the caption's "
 "party names are the `title`, in capitals as written (doubtful: descriptive, as 51zb's, 51zh's and 51zp's). Cut after "
 "the third paragraph ('... by amounts ranging between 6.27% and more than 300%.'), before the fourth ('According to "
 "the Complaint, between March 1, 1995, and February 28, 1997, Sutton intentionally fabricated the'), which the "
 "store's excerpt breaks off (`truncated`). Kept as written: 'the United States District Court for the Northern "
 "District of Illinois', 'the Commission's', '(\"Exchange Act\")' and '(\"MSC\")' in straight double quotes, 'The "
 "Complaint' with its capital, 'a plant controller for a unit of', 'Forms 10-Q', '$15,000', '29%', '6.27%', '300%', "
 "the straight apostrophes. 236 words (split at whitespace). One text per matter: the SEC's settled administrative "
 "order on Material Sciences Corporation (34-41930, which names the unit; same restatement) left out. Found with "
 "'Material Sciences Corporation plant controller litigation release Sutton' (rank 1; 51zp's lead). "
 + CHECK + "'Material Sciences', 'Robert H. Sutton', 'MSC Laminates', 'Elk Grove', '16692', '99 C 6342', '41930': 0 in "
 "the corpus files and the pools; GATHERING.md and /work/notes only in 51zp's lead lines; 'Sutton' in other matters' "
 "files only (Peter Sutton, Sutton and East Surrey Water).",
 True))

# ---- Ferrofluidics / Moskowitz et al., LR 15508 of 25 September 1997 (sec.gov plain text) ---------------------------
U2 = "https://www.sec.gov/litigation/litreleases/lr15508.txt"
R.append(federal(
 "us-sec-ferrofluidics-former-ceo-chairman-moskowitz-inflated-revenues-rpm-trust-trustee-1997", U2, "1997-09-25",
 "SEC v. Ferrofluidics Corporation, Ronald Moskowitz, Jan R. Kirk, Stephen P. Morin, Jerome Allen, Bruce S. Moody, and "
 "The 1991 RPM Irrevocable Trust",
 "On September 25, 1997 the Securities and Exchange Commission filed a civil fraud action in the United States "
 "District Court for the Southern District of New York against Ferrofluidics Corporation (\"Ferrofluidics\"), Ronald "
 "Moskowitz, Jan R. Kirk, Stephen P. Morin, Jerome Allen, Bruce S. Moody, and The 1991 RPM Irrevocable Trust (the "
 "\"RPM Trust\"). The Commission's complaint alleges that from as early as July 1991 through April 1993, "
 "Ferrofluidics, a NASDAQ-listed company, materially inflated its revenues and earnings in financial statements filed "
 "with the Commission and in other disclosures made to the investing public. The complaint alleges that Ronald "
 "Moskowitz, Ferrofluidics' former chief executive officer, chairman of the board of directors and largest "
 "shareholder, was the architect of the fraudulent scheme, and that Jan Kirk, Stephen Morin and Jerome Allen "
 "participated in the scheme and concealed the fraud from Ferrofluidics' auditors. The complaint also alleges that "
 "defendant Bruce Moody, the trustee of defendant RPM Trust, helped Moskowitz conceal his beneficial interest in the "
 "Ferrofluidics shares held by the RPM Trust, and facilitated Moskowitz's sale of Ferrofluidics stock valued at "
 "approximately $13 million during the time of the fraudulent conduct. The complaint alleges that defendants prepared "
 "and disseminated a series of materially false and misleading statements concerning, among other things, a 1992 "
 "sham private placement of stock by the company, sales of the company's products, and equity investments made by the "
 "company.",
 "precision components and materials/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 15508 and Accounting and Auditing Enforcement "
 "Release No. 966, September 25, 1997 (SEC v. Ferrofluidics Corporation, Ronald Moskowitz, Jan R. Kirk, Stephen P. "
 "Morin, Jerome Allen, Bruce S. Moody, and The 1991 RPM Irrevocable Trust, Civ. No. 97-Civ-7174 (S.D.N.Y.)), US "
 "federal government work (public domain); text of the sec.gov plain-text release from the search tool's page store "
 "at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "('litigation/litreleases/lr15508.txt', the plain-text release): first-party text, no third-party copy (origin "
 "SEC_ORIGIN, 41b's wording). The store gives the file as one run of text (its line breaks gone), so the kept text is "
 "one paragraph. Left out: 'SECURITIES AND EXCHANGE COMMISSION Washington, D.C.', 'Litigation Release No. 15508 / "
 "September 25, 1997' (the date kept as `published`), 'Accounting and Auditing Enforcement Release No. 966 / September "
 "25, 1997' and the caption 'SEC v. Ferrofluidics Corporation, Ronald Moskowitz, Jan R. Kirk, Stephen P. Morin, Jerome "
 "Allen, Bruce S. Moody, and The 1991 RPM Irrevocable Trust, Civ. No. 97-Civ-7174 (S.D.N.Y.) (September 25, 1997)'; "
 "the release has no heading, so the caption's party names are the `title` (doubtful: descriptive, as 51zb's, 51zh's "
 "and 51zp's). Cut after '... and equity investments made by the company.', before 'Defendants also allegedly "
 "disseminated favorable projections ', which the store's excerpt breaks off (`truncated`). Kept as written: 'On "
 "September 25, 1997 the' with no comma, '(\"Ferrofluidics\")' and '(the \"RPM Trust\")' in straight double quotes, "
 "\"Ferrofluidics'\" (the possessive with an apostrophe alone), 'NASDAQ-listed', 'chairman of the board of "
 "directors', 'Jan Kirk', 'Stephen Morin', 'Bruce Moody' after the full names, '$13 million', the straight "
 "apostrophes. 230 words (split at whitespace). One text per matter: the SEC's order against Paul Y. Okuda, Stephen A. "
 "Thorpe and David J. Chester of 1 July 1997 (33-7429, sec.gov 'files/litigation/admin/337429.txt': the nominal buyers "
 "of the same sham placement; it gives Kirk's post) left out. Found with 'SEC litigation release Ferrofluidics "
 "Corporation former chief executive officer' (rank 1; the order 33-7429 rank 4). "
 + CHECK + "'Ferrofluidics', 'Jan R. Kirk', 'Stephen P. Morin', 'Jerome Allen', 'Bruce S. Moody', 'RPM Irrevocable', "
 "'RPM Trust', '15508', '97-Civ-7174': 0 in the corpus files, the scripts and the pools (GATHERING.md and /work/notes "
 "only 51zp's lead line on Ferrofluidics); 'Moskowitz' only in another matter (Spongetech's former CFO), 'Okuda' only "
 "in others (Hiroshi Okuda).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
